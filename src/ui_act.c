/*
 * ui_act: what each action of actions.h does, one handler per action in
 * a table indexed by the action.  Handlers change struct ui and set dirty;
 * they never draw and never include curses.h.
 *
 * On a list page the focus is the selected headline and up / down move
 * it; in a story up / down scroll and Tab moves the focus.  A focus that
 * has scrolled out of sight does not count: Enter wants a visible one,
 * and Tab starts again from the screen.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"
#include "text.h"
#include "ui_int.h"
#include "url.h"

#define NONE ((size_t)-1)

static struct ldoc *
active(struct ui *u, size_t **top)
{
	if (u->help) {
		*top = &u->helptop;
		return &u->helpdoc;
	}
	*top = &u->top;
	return &u->doc;
}

static size_t
rows(const struct ui *u)
{
	return (size_t)ui_content_rows(u);
}

static size_t
max_top(const struct ui *u, const struct ldoc *d)
{
	return d->nlines > rows(u) ? d->nlines - rows(u) : 0;
}

/* Remembers the top line as the view's place. */
void
ui_save_place(struct ui *u)
{
	struct view *v = ui_view(u);

	if (v == NULL || u->top >= u->doc.nlines)
		return;
	v->block = u->doc.lines[u->top].block;
	v->off = u->doc.lines[u->top].start;
}

void
ui_scroll_to(struct ui *u, size_t line)
{
	size_t *top;
	struct ldoc *d = active(u, &top);

	*top = line > max_top(u, d) ? max_top(u, d) : line;
	if (!u->help)
		ui_save_place(u);
}

static int
list_mode(struct ui *u)
{
	struct view *v = ui_view(u);

	return !u->help && v != NULL && v->page->kind == PAGE_LIST && u->doc.nlinks > 0;
}

/* ---- links ---- */

static int
link_visible(const struct ui *u, int k)
{
	const struct llink *l;

	if (k < 0 || (size_t)k >= u->doc.nlinks)
		return 0;
	l = &u->doc.links[k];
	return l->first_line != NONE && l->last_line >= u->top &&
	    l->first_line < u->top + rows(u);
}

void
ui_keep_focus_visible(struct ui *u)
{
	struct view *v = ui_view(u);
	const struct llink *l;

	if (v == NULL || v->focus < 0 || (size_t)v->focus >= u->doc.nlinks)
		return;
	l = &u->doc.links[v->focus];
	if (l->first_line == NONE || rows(u) == 0)
		return;
	if (l->first_line < u->top)
		ui_scroll_to(u, l->first_line);
	else if (l->last_line >= u->top + rows(u))
		ui_scroll_to(u, l->last_line + 1 >= rows(u) + l->first_line ?
		    l->first_line : l->last_line + 1 - rows(u));
}

static void
focus_set(struct ui *u, int k)
{
	ui_view(u)->focus = k;
	ui_keep_focus_visible(u);
}

/* The first link that starts on or after line, or -1. */
static int
link_from(const struct ui *u, size_t line)
{
	for (size_t k = 0; k < u->doc.nlinks; k++)
		if (u->doc.links[k].first_line != NONE && u->doc.links[k].first_line >= line)
			return (int)k;
	return -1;
}

/* The last link that starts before line, or -1. */
static int
link_before(const struct ui *u, size_t line)
{
	for (size_t k = u->doc.nlinks; k-- > 0; )
		if (u->doc.links[k].first_line != NONE && u->doc.links[k].first_line < line)
			return (int)k;
	return -1;
}

const char *
ui_link_url(struct ui *u, int k)
{
	const struct page *p = ui_view(u) ? ui_view(u)->page : NULL;
	const struct llink *l;

	if (p == NULL || k < 0 || (size_t)k >= u->doc.nlinks)
		return NULL;
	l = &u->doc.links[k];
	switch (l->kind) {
	case LK_PREV:
		return p->prev ? p->prev->url : NULL;
	case LK_NEXT:
		return p->next ? p->next->url : NULL;
	case LK_RELATED:
		return l->index < p->related.n ? p->related.v[l->index].url : NULL;
	case LK_HEADLINE:
		return l->index < p->headlines.n ? p->headlines.v[l->index].url : NULL;
	}
	return NULL;
}

