/*
 * ui_hist: the history of views, and the memory it may hold.
 *
 * A view of a fetched page keeps the bytes it came from (for s, and to be
 * read again without the network) and its parsed page.  Together they
 * are weighed (the bytes, and the page's strings) and kept under
 * u->budget bytes (KANBAO_MEMORY_MIB, UI_MEMORY_MIB unless told): past
 * it, the views farthest from the one on screen drop bytes and page and
 * keep their URL, place and focus.  Going to a dropped view reads it
 * again and shows it at its place: from kanbao.db when it was a saved
 * copy, else from the pages kept in memory (ui_prefetch.c), else from the
 * cache, else by a load that fills the view where it stands
 * (LOAD_RESTORE).  The history holds at most UI_HISTORY_MAX views; the
 * oldest go.  No curses here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui_int.h"

#define UI_HISTORY_MAX 1000	/* views */
#define UI_MEMORY_MIB 64	/* the budget's default */
#define MALLOC_COST 16		/* what malloc keeps beside each block */

void
ui_hist_init(struct ui *u)
{
	const char *s = getenv("KANBAO_MEMORY_MIB");
	char *end;
	unsigned long mib = s != NULL ? strtoul(s, &end, 10) : 0;

	if (s == NULL || *s == '\0' || *end != '\0' || mib == 0 || mib > 1ul << 20)
		mib = UI_MEMORY_MIB;
	u->budget = (size_t)mib << 20;
}

/* ---- weighing ---- */

static size_t
str_cost(const char *s)
{
	return s != NULL ? strlen(s) + 1 + MALLOC_COST : 0;
}

static size_t
link_cost(const struct link *l)
{
	return str_cost(l->title) + str_cost(l->url) + str_cost(l->snippet) +
	    str_cost(l->date);
}

static size_t
strlist_cost(const struct strlist *l)
{
	size_t n = l->n * sizeof *l->v;

	for (size_t i = 0; i < l->n; i++)
		n += str_cost(l->v[i]);
	return n;
}

static size_t
linklist_cost(const struct linklist *l)
{
	size_t n = l->cap * sizeof *l->v;

	for (size_t i = 0; i < l->n; i++)
		n += link_cost(&l->v[i]);
	return n;
}

/* The bytes a parsed page holds. */
static size_t
page_cost(const struct page *p)
{
	size_t n = sizeof *p + str_cost(p->url) + str_cost(p->title) +
	    str_cost(p->source) + str_cost(p->author) + str_cost(p->editor) +
	    str_cost(p->published) + strlist_cost(&p->body) + strlist_cost(&p->tags) +
	    linklist_cost(&p->related) + linklist_cost(&p->headlines) +
	    p->capimages * sizeof *p->images;

	for (size_t i = 0; i < p->nimages; i++)
		n += str_cost(p->images[i].src) + str_cost(p->images[i].alt);
	if (p->prev != NULL)
		n += sizeof *p->prev + link_cost(p->prev);
	if (p->next != NULL)
		n += sizeof *p->next + link_cost(p->next);
	return n;
}

/* What view v holds (0 for kanbao's own screens, which are made again
 * whenever they show, and for a dropped view). */
static size_t
view_cost(struct view *v)
{
	if (v->kind != VIEW_PAGE || v->page == NULL)
		return 0;
	if (v->cost == 0)
		v->cost = fetched_len(&v->raw) + page_cost(v->page);
	return v->cost;
}

/* ---- dropping ---- */

static void
view_free(struct view *v)
{
	page_free(v->page);
	fetched_free(&v->raw);
	free(v->url);
}

/* Keeps of v only what finds it again: URL, place, focus. */
static void
view_drop(struct view *v)
{
	v->list = v->page->kind == PAGE_LIST;
	page_free(v->page);
	v->page = NULL;
	fetched_free(&v->raw);
	v->cost = 0;
}

int
ui_view_is_list(const struct view *v)
{
	return v->page != NULL ? v->page->kind == PAGE_LIST : v->list;
}

/* The oldest views past UI_HISTORY_MAX go, never the one on screen. */
static void
trim_count(struct ui *u)
{
	size_t k = u->nhist > UI_HISTORY_MAX ? u->nhist - UI_HISTORY_MAX : 0;

	if (k > u->cur)
		k = u->cur;
	if (k == 0)
		return;
	for (size_t i = 0; i < k; i++)
		view_free(&u->hist[i]);
	memmove(u->hist, u->hist + k, (u->nhist - k) * sizeof *u->hist);
	u->nhist -= k;
	u->cur -= k;
}

/* Past the budget, the views farthest from the one on screen drop their
 * bytes and pages. */
void
ui_hist_trim(struct ui *u)
{
	size_t total = 0;

	trim_count(u);
	for (size_t i = 0; i < u->nhist; i++)
		total += view_cost(&u->hist[i]);
	while (total > u->budget) {
		size_t far = u->cur, dist = 0;

		for (size_t i = 0; i < u->nhist; i++) {
			size_t d = i < u->cur ? u->cur - i : i - u->cur;

			if (d > dist && view_cost(&u->hist[i]) > 0)
				far = i, dist = d;
		}
		if (far == u->cur)
			break;		/* the view on screen alone is over it */
		total -= view_cost(&u->hist[far]);
		view_drop(&u->hist[far]);
	}
}

