/*
 * refresh: the offline edition.  One refresh fetches every source (a list
 * page or a feed) and then every story its headlines name that the cache
 * does not hold yet, so that each of them opens later without the network
 * (`kanbao --offline`, the reader).  It runs on a fetcher, as jobs with
 * their own completions, so the reader can run one on its own fetcher in
 * the background; refresh_cli() is `kanbao --refresh`, for cron.
 *
 * What a refresh promises:
 *   - sources are fetched through the cache: a source page kept with an
 *     ETag or Last-Modified is revalidated, and costs a 304 when unchanged;
 *   - a story (an http or https headline) already in the cache is not
 *     fetched again; stories named by several sources are fetched once;
 *   - at most REFRESH_PER_HOST transfers to one host (scheme, name and
 *     port) and REFRESH_TOTAL in all run at once; the fetcher's timeouts
 *     and size cap apply to each;
 *   - a source that fails (an error, or a server that failed so that only
 *     the cache's old copy came) counts as failed, and its stories are not
 *     fetched; the other sources and their stories go on;
 *   - a story split over several pages has its further pages fetched too,
 *     one after another (story_pages.h), each URL once; a list's next page
 *     is not followed;
 *   - a page extracted (a source's for its headlines, a story's to look
 *     for its further pages) is given to the caller (extracted), so that
 *     an index need not extract it again.
 *
 * Who owns what: the caller of refresh_start() owns the struct refresh and
 * ends it with refresh_free(), which cancels the jobs still running; the
 * fetcher, the sources, the site rules and the cache are lent and must
 * outlive it.  Nothing here draws or prints but refresh_cli().
 */
#ifndef KANBAO_REFRESH_H
#define KANBAO_REFRESH_H

#include <stddef.h>

#include "fetch.h"

#define REFRESH_PER_HOST 2	/* transfers to one host at once */
#define REFRESH_TOTAL 8		/* transfers at once */

struct config;
struct page;
struct search;
struct source;
struct site_rules;
struct refresh;

/* Where a refresh stands; every count only grows. */
struct refresh_counts {
	size_t sources, sources_done, sources_failed;
	size_t stories;		/* stories to fetch: not in the cache */
	size_t stories_done, stories_failed;
	size_t stories_kept;	/* headlines the cache held already */
	size_t unchanged;	/* sources that cost a 304 */
	size_t bytes;		/* page bytes received over the network */
	double seconds;		/* since the start, or its whole length */
};

struct refresh_opts {
	const struct source *sources;
	size_t nsources;
	const struct site_rules *sites;		/* NULL: none */
	const struct fetch_cache *cache;	/* the fetcher's, or NULL */
	/* Called, when not NULL, with ctx: a failure (msg names the URL; lent)
	 * as it happens; progress after every finished job; done once, as
	 * the last thing the refresh does of its own, and it may free r. */
	void (*failed)(void *ctx, const char *msg);
	void (*progress)(void *ctx, const struct refresh *r);
	void (*done)(void *ctx, struct refresh *r);
	void *ctx;
	/* Called, when not NULL, with ctx, a page as it came (f) and what was
	 * extracted from it (p), both lent: a source's page, and a story's
	 * page that needed no join. */
	void (*extracted)(void *ctx, const struct fetched *f, const struct page *p);
};

/* Starts a refresh of o's sources on f.  The caller's loop moves it on
 * (fetcher_wait, fetcher_run, fetcher_complete), as for any job. */
struct refresh *refresh_start(struct fetcher *f, const struct refresh_opts *o);

/* Cancels what still runs (done is not called) and frees r; NULL: none. */
void refresh_free(struct refresh *r);

int refresh_finished(const struct refresh *r);
void refresh_counts(const struct refresh *r, struct refresh_counts *c);

/* One line for a status line or a terminal: "refreshing: sources 2/4,
 * stories 10/30, 120 KiB, 1 failed" (a new string, translated). */
char *refresh_status(const struct refresh *r);

/* The counts in one line, for the end: "sources: 6 read, 0 failed, 6
 * unchanged; stories: 0 fetched, 0 failed, 17 already cached; 0 bytes in
 * 0.03 s" (a new string, translated). */
char *refresh_summary(const struct refresh *r);

/* `kanbao --refresh`: refreshes c's sources with the fetch options o
 * (their cache included); the stories' pages it extracts go to index
 * (search_add) when it is not NULL.  On a terminal stderr shows the progress as one
 * line that updates; stdout gets one summary line, stderr one line per
 * failure.  Returns the exit status: 0 when every source was read, 2 when
 * any failed, 1 when there is nothing to refresh. */
int refresh_cli(const struct config *c, const struct fetch_opts *o, struct search *index);

#endif