static void
follow(struct ui *u, int k)
{
	struct view *v = ui_view(u);
	const char *url;

	if (v == NULL || k < 0 || (size_t)k >= u->doc.nlinks)
		return;
	url = ui_link_url(u, k);
	if (url == NULL)
		return;
	v->focus = k;
	/* the sources and saved screens list the reader's own URLs (its
	 * config, its kanbao.db): the rule is for links found in pages */
	if (v->kind == VIEW_PAGE && !url_followable(v->page->url, url)) {
		char scheme[URL_SCHEME_MAX + 1];

		url_scheme(url, scheme);
		ui_message(u, 1, _("Not following a %s: link: only http(s) links are followed"),
		    scheme);
		return;
	}
	if (!ui_follow_saved(u, url))
		ui_load(u, url, 0, LOAD_NEW);
}

/* ---- moving ---- */

static void
act_down(struct ui *u)
{
	size_t *top;

	active(u, &top);
	if (!list_mode(u)) {
		ui_scroll_to(u, *top + 1);
		return;
	}
	if ((size_t)ui_view(u)->focus + 1 < u->doc.nlinks)
		focus_set(u, ui_view(u)->focus + 1);
	else
		ui_scroll_to(u, *top + 1);
}

static void
act_up(struct ui *u)
{
	size_t *top;

	active(u, &top);
	if (list_mode(u) && ui_view(u)->focus > 0)
		focus_set(u, ui_view(u)->focus - 1);
	else if (*top > 0)
		ui_scroll_to(u, *top - 1);
}

static size_t
page_step(const struct ui *u)
{
	return rows(u) > 2 ? rows(u) - 1 : 1;
}

/* In a list, a selection that scrolled away moves onto the screen. */
static void
refocus(struct ui *u, int down)
{
	struct view *v = ui_view(u);
	int k;

	if (!list_mode(u) || link_visible(u, v->focus))
		return;
	k = down ? link_from(u, u->top) : link_before(u, u->top + rows(u));
	if (k >= 0 && link_visible(u, k))
		v->focus = k;
}

static void
act_page_down(struct ui *u)
{
	size_t *top;
	struct ldoc *d = active(u, &top);

	if (list_mode(u) && *top >= max_top(u, d))
		ui_view(u)->focus = (int)u->doc.nlinks - 1;
	ui_scroll_to(u, *top + page_step(u));
	refocus(u, 1);
}

static void
act_page_up(struct ui *u)
{
	size_t *top;

	active(u, &top);
	if (list_mode(u) && *top == 0)
		ui_view(u)->focus = 0;
	ui_scroll_to(u, *top > page_step(u) ? *top - page_step(u) : 0);
	refocus(u, 0);
}

static void
act_top(struct ui *u)
{
	ui_scroll_to(u, 0);
	if (list_mode(u))
		ui_view(u)->focus = 0;
}

static void
act_bottom(struct ui *u)
{
	ui_scroll_to(u, (size_t)-1);
	if (list_mode(u))
		ui_view(u)->focus = (int)u->doc.nlinks - 1;
}

/* ---- links and stories ---- */

static void
act_open(struct ui *u)
{
	struct view *v = ui_view(u);

	if (v == NULL)
		return;
	if (!link_visible(u, v->focus))
		ui_message(u, 0, _("No link is selected: Tab selects one"));
	else
		follow(u, v->focus);
}

static void
act_next_link(struct ui *u)
{
	struct view *v = ui_view(u);
	int k;

	if (v == NULL || u->doc.nlinks == 0) {
		ui_message(u, 0, _("This page has no links"));
		return;
	}
	k = link_visible(u, v->focus) ? v->focus + 1 : link_from(u, u->top);
	if (k < 0 || (size_t)k >= u->doc.nlinks)
		ui_message(u, 0, _("No more links below"));
	else
		focus_set(u, k);
}

