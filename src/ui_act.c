/*
 * ui_act: the common actions, and the dispatcher that gives an action to
 * the views first.
 *
 * An action goes to the view on top (ui_top_class): the help when it is
 * open, else the view on screen (ui_page.c).  A view's key table holds
 * what it does itself; a handler there returns 0 for "not mine", and the
 * action goes on to the view's parent, then to the common handler here,
 * which every action has (as neomutt's dialogs pass an operation on to
 * the global functions).  The help answers only its own: any other
 * action closes it and goes to the view beneath.  Handlers change struct
 * ui and set dirty; they never draw and never include curses.h.
 *
 * The common handlers are what a story does: up and down scroll, Tab
 * moves the focus among the links on screen (a focus that has scrolled
 * out of sight does not count: Enter wants a visible one, and Tab starts
 * again from the screen).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"
#include "text.h"
#include "ui_int.h"
#include "ui_saved.h"

/* ---- moving ---- */

static void
act_down(struct ui *u)
{
	ui_scroll_to(u, u->top + 1);
}

static void
act_up(struct ui *u)
{
	if (u->top > 0)
		ui_scroll_to(u, u->top - 1);
}

static void
act_page_down(struct ui *u)
{
	ui_scroll_to(u, u->top + ui_page_step(u));
}

static void
act_page_up(struct ui *u)
{
	size_t step = ui_page_step(u);

	ui_scroll_to(u, u->top > step ? u->top - step : 0);
}

static void
act_top(struct ui *u)
{
	ui_scroll_to(u, 0);
}

static void
act_bottom(struct ui *u)
{
	ui_scroll_to(u, (size_t)-1);
}

/* ---- links and stories ---- */

static void
act_open(struct ui *u)
{
	struct view *v = ui_view(u);

	if (v == NULL)
		return;
	if (!ui_link_visible(u, v->focus))
		ui_message(u, 0, _("No link is selected: Tab selects one"));
	else
		ui_follow(u, v->focus);
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
	k = ui_link_visible(u, v->focus) ? v->focus + 1 : ui_link_from(u, u->top);
	if (k < 0 || (size_t)k >= u->doc.nlinks)
		ui_message(u, 0, _("No more links below"));
	else
		ui_focus_set(u, k);
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
	k = ui_link_visible(u, v->focus) ? v->focus - 1 :
	    ui_link_before(u, u->top + (size_t)ui_content_rows(u));
	if (k < 0)
		ui_message(u, 0, _("No more links above"));
	else
		ui_focus_set(u, k);
}

static void
act_prev_story(struct ui *u)
{
	if (ui_view(u) == NULL)
		return;
	if (u->doc.prev < 0)
		ui_message(u, 0, _("This story has no previous story (上一篇)"));
	else
		ui_follow(u, u->doc.prev);
}

static void
act_next_story(struct ui *u)
{
	if (ui_view(u) == NULL)
		return;
	if (u->doc.next < 0)
		ui_message(u, 0, _("This story has no next story (下一篇)"));
	else
		ui_follow(u, u->doc.next);
}

/* ---- history and screens ---- */

static void
act_back(struct ui *u)
{
	size_t at = ui_hist_at(u);

	if (ui_hist_len(u) == 0 || at == 0)
		ui_message(u, 0, _("This is the first page"));
	else
		ui_go(u, at - 1);
}

static void
act_forward(struct ui *u)
{
	size_t at = ui_hist_at(u);

	if (at + 1 >= ui_hist_len(u))
		ui_message(u, 0, _("This is the last page"));
	else
		ui_go(u, at + 1);
}

static void
act_reload(struct ui *u)
{
	struct view *v = ui_view(u);

	if (v != NULL)
		ui_load(u, v->page->url, FETCH_RELOAD, LOAD_RELOAD);
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
	url = ui_link_visible(u, v->focus) ? ui_link_url(u, v->focus) : NULL;
	ui_browser_open(u, url != NULL ? url : v->page->url);
}

