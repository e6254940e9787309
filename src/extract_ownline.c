/*
 * extract_ownline: a story's own lines that look like page furniture.
 * An overseas Chinese daily closes its story with the reporter's
 * credit alone ("报道：NAME"); it is no sentence, and the author is read
 * from it, so it is no body line.  A writer's closing sentence may open
 * on a pager's word ("下一篇打算写……。"), which is no pager: the story
 * goes on to it.  Pure text tests, no tree.
 */
#include "config.h"

#include <string.h>

#include "extract_find.h"
#include "extract_ownline.h"
#include "extract_words.h"
#include "util.h"

/* p past a "LABEL：NAME" of two to ten CJK characters with a label of
 * labels, or NULL; the name's run when name is not NULL must be it. */
static const char *
past_credit(const char *p, const char *const *labels, const char *name)
{
	const char *l = starts_any(p, labels), *n;
	int k;

	if (l == NULL || colon_at(p + strlen(l)) == 0)
		return NULL;
	p = n = skip_blanks(after_colon(p + strlen(l)));
	if ((k = cjk_run(&p)) < 2 || k > 10)
		return NULL;
	if (name != NULL && (strlen(name) != (size_t)(p - n) || strncmp(n, name, (size_t)(p - n)) != 0))
		return NULL;
	return skip_blanks(p);
}

int
is_report_credit(const char *s, const char *author)
{
	const char *p;

	if (author == NULL || *author == '\0' || (p = past_credit(s, report_labels, author)) == NULL)
		return 0;
	if (*p != '\0' && (p = past_credit(p, photo_labels, NULL)) == NULL)
		return 0;
	return *p == '\0';
}

int
is_pager_word_sentence(const struct seg *s)
{
	static const char *const stops[] = {"。", "！", "？", NULL};
	const char *l = starts_any(s->text, next_labels), *p;
	size_t n = strlen(s->text);

	if (l == NULL)
		l = starts_any(s->text, prev_labels);
	if (l == NULL || s->link_chars > 0)
		return 0;
	p = s->text + strlen(l);
	if (*p == '\0' || *p == ' ' || colon_at(p) > 0 || (unsigned char)*p < 0xE4 ||
	    (unsigned char)*p > 0xE9)
		return 0;	/* a colon, a blank, a bracket or the end after the word */
	for (const char *const *t = stops; *t; t++)
		if (n >= strlen(*t) && strcmp(s->text + n - strlen(*t), *t) == 0)
			return 1;
	return 0;
}
