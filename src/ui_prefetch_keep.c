/*
 * ui_prefetch_keep: the pages fetched ahead, kept in memory (see
 * ui_prefetch.h).  A page is a struct fetched, whose bytes a view may
 * share, and the page extracted from them when the prefetch made one.
 * Which page goes to make room asks the screen (prefetch_rank): a page
 * the story on screen wants is not dropped for one it wants less.
 * No curses here.
 */
#include "config.h"

#include <string.h>
#include <time.h>

#include "ui_prefetch.h"

/* Forgets kept page e (the last one takes its slot). */
static void
drop(struct prefetch_cache *c, struct prefetched *e)
{
	c->bytes -= fetched_len_all(&e->f);
	fetched_free(&e->f);
	page_free(e->page);
	*e = c->kept[--c->nkept];
}

struct prefetched *
prefetch_cache_find(struct prefetch_cache *c, const char *url)
{
	for (size_t i = 0; i < c->nkept; i++) {
		struct prefetched *e = &c->kept[i];

		if (strcmp(e->f.url, url) != 0)
			continue;
		if (time(NULL) - e->kept > UI_PREFETCH_TTL) {
			drop(c, e);
			return NULL;
		}
		return e;
	}
	return NULL;
}

void
prefetch_cache_use(struct prefetch_cache *c, struct prefetched *e)
{
	e->used = ++c->clock;
}

/* The kept page to drop for room: the one the screen wants least, the
 * least recently used of those. */
static struct prefetched *
victim(struct ui *u, struct prefetch_cache *c)
{
	struct prefetched *e = &c->kept[0];
	size_t er = prefetch_rank(u, e->f.url);

	for (size_t i = 1; i < c->nkept; i++) {
		size_t r = prefetch_rank(u, c->kept[i].f.url);

		if (r > er || (r == er && c->kept[i].used < e->used))
			e = &c->kept[i], er = r;
	}
	return e;
}

/* page's text is less than r's bytes, which are counted. */
void
prefetch_cache_keep(struct ui *u, struct prefetch_cache *c, struct fetched *r,
    struct page *page)
{
	size_t cap = ui_hist_budget(u) / 4, want = prefetch_rank(u, r->url);
	size_t len = fetched_len_all(r);
	struct prefetched *e = prefetch_cache_find(c, r->url);

	if (e != NULL)
		drop(c, e);
	if (len > UI_PREFETCH_MAX_BYTES || len > cap) {
		page_free(page);
		return;
	}
	while (c->nkept > 0 && (c->nkept == UI_PREFETCH_KEEP || c->bytes + len > cap)) {
		e = victim(u, c);
		if (prefetch_rank(u, e->f.url) < want) {
			page_free(page);
			return;		/* all kept are wanted more */
		}
		drop(c, e);
	}
	e = &c->kept[c->nkept++];
	e->f = *r;
	e->page = page;
	memset(r, 0, sizeof *r);
	e->kept = time(NULL);
	e->used = ++c->clock;
	c->bytes += len;
}

struct page *
prefetch_cache_page(struct prefetch_cache *c, const struct fetched *r)
{
	struct page *p = NULL;

	for (size_t i = 0; p == NULL && i < c->nkept; i++)
		if (c->kept[i].f.body == r->body) {
			p = c->kept[i].page;
			c->kept[i].page = NULL;
		}
	return p;
}

void
prefetch_cache_clear(struct prefetch_cache *c)
{
	while (c->nkept > 0)
		drop(c, &c->kept[0]);
}
