/*
 * extract_makers: the makers' credits a story sets on a line of its own,
 * most often under its text: "（文／刘晓燕　摄影／本报资料）" closing a
 * weekly's story, "圖／清邁府新聞辦公室 提供" under a daily's.  Such a line
 * is no sentence of the story, and its writer's mark names the author
 * when the byline shows only the desk's account that posted it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_makers.h"
#include "extract_words.h"
#include "utf8.h"
#include "util.h"

#define MAKERS_MAX 40	/* characters of a makers' line */

/* The CJK characters from s to the next blank, or -1 when another comes
 * first; *end gets where the token ends. */
static int
cjk_token(const char *s, const char **end)
{
	int k = cjk_run(&s);

	*end = s;
	return (*s == '\0' || *s == ' ' || str_starts(s, "　")) ? k : -1;
}

/* p past one maker's credit (a mark, a name or an office of two to ten
 * characters, a lone 提供 after it), or NULL when none opens there. */
static const char *
past_maker(const char *p)
{
	const char *m = starts_any(p, maker_marks), *e, *t;
	int k;

	if (m == NULL || (k = cjk_token(p + strlen(m), &e)) < 2 || k > 10)
		return NULL;
	p = skip_blanks(e);
	if ((t = starts_any(p, maker_gives)) != NULL && *skip_blanks(p + strlen(t)) == '\0')
		p = skip_blanks(p + strlen(t));
	return p;
}

static int
makers_inside(const char *s, char **writer)
{
	const char *w = starts_any(s, writer_slashes), *p = s, *e;
	int makers = 0, k;

	if (w != NULL) {	/* 文／NAME first: a name of two to four characters */
		if ((k = cjk_token(p = skip_blanks(s + strlen(w)), &e)) < 2 || k > 4)
			return 0;
		if (writer != NULL)
			*writer = xstrndup(p, (size_t)(e - p));
		p = skip_blanks(e);
	}
	while (*p != '\0' && (p = past_maker(p)) != NULL)
		makers++;
	if (p == NULL || makers == 0) {	/* 文／NAME alone is the byline's business */
		if (writer != NULL) {
			free(*writer);
			*writer = NULL;
		}
		return 0;
	}
	return 1;
}

int
makers_credit(const char *s, char **writer)
{
	size_t n = strlen(s), on = strlen("（");
	char *inside;
	int found;

	if (writer != NULL)
		*writer = NULL;
	/* a makers' line opens with 文, 图, 圖, 摄, 攝 or a bracket: all E5-E6
	 * or EF; most lines of a text open otherwise */
	if (!((unsigned char)*s >= 0xE5 && (unsigned char)*s <= 0xE6) && !str_starts(s, "（"))
		return 0;
	if (utf8_longer_than(s, MAKERS_MAX))
		return 0;
	if (!str_starts(s, "（"))
		return makers_inside(s, writer);
	if (!bracketed_line(s, n))
		return 0;
	inside = xstrndup(s + on, n - 2 * on);
	found = makers_inside(inside, writer);
	free(inside);
	return found;
}

char *
makers_writer(struct ctx *c)
{
	struct elinfo *e = c->body_node != NULL ? el_info(c, c->body_node) : NULL;
	char *writer = NULL;

	for (size_t i = e != NULL ? e->first : 0; e != NULL && i < e->end; i++)
		if (makers_credit(c->segs[i].text, &writer) && writer != NULL)
			return writer;
	return NULL;
}

void
makers_author(struct ctx *c)
{
	char *writer;

	if (c->page->author != NULL && !is_desk_account(c->page->author))
		return;
	if ((writer = makers_writer(c)) != NULL) {
		free(c->page->author);
		c->page->author = writer;
	}
}
