/*
 * ui_search: searching the page on screen.  The prompt's text (cleaned)
 * is looked for in every block of the ldoc (ldoc_find), so a match may
 * span a line break; matches are kept as (block, offset, length), which
 * a relayout leaves valid, and drawn highlighted by ui_draw.c.  n / N
 * move between them and wrap around the page; in a list the selection
 * moves to the headline of the match.  The needle stays for the
 * next page; the matches go whenever the doc on screen changes
 * (ui_search_forget).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "ui_int.h"

struct ui_search {
	char *needle;		/* the last search, or NULL */
	struct lmatch *matches;	/* in u->doc, sorted by place */
	size_t n, cur;		/* cur: the current match, or UI_NO_MATCH */
	int searched;		/* matches belong to the doc on screen */
};

struct ui_search *
ui_search_new(void)
{
	struct ui_search *s = xcalloc(1, sizeof *s);

	s->cur = UI_NO_MATCH;
	return s;
}

void
ui_search_free(struct ui_search *s)
{
	if (s == NULL)
		return;
	free(s->needle);
	free(s->matches);
	free(s);
}

void
ui_search_forget(struct ui *u)
{
	struct ui_search *s = u->search;

	free(s->matches);
	s->matches = NULL;
	s->n = 0;
	s->cur = UI_NO_MATCH;
	s->searched = 0;
}

size_t
ui_search_matches(const struct ui *u, const struct lmatch **m, size_t *cur)
{
	*m = u->search->matches;
	*cur = u->search->cur;
	return u->search->n;
}

static void
show_match(struct ui *u, int wrapped)
{
	const struct ui_search *s = u->search;
	const struct lmatch *m = &s->matches[s->cur];
	size_t line = ldoc_line_of(&u->doc, m->block, m->start);
	struct view *v = ui_view(u);
	int k;

	if (line < u->top || line >= u->top + (size_t)ui_content_rows(u))
		ui_scroll_to(u, line);
	/* in a list the selection goes to the headline matched, so Enter
	 * opens what is highlighted */
	if (v != NULL && ui_view_is_list(v) && (k = ui_link_at(u, line)) >= 0)
		ui_focus_set(u, k);
	ui_message(u, 0, wrapped ? _("Match %zu of %zu for \"%s\" (wrapped)") :
	    _("Match %zu of %zu for \"%s\""), s->cur + 1, s->n, s->needle);
}

/* The match after (dir > 0) or before the current one, or from the top
 * line when there is none; wraps around the page. */
static void
search_step(struct ui *u, int dir)
{
	struct ui_search *s = u->search;
	size_t i, n;
	int wrapped = 0;

	if (!s->searched) {
		ui_search_forget(u);
		s->n = ldoc_find(&u->doc, s->needle, &s->matches);
		s->searched = 1;
	}
	if ((n = s->n) == 0) {
		ui_message(u, 1, _("Not found: %s"), s->needle);
		return;
	}
	if (s->cur == UI_NO_MATCH) {
		for (i = 0; i < n; i++)
			if (ldoc_line_of(&u->doc, s->matches[i].block, s->matches[i].start) >= u->top)
				break;
		wrapped = i == n;
		s->cur = wrapped ? 0 : i;
	} else if (dir > 0) {
		wrapped = s->cur + 1 == n;
		s->cur = (s->cur + 1) % n;
	} else {
		wrapped = s->cur == 0;
		s->cur = (s->cur + n - 1) % n;
	}
	show_match(u, wrapped);
}

/* The prompt was entered: search for its text (or the last needle). */
static void
search_entered(struct ui *u, const char *text)
{
	struct ui_search *s = u->search;
	char *n = text_clean(text, strlen(text));

	if (*n != '\0') {
		free(s->needle);
		s->needle = n;
	} else {
		free(n);
	}
	if (s->needle == NULL)
		return;
	ui_search_forget(u);
	search_step(u, 1);
}

static char *
search_line(const char *text)
{
	return xasprintf("/%s", text);
}

static const struct ui_prompt_kind search_prompt = {search_line, search_entered};

void
ui_search_start(struct ui *u)
{
	if (ui_view(u) != NULL)
		ui_prompt_open(u, &search_prompt);
}

void
ui_search_next(struct ui *u)
{
	if (u->search->needle == NULL)
		ui_message(u, 0, _("No search yet: / searches"));
	else
		search_step(u, 1);
}

void
ui_search_prev(struct ui *u)
{
	if (u->search->needle == NULL)
		ui_message(u, 0, _("No search yet: / searches"));
	else
		search_step(u, -1);
}