static void
act_prev_link(struct ui *u)
{
	struct view *v = ui_view(u);
	int k;

	if (v == NULL || u->doc.nlinks == 0) {
		ui_message(u, 0, _("This page has no links"));
		return;
	}
	k = link_visible(u, v->focus) ? v->focus - 1 : link_before(u, u->top + rows(u));
	if (k < 0)
		ui_message(u, 0, _("No more links above"));
	else
		focus_set(u, k);
}

static void
act_prev_story(struct ui *u)
{
	if (ui_view(u) == NULL)
		return;
	if (u->doc.prev < 0)
		ui_message(u, 0, _("This story has no previous story (上一篇)"));
	else
		follow(u, u->doc.prev);
}

static void
act_next_story(struct ui *u)
{
	if (ui_view(u) == NULL)
		return;
	if (u->doc.next < 0)
		ui_message(u, 0, _("This story has no next story (下一篇)"));
	else
		follow(u, u->doc.next);
}

/* ---- history and screens ---- */

static void
act_back(struct ui *u)
{
	size_t at = ui_hist_at(u);

	if (u->nhist == 0 || at == 0)
		ui_message(u, 0, _("This is the first page"));
	else
		ui_go(u, at - 1);
}

static void
act_forward(struct ui *u)
{
	size_t at = ui_hist_at(u);

	if (at + 1 >= u->nhist)
		ui_message(u, 0, _("This is the last page"));
	else
		ui_go(u, at + 1);
}

static void
act_reload(struct ui *u)
{
	struct view *v = ui_view(u);

	if (v != NULL && v->kind != VIEW_PAGE) {
		ui_refresh_view(u);	/* kanbao's own screen: made again */
		ui_layout(u);
	} else if (v != NULL) {
		ui_load(u, v->page->url, FETCH_RELOAD, LOAD_RELOAD);
	}
}

/* What U's prompt names, as the command line takes it: a URL, or a
 * file's path (~/ is the home); anything else is a host and path, which
 * lynx and w3m read as http://.  A new string, or NULL for nothing. */
static char *
typed_url(const char *typed)
{
	char *t = text_clean(typed, strlen(typed)), *s = t, *e, *url;
	const char *home = getenv("HOME");
	struct stat st;

	while (*s == ' ')
		s++;
	for (e = s + strlen(s); e > s && e[-1] == ' '; e--)
		;
	*e = '\0';
	if (*s == '\0')
		url = NULL;
	else if (str_starts(s, "~/") && home != NULL && *home != '\0')
		url = xasprintf("%s%s", home, s + 1);
	else if (fetch_is_url(s) || *s == '/' || *s == '.' || stat(s, &st) == 0)
		url = xstrdup(s);
	else
		url = xasprintf("http://%s", s);
	free(t);
	return url;
}

/* U's prompt was entered. */
static void
open_typed(struct ui *u, const char *typed)
{
	char *url = typed_url(typed);

	if (url != NULL)
		ui_load(u, url, 0, LOAD_NEW);
	free(url);
}

static char *
open_line(const char *typed)
{
	return xasprintf(_("Open: %s"), typed);
}

static const struct ui_prompt_kind open_prompt = {open_line, open_typed};

static void
act_open_url(struct ui *u)
{
	ui_prompt_open(u, &open_prompt);
}

static void
act_browser(struct ui *u)
{
	struct view *v = ui_view(u);
	const char *url;

	if (v == NULL)
		return;
	url = link_visible(u, v->focus) ? ui_link_url(u, v->focus) : NULL;
	ui_browser_open(u, url != NULL ? url : v->page->url);
}

static void
act_cancel(struct ui *u)
{
	if (u->job != NULL) {
		ui_cancel_load(u);
		ui_message(u, 0, _("Loading cancelled"));
	} else if (u->help) {
		u->help = 0;
	} else {
		ui_search_forget(u);
	}
}

static void
act_redraw(struct ui *u)
{
	u->clear = 1;
}

static void
act_help(struct ui *u)
{
	u->help = !u->help;
	u->helptop = 0;
	if (u->help)
		ui_help_layout(u);
}

/* Is view w one screen above view v: a list above a story, the sources
 * above a source's list? */
