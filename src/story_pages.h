/*
 * story_pages: a story in several pages, read whole.  Its first page's
 * pager (page->further, page->whole: extract_storypager.c) names the
 * pages that follow; they are fetched in order, one at a time, each
 * page's own pager adding the pages it names that are not yet had (a
 * pager of 1 2 3 4 5 … 下一页), and end up in the first page's struct
 * fetched (more, nmore), which fetched_page() joins.  A 全文 / 单页阅读
 * page, when the first page links one, is fetched instead of the numbered
 * pages.
 *
 * Bounds: STORY_PAGES_MAX pages in all; only pages of the first page's
 * own site (the same scheme and host for http(s); for a file: URL, the
 * same directory); no URL twice, so pagers that link in circles end.
 * Each page is one fetch, under the fetcher's size cap.  A page that
 * cannot be read ends the join with a note (more_note) and keeps what
 * was read.
 *
 * The join is a small machine that does no I/O itself, so the reader
 * drives it with its fetcher's jobs (ui_load.c, ui_prefetch.c) and the
 * dump and the refresh with a blocking fetch (story_pages_read).
 */
#ifndef KANBAO_STORY_PAGES_H
#define KANBAO_STORY_PAGES_H

#include "fetched.h"

#define STORY_PAGES_MAX 20	/* pages of a story read at most, the first too */

struct page;
struct site_rules;
struct story_pages;

/* The join of the story whose first page is first (lent: its URLs are
 * copied) and p (first's page, extracted); NULL when p names no page to
 * join (one page, a list page, or pages of other sites only). */
struct story_pages *story_pages_new(const struct fetched *first, const struct page *p);

/* The join of first's story, its page extracted with sites; NULL when
 * there is nothing to join, or first holds its further pages already.
 * *page (page not NULL) gets first's page when it was extracted and
 * there is nothing to join, so that it need not be extracted again (the
 * caller's: page_free), else NULL. */
struct story_pages *story_pages_of(const struct fetched *first, const struct site_rules *sites,
    struct page **page);

/* The URL to fetch next, or NULL when the story is whole (or ended). */
const char *story_pages_next(const struct story_pages *s);

/* The page asked by story_pages_next came: r (taken) is kept, and the
 * pages its pager names are added (extracted with sites). */
void story_pages_add(struct story_pages *s, struct fetched *r, const struct site_rules *sites);

/* The page asked by story_pages_next could not be read (why): the join
 * ends there. */
void story_pages_fail(struct story_pages *s, const char *why);

/* A further page's fetch ended (the fetcher's d: its result is taken
 * when d->ok): story_pages_add or story_pages_fail, then the URL to fetch
 * next, or NULL when the story is whole. */
struct fetch_done;
const char *story_pages_done(struct story_pages *s, struct fetch_done *d,
    const struct site_rules *sites);

/* A page of the join *s came by a fetch job (the reader's load and
 * prefetch drive a join so): the first page, while first is empty (d's
 * result is taken into first), else a further page (story_pages_done).
 * Returns the URL to fetch next; or NULL when the story is whole: then
 * *s is finished and NULL, first empty again, and d holds the story (ok,
 * its result the first page with its further pages). */
const char *story_pages_step(struct story_pages **s, struct fetched *first,
    struct fetch_done *d, const struct site_rules *sites);

/* The pages read go to first (more, nmore, more_note, replacing what it
 * had); s is freed.  first may be another holder of the page given to
 * story_pages_new. */
void story_pages_finish(struct story_pages *s, struct fetched *first);
void story_pages_free(struct story_pages *s);	/* NULL: nothing */

/* A blocking fetch: fills r and returns 0, or -1 with *err a new message. */
typedef int story_get_fn(void *ctx, const char *url, struct fetched *r, char **err);

/* Reads first's further pages with get, blocking, and leaves them in
 * first (more); nothing when its page names none.  *page (page not
 * NULL) gets the story's page, its pages joined (the caller's), made
 * with one extraction of the first page where there is nothing to join;
 * the bytes of first and its pages are then let go as each is parsed
 * (fetched_page_last): only the rest of first is the caller's after. */
void story_pages_read(struct fetched *first, const struct site_rules *sites,
    story_get_fn *get, void *ctx, struct page **page);

/* A saved page read from path as if fetched from base (the dump's
 * --base-url): the path beside it that holds url, a further page in
 * base's directory (a new string); NULL when url is no such page. */
char *story_pages_beside(const char *path, const char *base, const char *url);

#endif