static void
act_cancel(struct ui *u)
{
	if (ui_loading(u) != LOAD_NONE) {
		ui_cancel_load(u);
		ui_message(u, 0, _("Loading cancelled"));
	} else if (ui_downloading(u)) {
		ui_download_cancel(u);
		ui_message(u, 0, _("Download cancelled: nothing was saved"));
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
	ui_help_open(u);
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
 * the sources; from the top, quit.  (The saved stories and the history
 * go back to where S or H was pressed: ui_page.c.) */
static void
act_quit(struct ui *u)
{
	struct view *v = ui_view(u);

	for (size_t i = ui_hist_cur(u); v != NULL && i-- > 0; ) {
		if (above(v, ui_hist_view(u, i))) {
			ui_go(u, i);
			return;
		}
	}
	u->quit = 1;
}

/* ---- the table ---- */

static void (*const common[ACT_COUNT])(struct ui *) = {
	[ACT_DOWN] = act_down, [ACT_UP] = act_up,
	[ACT_PAGE_DOWN] = act_page_down, [ACT_PAGE_UP] = act_page_up,
	[ACT_TOP] = act_top, [ACT_BOTTOM] = act_bottom,
	[ACT_OPEN] = act_open,
	[ACT_NEXT_LINK] = act_next_link, [ACT_PREV_LINK] = act_prev_link,
	[ACT_PREV_STORY] = act_prev_story, [ACT_NEXT_STORY] = act_next_story,
	[ACT_BACK] = act_back, [ACT_FORWARD] = act_forward,
	[ACT_SEARCH] = ui_search_start,
	[ACT_SEARCH_NEXT] = ui_search_next, [ACT_SEARCH_PREV] = ui_search_prev,
	[ACT_CONVERT] = ui_act_convert, [ACT_TEXT_WIDTH] = ui_act_text_width,
	[ACT_RELOAD] = act_reload, [ACT_BROWSER] = act_browser,
	[ACT_VIEW_PAGE] = ui_act_whole,
	[ACT_DOWNLOAD] = ui_act_download,
	[ACT_IMAGES] = ui_act_images,
	[ACT_OPEN_URL] = act_open_url,
	[ACT_SAVE] = ui_act_save, [ACT_SAVED] = ui_act_saved,
	[ACT_HISTORY] = ui_act_history,
	[ACT_REFRESH] = ui_act_refresh, [ACT_FIND] = ui_act_find, [ACT_NEWS] = ui_act_news,
	[ACT_MARK_READ] = ui_act_mark_read, [ACT_NEXT_UNREAD] = ui_act_next_unread,
	[ACT_SUMMARIES] = ui_act_summaries, [ACT_ADD_FEED] = ui_act_add_feed,
	[ACT_CANCEL] = act_cancel, [ACT_REDRAW] = act_redraw,
	[ACT_HELP] = act_help, [ACT_QUIT] = act_quit,
};

/* ---- the dispatcher ---- */

const struct view_class *
ui_top_class(struct ui *u)
{
	return u->overlay != NULL ? u->overlay : ui_view_class(u);
}

/* What c, or else a parent of it, did with a. */
static enum view_done
class_run(const struct view_class *c, struct ui *u, enum action a)
{
	enum view_done done;

	for (; c != NULL; c = c->parent)
		for (const struct view_action *r = c->actions; r != NULL && r->action != ACT_NONE; r++)
			if (r->action == a && (done = r->run(u)) != VIEW_NOT_MINE)
				return done;
	return VIEW_NOT_MINE;
}

void
ui_act(struct ui *u, enum action a)
{
	enum view_done done;

	if (a <= ACT_NONE || a >= ACT_COUNT || common[a] == NULL)
		return;
	u->dirty = 1;
	if (u->overlay != NULL) {
		done = class_run(u->overlay, u, a);
		if (done == VIEW_DONE)
			return;
		if (done == VIEW_NOT_MINE)
			u->overlay = NULL;	/* not the overlay's: it closes */
	}
	if (class_run(ui_view_class(u), u, a) != VIEW_DONE)
		common[a](u);
}

/* A mouse event at row y, column x, for the view on top. */
void
ui_mouse(struct ui *u, enum ui_mouse what, int y, int x)
{
	const struct view_class *c = ui_top_class(u);

	u->dirty = 1;
	if (c != NULL && c->mouse != NULL)
		c->mouse(u, what, y, x);
}