/* ---- keeping and reading again ---- */

/* v holds r too: the bytes are shared with whoever lent r (the prefetched
 * pages, the load's result).  The budget still weighs them as v's. */
static void
raw_keep(struct view *v, const struct fetched *r)
{
	fetched_free(&v->raw);
	fetched_copy(&v->raw, r);
	v->cost = 0;
}

void
ui_hist_keep(struct ui *u, struct view *v, const char *url, const struct fetched *r)
{
	if (url != NULL) {
		free(v->url);
		v->url = xstrdup(url);
	}
	raw_keep(v, r);
	ui_hist_trim(u);
}

/* The cache's copy of url, without the network; 1 if there was one. */
static int
cache_read(struct ui *u, const char *url, struct fetched *r)
{
	const struct fetch_cache *c = u->opts.fetch.cache;

	return c != NULL && c->get != NULL && c->get(c->ctx, url, r);
}

static void show(struct ui *u, size_t index);

/* The dropped view at index has its page again, from r. */
static void
fill(struct ui *u, size_t index, const struct fetched *r)
{
	struct view *v = &u->hist[index];

	v->page = fetched_page(r, u->opts.sites);
	raw_keep(v, r);
	show(u, index);
	ui_hist_trim(u);
}

/* A LOAD_RESTORE finished: its view, if the history still has it dropped. */
static void
restored(struct ui *u, const struct fetched *r)
{
	if (u->job_index < u->nhist && u->hist[u->job_index].page == NULL)
		fill(u, u->job_index, r);
}

/* Reads the dropped view at index again; 1 when it is back, 0 when a
 * load has started that fills it later (or there is nothing to read). */
static int
restore(struct ui *u, size_t index)
{
	const char *url = u->hist[index].url;
	const struct fetched *kept = NULL;
	struct fetched r;
	int have;

	if (url == NULL)
		return 0;
	if (u->hist[index].saved)
		have = memory_load(u->opts.memory, url, &r);
	else if ((kept = ui_prefetched(u, url)) != NULL)
		have = 0;
	else
		have = cache_read(u, url, &r);
	if (kept != NULL || have) {
		/* fill() may move the view (trim_count): url is not read after */
		fill(u, index, kept != NULL ? kept : &r);
		if (have)
			fetched_free(&r);
		return 1;
	}
	ui_load_restore(u, url, restored);
	u->job_index = index;
	return 0;
}

/* ---- moving ---- */

/* Makes the page of a screen kanbao makes anew, keeping the selection. */
void
ui_refresh_view(struct ui *u)
{
	struct view *v = ui_view(u);

	if (v == NULL || v->make == NULL)
		return;
	page_free(v->page);
	v->page = v->make(u);
	if (v->focus >= (int)v->page->headlines.n)
		v->focus = (int)v->page->headlines.n - 1;
	if (v->focus < 0 && v->page->headlines.n > 0)
		v->focus = 0;
}

static void
show(struct ui *u, size_t index)
{
	u->cur = index;
	ui_search_forget(u);
	ui_refresh_view(u);
	ui_layout(u);
	ui_prefetch_story(u);
}

/* Moves to history entry index, at its place; a dropped one is read
 * again first.  A view still being read again is given up. */
void
ui_go(struct ui *u, size_t index)
{
	if (index >= u->nhist)
		return;
	if (u->job != NULL && u->job_kind == LOAD_RESTORE)
		ui_cancel_load(u);
	if (u->hist[index].page == NULL && u->hist[index].kind == VIEW_PAGE)
		restore(u, index);
	else
		show(u, index);
}

/* Where h and l count from: the view being read again, else the one on
 * screen. */
size_t
ui_hist_at(const struct ui *u)
{
	return u->job != NULL && u->job_kind == LOAD_RESTORE ? u->job_index : u->cur;
}

/* A new page after the current one; what was forward of it goes.  The
 * new view is on screen; its bytes are the caller's to give
 * (ui_hist_keep). */
struct view *
ui_history_push(struct ui *u, struct page *p)
{
	struct view *v;

	for (size_t i = u->nhist > 0 ? u->cur + 1 : 0; i < u->nhist; i++)
		view_free(&u->hist[i]);
	u->nhist = u->nhist > 0 ? u->cur + 1 : 0;
	if (u->nhist == u->caphist) {
		u->caphist = u->caphist ? u->caphist * 2 : 16;
		u->hist = xreallocarray(u->hist, u->caphist, sizeof *u->hist);
	}
	v = &u->hist[u->nhist++];
	memset(v, 0, sizeof *v);
	v->page = p;
	v->focus = p->kind == PAGE_LIST && p->headlines.n > 0 ? 0 : -1;
	u->overlay = NULL;	/* a new page closes the help */
	ui_go(u, u->nhist - 1);
	return v;
}

void
ui_hist_free(struct ui *u)
{
	for (size_t i = 0; i < u->nhist; i++)
		view_free(&u->hist[i]);
	free(u->hist);
	u->hist = NULL;
	u->nhist = u->caphist = u->cur = 0;
}
