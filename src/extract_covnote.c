/*
 * extract_covnote: what an outlet sets in its story about the coverage,
 * no news: a bilingual outlet's note that the story is in its other
 * language too, given in both tongues, the other first ("Mae'r stori hon
 * ar gael yn Gymraeg hefyd. This story is also available in Welsh."), the
 * two-tongued kin of extract_langnote.c's, asked only of the story's last
 * paragraph; and a live blog's sign-off ("That's all from us" over
 * "We're closing our live coverage here ..."), asked of every line, as
 * is_noise_line's.
 */
#include "config.h"

#include <string.h>

#include "extract_covnote.h"
#include "extract_words.h"
#include "utf8.h"

#define LANG_NOTE_MAX_CHARS 200	/* of "Mae'r stori hon ... This story is also available in Welsh." */

int
lang_note_tail(const struct seg *s)
{
	const char *last = NULL;

	if (s->chars > LANG_NOTE_MAX_CHARS)
		return 0;
	for (const char *p = strstr(s->text, ". "); p != NULL; p = strstr(p + 2, ". "))
		last = p + 2;
	return last != NULL && is_language_note(last);
}

#define SIGNOFF_MAX_CHARS 200	/* of "We're closing our live coverage here for tonight. Thank you ..." */

/* a live blog's sign-off, the last update a reader meets first on a page
 * of newest-first updates: the outlet closing its coverage, no news */
static const char *const signoff_opens[] = {"We're closing our live coverage",
	"We’re closing our live coverage", "We are closing our live coverage",
	"We're ending our live coverage", "We’re ending our live coverage",
	"We are ending our live coverage", "We're wrapping up our live coverage",
	"We’re wrapping up our live coverage", "Our live coverage has ended",
	"Our live coverage has now ended", "Our live coverage is now closed",
	"This live blog has now ended", "This live blog has ended", "This live blog is now closed", NULL};
/* its heading, a line of these alone (a stop at most after): "That's all
 * from us," the singer said goes on and stays */
static const char *const signoff_heads[] = {"That's all from us", "That’s all from us",
	"That's it from us", "That’s it from us", "That's all for today", "That’s all for today", NULL};

int
is_live_signoff(const char *s)
{
	const char *h;

	if ((s[0] != 'W' && s[0] != 'O' && s[0] != 'T') || utf8_longer_than(s, SIGNOFF_MAX_CHARS))
		return 0;
	if (s[0] == 'T' && (h = starts_any(s, signoff_heads)) != NULL)
		return s[strlen(h)] == '\0' || ((s[strlen(h)] == '.' || s[strlen(h)] == '!') && s[strlen(h) + 1] == '\0');
	return starts_any(s, signoff_opens) != NULL;
}
