/*
 * extract_arrowend: a link whose text ends on an arrow set apart ("News
 * archive »", "All notices ›", "Full calendar →") bids the reader go on
 * to a list, as a hand-made site's boxes close; it is no story's headline,
 * so no related item.  A headline holding an arrow inside it, or a quote
 * closing on » with no space before it, is a headline still.
 */
#include "config.h"

#include <string.h>

#include "extract_words.h"

/* Does t end on one of arrow_marks, a space before it and words before
 * that? */
int
arrow_ended(const char *t)
{
	size_t n = strlen(t);

	while (n > 0 && strchr(" \t\r\n", t[n - 1]) != NULL)
		n--;
	for (const char *const *m = arrow_marks; *m; m++) {
		size_t k = strlen(*m);

		if (n > k + 1 && memcmp(t + n - k, *m, k) == 0 && t[n - k - 1] == ' ' &&
		    t[n - k - 2] != ' ')
			return 1;
	}
	return 0;
}
