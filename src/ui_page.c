/*
 * ui_page: the views of the history, each a struct view_class: a story,
 * a list of headlines, and kanbao's own lists (the sources, the saved
 * stories, the history), which are lists too.
 *
 * A view's key table holds only what it does differently; what it does
 * not answer goes to its parent's table, then to the common one of
 * ui_act.c (as neomutt's dialogs pass an operation on).  So:
 *   story     nothing of its own: the common actions scroll it
 *   list      up, down, page up and down, top and bottom move the
 *             selection with the screen (while it has headlines)
 *   sources   a list; r counts again
 *   saved     a list; r reads kanbao.db again, q goes back to where S was
 *             pressed, a headline opens the saved copy
 *   history   a list; r reads kanbao.db again, q goes back to where H was
 *             pressed
 *   news      a list (a); r makes it again, q goes back to where a was
 *             pressed
 *   found     a list; r searches again, q goes back to where F was
 *             pressed, a headline opens from the cache (or kanbao.db)
 * Each also says how it opens a link (ui_follow), how it draws (the read
 * marks are the story's, the list's and the saved stories': the sources
 * are never "read", and in the history all are) and what the mouse does.
 * No curses here.
 */
#include "config.h"

#include "i18n.h"
#include "ui_int.h"
#include "ui_saved.h"
#include "url.h"

/* ---- opening a link ---- */

/* A link found in a page: http(s) only, and from a web page. */
static void
page_open(struct ui *u, const char *url)
{
	const struct view *v = ui_view(u);

	if (!url_followable(v->page->url, url)) {
		char scheme[URL_SCHEME_MAX + 1];

		url_scheme(url, scheme);
		ui_message(u, 1, _("Not following a %s: link: only http(s) links are followed"),
		    scheme);
		return;
	}
	ui_load(u, url, 0, LOAD_NEW);
}

/* The sources and the history list the reader's own URLs (its config,
 * its kanbao.db): the rule above is for links found in pages. */
static void
own_open(struct ui *u, const char *url)
{
	ui_load(u, url, 0, LOAD_NEW);
}

/* Is link k of the story a document marked as an attachment? */
static int
is_attachment(const struct ui *u, const struct view *v, int k)
{
	const struct block_link *l;

	if (u->doc.links[k].kind != LK_INLINE || v->page == NULL)
		return 0;
	l = ldoc_block_link(&u->doc, v->page, k);
	return l != NULL && l->attachment;
}

void
ui_follow(struct ui *u, int k)
{
	struct view *v = ui_view(u);
	const char *url;

	if (v == NULL || k < 0 || (size_t)k >= u->doc.nlinks)
		return;
	url = ui_link_url(u, k);
	if (url == NULL)
		return;
	v->focus = k;
	if (u->doc.links[k].kind == LK_IMAGE)
		ui_browser_open(u, url);	/* a picture is no page to read */
	else if (is_attachment(u, v, k))
		ui_act_download(u);	/* a .doc is no page to read either: d saves it */
	else
		ui_view_class(u)->open(u, url);
}

/* ---- a list: the selection moves ---- */

/* Is there a selection to move?  A list with no headlines scrolls. */
static int
has_links(const struct ui *u)
{
	return u->doc.nlinks > 0;
}

/* A selection that scrolled away moves onto the screen. */
static void
refocus(struct ui *u, int down)
{
	struct view *v = ui_view(u);
	int k;

	if (!has_links(u) || ui_link_visible(u, v->focus))
		return;
	k = down ? ui_link_from(u, u->top) :
	    ui_link_before(u, u->top + (size_t)ui_content_rows(u));
	if (k >= 0 && ui_link_visible(u, k))
		v->focus = k;
}

static enum view_done
list_down(struct ui *u)
{
	int focus = ui_view(u)->focus;

	if (!has_links(u))
		return VIEW_NOT_MINE;
	if ((size_t)focus + 1 < u->doc.nlinks)
		ui_focus_set(u, focus + 1);
	else
		ui_scroll_to(u, u->top + 1);
	return VIEW_DONE;
}

static enum view_done
list_up(struct ui *u)
{
	int focus = ui_view(u)->focus;

	if (!has_links(u))
		return VIEW_NOT_MINE;
	if (focus > 0)
		ui_focus_set(u, focus - 1);
	else if (u->top > 0)
		ui_scroll_to(u, u->top - 1);
	return VIEW_DONE;
}

static enum view_done
list_page_down(struct ui *u)
{
	if (!has_links(u))
		return VIEW_NOT_MINE;
	if (u->top >= ui_doc_clamp(u, &u->doc, (size_t)-1))
		ui_view(u)->focus = (int)u->doc.nlinks - 1;
	ui_scroll_to(u, u->top + ui_page_step(u));
	refocus(u, 1);
	return VIEW_DONE;
}

static enum view_done
list_page_up(struct ui *u)
{
	size_t step = ui_page_step(u);

	if (!has_links(u))
		return VIEW_NOT_MINE;
	if (u->top == 0)
		ui_view(u)->focus = 0;
	ui_scroll_to(u, u->top > step ? u->top - step : 0);
	refocus(u, 0);
	return VIEW_DONE;
}