static int
above(const struct view *v, const struct view *w)
{
	if (v->page->kind == PAGE_ARTICLE)
		return ui_view_is_list(w);
	return v->kind == VIEW_PAGE && w->kind == VIEW_SOURCES;
}

/* q: from a story back to the list it came from, from a source's list to
 * the sources, from the saved stories or the history to where S or H was
 * pressed; from the top, quit. */
static void
act_quit(struct ui *u)
{
	struct view *v = ui_view(u);

	if (u->help) {
		u->help = 0;
		return;
	}
	if (v != NULL && (v->kind == VIEW_SAVED || v->kind == VIEW_HISTORY) && u->cur > 0) {
		ui_go(u, u->cur - 1);
		return;
	}
	for (size_t i = u->cur; v != NULL && i-- > 0; ) {
		if (above(v, &u->hist[i])) {
			ui_go(u, i);
			return;
		}
	}
	u->quit = 1;
}

/* ---- the mouse ---- */

#define WHEEL_LINES 3

/* The wheel scrolls (in a list the selection follows onto the screen); a
 * press on a link or a headline follows it, as Enter would. */
void
ui_mouse(struct ui *u, enum ui_mouse what, int y, int x)
{
	size_t *top, line;

	(void)x;	/* links are whole lines: the row is enough */
	active(u, &top);
	if (what != UI_MOUSE_CLICK) {
		if (what == UI_MOUSE_WHEEL_UP)
			ui_scroll_to(u, *top > WHEEL_LINES ? *top - WHEEL_LINES : 0);
		else
			ui_scroll_to(u, *top + WHEEL_LINES);
		refocus(u, what == UI_MOUSE_WHEEL_DOWN);
		return;
	}
	if (u->help || ui_view(u) == NULL || y < 0 || y >= ui_content_rows(u))
		return;
	line = u->top + (size_t)y;
	for (size_t k = 0; k < u->doc.nlinks; k++) {
		const struct llink *l = &u->doc.links[k];

		if (l->first_line != NONE && l->first_line <= line && line <= l->last_line) {
			follow(u, (int)k);
			return;
		}
	}
}

/* ---- the table ---- */

static void (*const handlers[ACT_COUNT])(struct ui *) = {
	[ACT_DOWN] = act_down, [ACT_UP] = act_up,
	[ACT_PAGE_DOWN] = act_page_down, [ACT_PAGE_UP] = act_page_up,
	[ACT_TOP] = act_top, [ACT_BOTTOM] = act_bottom,
	[ACT_OPEN] = act_open,
	[ACT_NEXT_LINK] = act_next_link, [ACT_PREV_LINK] = act_prev_link,
	[ACT_PREV_STORY] = act_prev_story, [ACT_NEXT_STORY] = act_next_story,
	[ACT_BACK] = act_back, [ACT_FORWARD] = act_forward,
	[ACT_SEARCH] = ui_search_start,
	[ACT_SEARCH_NEXT] = ui_search_next, [ACT_SEARCH_PREV] = ui_search_prev,
	[ACT_RELOAD] = act_reload, [ACT_BROWSER] = act_browser,
	[ACT_OPEN_URL] = act_open_url,
	[ACT_SAVE] = ui_act_save, [ACT_SAVED] = ui_act_saved,
	[ACT_HISTORY] = ui_act_history,
	[ACT_CANCEL] = act_cancel, [ACT_REDRAW] = act_redraw,
	[ACT_HELP] = act_help, [ACT_QUIT] = act_quit,
};

/* Actions the help screen answers itself; any other closes it first. */
static int
help_keeps(enum action a)
{
	return a == ACT_DOWN || a == ACT_UP || a == ACT_PAGE_DOWN ||
	    a == ACT_PAGE_UP || a == ACT_TOP || a == ACT_BOTTOM ||
	    a == ACT_REDRAW || a == ACT_HELP || a == ACT_QUIT || a == ACT_CANCEL;
}

void
ui_act(struct ui *u, enum action a)
{
	if (a <= ACT_NONE || a >= ACT_COUNT || handlers[a] == NULL)
		return;
	if (u->help && !help_keeps(a))
		u->help = 0;
	handlers[a](u);
	u->dirty = 1;
}
