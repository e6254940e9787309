/*
 * extract_underwrite: a public station's underwriting credit set into a
 * story ("Support comes from NAME, serving ... since 1958."): the
 * sponsor's box, not the story, as an ad's label is none.
 */
#include "config.h"

#include <string.h>

#include "extract_find.h"
#include "extract_words.h"

/* Is s a public station's underwriting credit: "Support comes from" or
 * "Support for NAME comes from", then the sponsor, with nobody quoted
 * ("Support comes from all sides, Mayor Diaz said." is the story's)? */
int
is_underwriting(const char *s)
{
	static const char *const opens[] = {"Support comes from ", "Support for ", NULL};
	static const char *const quoting[] = {" said", " says", "\"", "\xe2\x80\x9c", NULL};
	const char *o;

	if (s[0] != 'S' || (o = starts_any(s, opens)) == NULL)
		return 0;
	if (o[8] == 'f' && strstr(s, " comes from ") == NULL)
		return 0;	/* "Support for the plan ..." names no sponsor */
	return find_any(s, quoting) == NULL;
}
