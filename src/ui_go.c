/*
 * ui_go: moving through the history.  Going to a view shows it at its
 * place, with its search forgotten, its doc laid out and its links
 * prefetched; going to one the memory budget dropped (ui_hist.c) reads it
 * again first: from kanbao.db when it was a saved copy, else from the
 * pages kept in memory (ui_prefetch.c), else from the cache, else by a
 * load that fills the view where it stands (LOAD_RESTORE).  It stands
 * above the history, the doc, the search, the prefetch and the load, and
 * none of them calls it.  No curses here.
 */
#include "config.h"

#include "story_pages.h"
#include "ui_int.h"

static void
show(struct ui *u, size_t index)
{
	ui_hist_set_cur(u, index);
	ui_search_forget(u);
	ui_refresh_view(u);
	ui_layout(u);
	ui_prefetch_story(u);
}

/* The cache's copy of url, without the network; 1 if there was one. */
static int
cache_read(struct ui *u, const char *url, struct fetched *r)
{
	const struct fetch_cache *c = u->opts.fetch.cache;

	return c != NULL && c->get != NULL && c->get(c->ctx, url, r);
}

/* A story's further page from the cache (story_pages_read). */
static int
cache_get(void *ctx, const char *url, struct fetched *r, char **err)
{
	if (cache_read(ctx, url, r))
		return 0;
	*err = xstrdup(url);
	return -1;
}

/* The dropped view at index has its page again, from r. */
static void
fill(struct ui *u, size_t index, const struct fetched *r)
{
	ui_hist_fill(u, index, ui_view_page(u, ui_hist_view(u, index), r), r);
	show(u, index);
	ui_hist_trim(u);
}

/* A LOAD_RESTORE finished: its view, if the history still has it dropped. */
static void
restored(struct ui *u, size_t index, const struct fetched *r)
{
	struct view *v = ui_hist_view(u, index);

	if (v != NULL && v->page == NULL)
		fill(u, index, r);
}

/* Reads the dropped view at index again; 1 when it is back, 0 when a
 * load has started that fills it later (or there is nothing to read). */
static int
restore(struct ui *u, size_t index)
{
	const struct view *v = ui_hist_view(u, index);
	const char *url = v->url;
	const struct fetched *kept = NULL;
	struct fetched r;
	int have;

	if (url == NULL)
		return 0;
	if (v->saved)
		have = memory_load(u->opts.memory, url, &r);
	else if ((kept = ui_prefetched(u, url)) != NULL)
		have = 0;
	else if ((have = cache_read(u, url, &r)) != 0)
		story_pages_read(&r, u->opts.sites, cache_get, u, NULL);	/* whole, as loaded */
	if (kept != NULL || have) {
		/* fill() may move the view (the history's trim): url is not read after */
		fill(u, index, kept != NULL ? kept : &r);
		if (have)
			fetched_free(&r);
		return 1;
	}
	ui_load_restore(u, url, index, restored);
	return 0;
}

/* Moves to history entry index, at its place; a dropped one is read
 * again first.  A view still being read again is given up. */
void
ui_go(struct ui *u, size_t index)
{
	const struct view *v = ui_hist_view(u, index);

	if (v == NULL)
		return;
	if (ui_loading(u) == LOAD_RESTORE)
		ui_cancel_load(u);
	if (v->page == NULL && v->kind == VIEW_PAGE)
		restore(u, index);
	else
		show(u, index);
}

/* Where h and l count from: the view being read again, else the one on
 * screen. */
size_t
ui_hist_at(const struct ui *u)
{
	return ui_loading(u) == LOAD_RESTORE ? ui_load_target(u) : ui_hist_cur(u);
}

/* A new page after the current one, on screen; what was forward of it
 * goes.  Its bytes are the caller's to give (ui_hist_keep). */
struct view *
ui_history_push(struct ui *u, struct page *p)
{
	struct view *v = ui_hist_push(u, p);

	u->overlay = NULL;	/* a new page closes the help */
	ui_go(u, ui_hist_len(u) - 1);
	return v;
}
