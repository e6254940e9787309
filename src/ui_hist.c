/*
 * ui_hist: the history of views, and the memory it may hold.
 *
 * The views are this file's own struct ui_hist (u->hist); the others
 * reach them through ui_view() and ui_hist_view(), and move through them
 * with ui_go.c.  A view of a fetched page keeps what it came from (a
 * struct fetched: for s, and to be read again without the network) and
 * its parsed page.  Together they are weighed (the bytes, and the page's
 * strings) and kept under the budget (KANBAO_MEMORY_MIB, UI_MEMORY_MIB
 * unless told): past it, the views farthest from the one on screen drop
 * bytes and page and keep their URL, place and focus, for ui_go.c to read
 * them again.  The history holds at most UI_HISTORY_MAX views; the
 * oldest go.  This file calls no other ui file: a screen kanbao makes is
 * made again by the function its view carries.  No curses here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui_int.h"

#define UI_HISTORY_MAX 1000	/* views */
#define UI_MEMORY_MIB 64	/* the budget's default */
#define MALLOC_COST 16		/* what malloc keeps beside each block */

struct ui_hist {
	struct view *v;		/* v[cur] is on screen */
	size_t n, cap, cur;
	size_t budget;		/* bytes the views may hold */
};

void
ui_hist_init(struct ui *u)
{
	const char *s = getenv("KANBAO_MEMORY_MIB");
	char *end;
	unsigned long mib = s != NULL ? strtoul(s, &end, 10) : 0;

	if (s == NULL || *s == '\0' || *end != '\0' || mib == 0 || mib > 1ul << 20)
		mib = UI_MEMORY_MIB;
	u->hist = xcalloc(1, sizeof *u->hist);
	u->hist->budget = (size_t)mib << 20;
}

struct view *
ui_view(struct ui *u)
{
	return u->hist->n > 0 ? &u->hist->v[u->hist->cur] : NULL;
}

size_t
ui_hist_len(const struct ui *u)
{
	return u->hist->n;
}

size_t
ui_hist_cur(const struct ui *u)
{
	return u->hist->cur;
}

struct view *
ui_hist_view(struct ui *u, size_t i)
{
	return i < u->hist->n ? &u->hist->v[i] : NULL;
}

size_t
ui_hist_budget(const struct ui *u)
{
	return u->hist->budget;
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

/* The bytes p's blocks hold beyond body, whose strings text blocks show. */
static size_t
blocks_cost(const struct page *p)
{
	size_t n = p->nblocks * sizeof *p->blocks;

	for (size_t i = 0; i < p->nblocks; i++) {
		const struct block *b = &p->blocks[i];

		if (b->type == BLOCK_LIST)
			n += strlist_cost(&b->items);
		for (size_t r = 0; b->type == BLOCK_TABLE && r < b->nrows; r++)
			n += sizeof *b->rows + strlist_cost(&b->rows[r]);
		if (b->type == BLOCK_IMG)
			n += str_cost(b->src) + str_cost(b->alt);
		for (size_t k = 0; k < b->nlinks; k++)
			n += sizeof *b->links + str_cost(b->links[k].text) + str_cost(b->links[k].url);
	}
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
	    strlist_cost(&p->pages) + str_cost(p->next_page) +
	    p->capimages * sizeof *p->images + blocks_cost(p);

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
		v->cost = fetched_len_all(&v->raw) + page_cost(v->page);
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
trim_count(struct ui_hist *h)
{
	size_t k = h->n > UI_HISTORY_MAX ? h->n - UI_HISTORY_MAX : 0;

	if (k > h->cur)
		k = h->cur;
	if (k == 0)
		return;
	for (size_t i = 0; i < k; i++)
		view_free(&h->v[i]);
	memmove(h->v, h->v + k, (h->n - k) * sizeof *h->v);
	h->n -= k;
	h->cur -= k;
}

/* Past the budget, the views farthest from the one on screen drop their
 * bytes and pages. */
void
ui_hist_trim(struct ui *u)
{
	struct ui_hist *h = u->hist;
	size_t total = 0;

	trim_count(h);
	for (size_t i = 0; i < h->n; i++)
		total += view_cost(&h->v[i]);
	while (total > h->budget) {
		size_t far = h->cur, dist = 0;

		for (size_t i = 0; i < h->n; i++) {
			size_t d = i < h->cur ? h->cur - i : i - h->cur;

			if (d > dist && view_cost(&h->v[i]) > 0)
				far = i, dist = d;
		}
		if (far == h->cur)
			break;		/* the view on screen alone is over it */
		total -= view_cost(&h->v[far]);
		view_drop(&h->v[far]);
	}
}

/* ---- keeping ---- */

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

/* The dropped view at index has its page p again, from r. */
void
ui_hist_fill(struct ui *u, size_t index, struct page *p, const struct fetched *r)
{
	struct view *v = &u->hist->v[index];

	v->page = p;
	raw_keep(v, r);
}

/* ---- the view on screen ---- */

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

void
ui_hist_set_cur(struct ui *u, size_t index)
{
	u->hist->cur = index;
}

/* A new page after the current one; what was forward of it goes.  The
 * view on screen is still the one it was (ui_history_push shows it); its
 * bytes are the caller's to give (ui_hist_keep). */
struct view *
ui_hist_push(struct ui *u, struct page *p)
{
	struct ui_hist *h = u->hist;
	struct view *v;

	for (size_t i = h->n > 0 ? h->cur + 1 : 0; i < h->n; i++)
		view_free(&h->v[i]);
	h->n = h->n > 0 ? h->cur + 1 : 0;
	if (h->n == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 16;
		h->v = xreallocarray(h->v, h->cap, sizeof *h->v);
	}
	v = &h->v[h->n++];
	memset(v, 0, sizeof *v);
	v->page = p;
	v->focus = p->kind == PAGE_LIST && p->headlines.n > 0 ? 0 : -1;
	v->other.focus = -1;
	return v;
}

void
ui_hist_free(struct ui *u)
{
	if (u->hist == NULL)
		return;
	for (size_t i = 0; i < u->hist->n; i++)
		view_free(&u->hist->v[i]);
	free(u->hist->v);
	free(u->hist);
	u->hist = NULL;
}
