/*
 * ui_prefetch.h: the parts of the prefetch (ui_prefetch.c, whose header
 * comment tells the model), for its own files alone; the reader's view
 * of it is in ui_int.h.
 *
 *   ui_prefetch_want.c  which links the screen wants fetched ahead, and
 *                       how much: the story's 下一篇, 上一篇, then its
 *                       related stories; a list's next page alone
 *   ui_prefetch_keep.c  the pages fetched ahead, kept in memory by the
 *                       URL that asked for them: UI_PREFETCH_KEEP pages
 *                       and a quarter of the memory budget at most, each
 *                       for UI_PREFETCH_TTL seconds; what the screen
 *                       wants least, least recently used, goes first
 *   ui_prefetch.c       the jobs that fetch them
 */
#ifndef KANBAO_UI_PREFETCH_H
#define KANBAO_UI_PREFETCH_H

#include <stddef.h>
#include <time.h>

#include "ui_int.h"

#define UI_PREFETCH_RELATED 8		/* related stories prefetched at most */
#define UI_PREFETCH_TTL 600		/* seconds */
#define UI_PREFETCH_MAX_BYTES (2u << 20)	/* larger pages are not kept */
#define UI_PREFETCH_KEEP 32		/* pages kept in memory */

/* The n-th URL the screen may want next ("" for a link with none), or
 * NULL past the end. */
const char *prefetch_candidate(struct ui *u, size_t n);

/* How much the screen wants url: 0 most (a story's 下一篇), then 1, 2 ...
 * in the order of prefetch_candidate; PREFETCH_NOT_WANTED for none. */
#define PREFETCH_NOT_WANTED ((size_t)-1)
size_t prefetch_rank(struct ui *u, const char *url);

/* A page fetched ahead (or loaded), kept by the URL that asked for it
 * (f.url). */
struct prefetched {
	struct fetched f;
	struct page *page;	/* made from f's bytes as it came, or NULL */
	time_t kept;
	unsigned long used;	/* for least recently used */
};

/* The pages kept; all zero is empty.  Each owns its fetched and page. */
struct prefetch_cache {
	struct prefetched kept[UI_PREFETCH_KEEP];
	size_t nkept, bytes;	/* bytes: of the pages kept */
	unsigned long clock;
};

/* The page kept for url, not older than UI_PREFETCH_TTL (an older one is
 * dropped), or NULL.  Does not count as a use. */
struct prefetched *prefetch_cache_find(struct prefetch_cache *c, const char *url);
/* e counts as used now. */
void prefetch_cache_use(struct prefetch_cache *c, struct prefetched *e);
/* Keeps r (taken: *r is left empty; when not kept, it stays the
 * caller's) as the page of r->url, with page (taken: NULL, or r
 * extracted).  Room is made by dropping what the screen of u wants
 * least, but not for a page it wants less. */
void prefetch_cache_keep(struct ui *u, struct prefetch_cache *c, struct fetched *r,
    struct page *page);
/* The page extracted from r's bytes, a page kept, taken: the caller's;
 * NULL when none was made. */
struct page *prefetch_cache_page(struct prefetch_cache *c, const struct fetched *r);
void prefetch_cache_clear(struct prefetch_cache *c);

#endif
