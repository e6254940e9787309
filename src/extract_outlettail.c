/*
 * extract_outlettail: what an outlet sets under each story about itself,
 * no news: a student or community paper's statement of who makes it, its
 * later sentence the disclaimer a column's note opens on ("The Elk Call is
 * produced by students of Little Elk Tribal College. Opinions expressed do
 * not necessarily reflect those of the college or the tribe.").  The
 * disclaimer alone, opening the line, is is_noise_line's
 * (extract_label.c); this reads the sentences after the first, asked only
 * of the story's last paragraph; and the line crediting the story's
 * editor under its text, "Edited by NAME" alone (a student paper's
 * credit), which names the page's editor; and a community paper's ask to
 * get its print edition, set in italics under the web story ("Pick up
 * this week's print edition of the Messenger for ...").
 */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "extract_find.h"
#include "extract_outlettail.h"
#include "extract_words.h"
#include "html.h"
#include "util.h"

#define STATEMENT_MAX_CHARS 300	/* of "PAPER is produced by ... Opinions expressed ..." */

int
outlet_statement_tail(const struct seg *s)
{
	if (s->chars > STATEMENT_MAX_CHARS || (s->text[0] & 0x80) != 0 ||
	    find_any(s->text, not_view_words) == NULL)
		return 0;
	/* a later sentence opens the statement: a story's quoted view ("... do
	 * not necessarily agree," she said) opens on no such words */
	for (const char *p = strstr(s->text, ". "); p != NULL; p = strstr(p + 2, ". "))
		if (starts_any(p + 2, statement_opens) != NULL)
			return 1;
	return 0;
}

#define EDITED_MAX_CHARS 48	/* of "Edited by NAME NAME NAME" */

/* the name after "Edited by ": two to four words, each opening on a
 * capital, letters, hyphens and apostrophes only; a sentence ("Edited by
 * hand, the film runs ...") has a lower-case word or a stop */
static int
edited_name(const char *p)
{
	int words = 0;

	for (const char *q = p; *q; q++) {
		if (q == p || q[-1] == ' ') {
			if (!isupper((unsigned char)*q))
				return 0;
			words++;
		} else if (!isalpha((unsigned char)*q) && *q != ' ' && *q != '-' && *q != '\'')
			return 0;
	}
	return words >= 2 && words <= 4;
}

const char *
edited_by_name(const struct seg *s)
{
	const char *t = s->text;

	if (t[0] != 'E' || s->chars > EDITED_MAX_CHARS || strncmp(t, "Edited by ", 10) != 0 ||
	    !edited_name(t + 10))
		return NULL;
	return t + 10;
}

#define PRINT_ASK_MAX_CHARS 200	/* of "Pick up this week's print edition of PAPER for ..." */

int
print_ask_tail(const struct seg *s)
{
	static const char *const asks[] = {"Pick up ", "Grab ", "Look for ", "Get your copy", "Read more in ",
		"See more in ", "For more, pick up ", NULL};
	static const char *const editions[] = {"print edition", "print issue", "printed edition", NULL};
	struct hnode *b = s->node != NULL ? s->node->parent : NULL;

	/* the ask alone in italics, the line's whole: the outlet's voice, not
	 * a sentence of the story that names its print edition */
	if (s->chars > PRINT_ASK_MAX_CHARS || strchr("PGLRSF", s->text[0]) == NULL || b == NULL ||
	    !(html_is(b, "em") || html_is(b, "i")) || b->prev != NULL || b->next != NULL)
		return 0;
	return starts_any(s->text, asks) != NULL && find_any(s->text, editions) != NULL;
}
