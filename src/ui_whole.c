/*
 * ui_whole: v, the whole page in place of the story and back.
 *
 * A view of a fetched page shows its story (or headlines) or its whole
 * page (extract_whole.c: all its visible text and links): view->whole
 * says which, and the same entry of the history holds either, made from
 * the bytes the view keeps (view->raw), never fetched again.  Each of the
 * two keeps its own place and focus: the one off screen waits in
 * view->other, so v twice comes back to where the reader was.  Whatever
 * makes a view's page again (going back to a view the memory budget
 * dropped, a reload) asks ui_view_page, so the view stays as the reader
 * left it.  No curses here.
 */
#include "config.h"

#include "fetched.h"
#include "i18n.h"
#include "ui_int.h"

struct page *
ui_view_page(struct ui *u, const struct view *v, const struct fetched *r)
{
	return v->whole ? fetched_whole_page(r) : fetched_page(r, u->opts.sites);
}

/* The place and focus of the view on screen, and the other one's, swap. */
static void
swap_place(struct ui *u, struct view *v)
{
	size_t block, off;
	int focus = v->focus;

	ui_save_place(u);
	block = v->block;
	off = v->off;
	v->block = v->other.block;
	v->off = v->other.off;
	v->focus = v->other.focus;
	v->other.block = block;
	v->other.off = off;
	v->other.focus = focus;
}

void
ui_act_whole(struct ui *u)
{
	struct view *v = ui_view(u);
	struct page *p;

	if (v == NULL || v->kind != VIEW_PAGE || v->page == NULL || v->raw.body == NULL) {
		ui_message(u, 0, _("Only a page read from the web or a file has a whole page"));
		return;
	}
	v->whole = !v->whole;
	p = ui_view_page(u, v, &v->raw);
	if (v->whole && p->kind == PAGE_LIST) {	/* only a feed is a list either way */
		v->whole = 0;
		page_free(p);
		ui_message(u, 0, _("A feed is its items: it has no whole page"));
		return;
	}
	swap_place(u, v);
	page_free(v->page);
	v->page = p;
	v->cost = 0;	/* weighed again */
	ui_hist_trim(u);
	ui_search_forget(u);
	ui_layout(u);
}

const char *
ui_whole_mark(struct ui *u)
{
	const struct view *v = ui_view(u);

	return v != NULL && v->whole && u->overlay == NULL ? _("whole page") : NULL;
}