static enum view_done
list_top(struct ui *u)
{
	if (!has_links(u))
		return VIEW_NOT_MINE;
	ui_scroll_to(u, 0);
	ui_view(u)->focus = 0;
	return VIEW_DONE;
}

static enum view_done
list_bottom(struct ui *u)
{
	if (!has_links(u))
		return VIEW_NOT_MINE;
	ui_scroll_to(u, (size_t)-1);
	ui_view(u)->focus = (int)u->doc.nlinks - 1;
	return VIEW_DONE;
}

static const struct view_action list_actions[] = {
	{ACT_DOWN, list_down}, {ACT_UP, list_up},
	{ACT_PAGE_DOWN, list_page_down}, {ACT_PAGE_UP, list_page_up},
	{ACT_TOP, list_top}, {ACT_BOTTOM, list_bottom},
	{ACT_NONE, NULL},
};

/* ---- kanbao's own lists ---- */

/* r: the screen is made again (the counts, kanbao.db). */
static enum view_done
own_reload(struct ui *u)
{
	ui_refresh_view(u);
	ui_layout(u);
	return VIEW_DONE;
}

/* q: back to where S or H was pressed. */
static enum view_done
own_back(struct ui *u)
{
	if (ui_hist_cur(u) == 0)
		return VIEW_NOT_MINE;	/* the first screen: q quits */
	ui_go(u, ui_hist_cur(u) - 1);
	return VIEW_DONE;
}

static const struct view_action sources_actions[] = {
	{ACT_RELOAD, own_reload},
	{ACT_NONE, NULL},
};

static const struct view_action memory_actions[] = {
	{ACT_RELOAD, own_reload}, {ACT_QUIT, own_back},
	{ACT_NONE, NULL},
};

/* ---- the screen ---- */

static int
link_read(struct ui *u, int link)
{
	return ui_is_read(u, ui_link_url(u, link));
}

static void
draw(struct ui *u, int marks)
{
	const struct view *v = ui_view(u);
	struct ui_marks m = {v->focus, marks ? link_read : NULL, v->page->kind == PAGE_LIST};

	ui_draw_doc(u, &u->doc, u->top, &m);
}

static void
page_draw(struct ui *u)
{
	draw(u, 1);
}

/* The sources are never "read"; the history is all read, so no mark
 * tells anything there. */
static void
unmarked_draw(struct ui *u)
{
	draw(u, 0);
}

/* The wheel scrolls; a press on a link follows it, as Enter would: on
 * the link's words in a paragraph, anywhere on a headline's row. */
static void
page_mouse(struct ui *u, enum ui_mouse what, int y, int x)
{
	int k;

	if (what == UI_MOUSE_WHEEL_UP)
		ui_scroll_to(u, u->top > UI_WHEEL_LINES ? u->top - UI_WHEEL_LINES : 0);
	else if (what == UI_MOUSE_WHEEL_DOWN)
		ui_scroll_to(u, u->top + UI_WHEEL_LINES);
	else if (y >= 0 && y < ui_content_rows(u) &&
	    (k = ui_link_pressed(u, u->top + (size_t)y, x)) >= 0)
		ui_follow(u, k);
}

/* In a list the selection follows the wheel onto the screen. */
static void
list_mouse(struct ui *u, enum ui_mouse what, int y, int x)
{
	page_mouse(u, what, y, x);
	if (what != UI_MOUSE_CLICK)
		refocus(u, what == UI_MOUSE_WHEEL_DOWN);
}

/* ---- the classes ---- */

static const struct view_class story_class = {
	.name = "story", .draw = page_draw, .mouse = page_mouse, .open = page_open,
};

static const struct view_class list_class = {
	.name = "list", .actions = list_actions,
	.draw = page_draw, .mouse = list_mouse, .open = page_open,
};

static const struct view_class sources_class = {
	.name = "sources", .parent = &list_class, .actions = sources_actions,
	.draw = unmarked_draw, .mouse = list_mouse, .open = own_open,
};

static const struct view_class saved_class = {
	.name = "saved", .parent = &list_class, .actions = memory_actions,
	.draw = page_draw, .mouse = list_mouse, .open = ui_follow_saved,
};

static const struct view_class history_class = {
	.name = "history", .parent = &list_class, .actions = memory_actions,
	.draw = unmarked_draw, .mouse = list_mouse, .open = own_open,
};

static const struct view_class news_class = {
	.name = "news", .parent = &list_class, .actions = memory_actions,
	.draw = page_draw, .mouse = list_mouse, .open = own_open,
};

static const struct view_class found_class = {
	.name = "found", .parent = &list_class, .actions = memory_actions,
	.draw = page_draw, .mouse = list_mouse, .open = ui_found_open,
};

const struct view_class *
ui_view_class(struct ui *u)
{
	const struct view *v = ui_view(u);

	if (v == NULL)
		return NULL;
	switch (v->kind) {
	case VIEW_SOURCES:
		return &sources_class;
	case VIEW_SAVED:
		return &saved_class;
	case VIEW_HISTORY:
		return &history_class;
	case VIEW_FOUND:
		return &found_class;
	case VIEW_NEWS:
		return &news_class;
	case VIEW_PAGE:
		break;
	}
	return v->page->kind == PAGE_LIST ? &list_class : &story_class;
}
