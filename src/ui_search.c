/*
 * ui_search: searching the page on screen.  The prompt's text (cleaned)
 * is looked for in every block of the ldoc (ldoc_find), so a match may
 * span a line break; matches are kept as (block, offset, length), which
 * a relayout leaves valid, and drawn highlighted by ui_draw.c.  n / N
 * move between them and wrap around the page.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "ui_int.h"

void
ui_search_forget(struct ui *u)
{
	free(u->matches);
	u->matches = NULL;
	u->nmatches = 0;
	u->match = UI_NO_MATCH;
	u->searched = 0;
}

static void
show_match(struct ui *u, int wrapped)
{
	const struct lmatch *m = &u->matches[u->match];
	size_t line = ldoc_line_of(&u->doc, m->block, m->start);

	if (line < u->top || line >= u->top + (size_t)ui_content_rows(u))
		ui_scroll_to(u, line);
	ui_message(u, 0, wrapped ? _("Match %zu of %zu for \"%s\" (wrapped)") :
	    _("Match %zu of %zu for \"%s\""), u->match + 1, u->nmatches, u->needle);
}

/* The match after (dir > 0) or before the current one, or from the top
 * line when there is none; wraps around the page. */
static void
search_step(struct ui *u, int dir)
{
	size_t i, n;
	int wrapped = 0;

	if (!u->searched) {
		ui_search_forget(u);
		u->nmatches = ldoc_find(&u->doc, u->needle, &u->matches);
		u->searched = 1;
	}
	if ((n = u->nmatches) == 0) {
		ui_message(u, 1, _("Not found: %s"), u->needle);
		return;
	}
	if (u->match == UI_NO_MATCH) {
		for (i = 0; i < n; i++)
			if (ldoc_line_of(&u->doc, u->matches[i].block, u->matches[i].start) >= u->top)
				break;
		wrapped = i == n;
		u->match = wrapped ? 0 : i;
	} else if (dir > 0) {
		wrapped = u->match + 1 == n;
		u->match = (u->match + 1) % n;
	} else {
		wrapped = u->match == 0;
		u->match = (u->match + n - 1) % n;
	}
	show_match(u, wrapped);
}

/* The prompt was entered: search for its text (or the last needle). */
static void
search_entered(struct ui *u, const char *text)
{
	char *n = text_clean(text, strlen(text));

	if (*n != '\0') {
		free(u->needle);
		u->needle = n;
	} else {
		free(n);
	}
	if (u->needle == NULL)
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
	if (u->needle == NULL)
		ui_message(u, 0, _("No search yet: / searches"));
	else
		search_step(u, 1);
}

void
ui_search_prev(struct ui *u)
{
	if (u->needle == NULL)
		ui_message(u, 0, _("No search yet: / searches"));
	else
		search_step(u, -1);
}
