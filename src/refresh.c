/*
 * refresh: every source, then every story not yet cached; see refresh.h.
 *
 * A refresh is a queue of items (a source's URL or a story's), each run
 * as one fetch job whose completion is item_done().  The sources go in
 * first; a source that comes back puts its stories at the end.  pump()
 * starts waiting items in order while the bounds allow, skipping one
 * whose host is at its bound, so a slow site does not hold up the others.
 * The fetch core does the rest: the cache's validators on the request,
 * the page into the cache on a 200, its time renewed on a 304.  A story
 * in several pages (第1页 2 3) has its further pages fetched too, one
 * after another (story_pages.h), so that offline it reads whole: each is
 * an item that carries the story's join on to the next.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config_file.h"
#include "fetched.h"
#include "i18n.h"
#include "page.h"
#include "refresh.h"
#include "story_pages.h"
#include "url.h"
#include "util.h"

enum item_state { WAITING, RUNNING, FINISHED };

struct item {
	struct refresh *r;
	char *url;
	char *host;		/* scheme://authority, lower case: the bound's key */
	int source;		/* 1: a source's page; 0: a story */
	enum item_state state;
	struct fetch_job *job;	/* while RUNNING */
	struct story_pages *pages;	/* a story's join, for its page this is */
};

struct refresh {
	struct fetcher *f;
	struct refresh_opts o;
	struct item **items;
	size_t n, cap;
	size_t first;		/* items before it are all under way or done */
	struct item *run[REFRESH_TOTAL];	/* the items running */
	size_t running;
	struct strset seen;	/* every URL queued, so each goes once */
	struct refresh_counts c;
	double start;
};

static double
monotonic(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* "scheme://authority" of url in lower case: connections go per host. */
static char *
host_key(const char *url)
{
	const char *p = strstr(url, "://");
	size_t n = p != NULL ? (size_t)(p - url) + 3 + strcspn(p + 3, "/?#") : strlen(url);
	char *h = xstrndup(url, n);

	for (char *s = h; *s != '\0'; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s += 'a' - 'A';
	return h;
}

static void
queue(struct refresh *r, const char *url, int source)
{
	struct item *it = xcalloc(1, sizeof *it);

	it->r = r;
	it->url = xstrdup(url);
	it->host = host_key(url);
	it->source = source;
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->items = xreallocarray(r->items, r->cap, sizeof *r->items);
	}
	r->items[r->n++] = it;
}

static size_t
host_running(const struct refresh *r, const char *host)
{
	size_t n = 0;

	for (size_t i = 0; i < r->running; i++)
		n += strcmp(r->run[i]->host, host) == 0;
	return n;
}

static void
run_remove(struct refresh *r, const struct item *it)
{
	for (size_t i = 0; i < r->running; i++) {
		if (r->run[i] == it) {
			r->run[i] = r->run[--r->running];
			return;
		}
	}
}

static void item_done(void *ctx, struct fetch_done *d);

/* Starts waiting items, in order, as far as the bounds allow. */
static void
pump(struct refresh *r)
{
	while (r->first < r->n && r->items[r->first]->state != WAITING)
		r->first++;
	for (size_t i = r->first; i < r->n && r->running < REFRESH_TOTAL; i++) {
		struct item *it = r->items[i];

		if (it->state != WAITING || host_running(r, it->host) >= REFRESH_PER_HOST)
			continue;
		it->state = RUNNING;
		r->run[r->running++] = it;
		it->job = fetcher_start(r->f, it->url, 0, item_done, it);
	}
}

/* Is url's page in the cache already? */
static int
cached(const struct refresh *r, const char *url)
{
	const struct fetch_cache *c = r->o.cache;
	struct fetched f = {0};

	if (c == NULL || c->get == NULL || !c->get(c->ctx, url, &f))
		return 0;
	fetched_free(&f);
	return 1;
}

/* A source came: its stories that the cache lacks join the queue. */
static void
queue_stories(struct refresh *r, const struct fetched *res)
{
	struct page *p = fetched_page(res, r->o.sites);

	for (size_t i = 0; p->kind == PAGE_LIST && i < p->headlines.n; i++) {
		const char *url = p->headlines.v[i].url;

		if (!url_is_web(url) || !strset_add(&r->seen, url))
			continue;
		if (cached(r, url)) {
			r->c.stories_kept++;
			continue;
		}
		r->c.stories++;
		queue(r, url, 0);
	}
	if (r->o.extracted != NULL)
		r->o.extracted(r->o.ctx, res, p);
	page_free(p);
}

/* Queues the story's next page, the join going with it; or ends it. */
static void
queue_next_page(struct refresh *r, struct story_pages *s)
{
	const char *url;

	while ((url = story_pages_next(s)) != NULL && !strset_add(&r->seen, url))
		story_pages_fail(s, url);	/* another story's page: not twice */
	if (url == NULL) {
		story_pages_free(s);
		return;
	}
	r->c.stories++;
	queue(r, url, 0);
	r->items[r->n - 1]->pages = s;
}

/* A story or one of its pages came: its further pages follow.  The
 * result is taken (d is lent: fetcher_complete frees what is left). */
static void
story_came(struct refresh *r, struct item *it, struct fetch_done *d)
{
	struct story_pages *s = it->pages;

	it->pages = NULL;
	if (s == NULL) {
		struct page *p;

		s = story_pages_of(&d->result, r->o.sites, &p);
		if (p != NULL && r->o.extracted != NULL)	/* for the index, as it is */
			r->o.extracted(r->o.ctx, &d->result, p);
		page_free(p);
	} else {
		story_pages_done(s, d, r->o.sites);
	}
	if (s != NULL)
		queue_next_page(r, s);
}

static void
fail(struct refresh *r, const char *msg)
{
	if (r->o.failed != NULL)
		r->o.failed(r->o.ctx, msg);
}

/* What one finished job adds to the counts; a failure is said. */
static void
count(struct refresh *r, const struct item *it, const struct fetch_done *d)
{
	int ok = d->ok && d->result.stale == NULL;

	if (!ok) {
		char *msg = d->ok ? xasprintf(_("%s: not refreshed: %s"), it->url, d->result.stale) :
		    xstrdup(d->err != NULL ? d->err : it->url);

		fail(r, msg);
		free(msg);
	} else if (d->result.from == FETCHED_NETWORK) {
		r->c.bytes += fetched_len(&d->result);
	} else if (d->result.from == FETCHED_CACHE && it->source) {
		r->c.unchanged++;	/* a 304: the cache's copy still holds */
	}
	if (it->source) {
		r->c.sources_done++;
		r->c.sources_failed += !ok;
	} else {
		r->c.stories_done++;
		r->c.stories_failed += !ok;
	}
}

/* A job of the refresh finished (the fetcher frees d afterwards). */
static void
item_done(void *ctx, struct fetch_done *d)
{
	struct item *it = ctx;
	struct refresh *r = it->r;

	it->job = NULL;
	it->state = FINISHED;
	run_remove(r, it);
	count(r, it, d);
	if (it->source && d->ok && d->result.stale == NULL)
		queue_stories(r, &d->result);
	else if (!it->source && (d->ok || it->pages != NULL))
		story_came(r, it, d);
	pump(r);
	if (r->o.progress != NULL)
		r->o.progress(r->o.ctx, r);
	if (refresh_finished(r)) {
		r->c.seconds = monotonic() - r->start;
		if (r->o.done != NULL)
			r->o.done(r->o.ctx, r);	/* last: it may free r */
	}
}

struct refresh *
refresh_start(struct fetcher *f, const struct refresh_opts *o)
{
	struct refresh *r = xcalloc(1, sizeof *r);

	r->f = f;
	r->o = *o;
	r->start = monotonic();
	for (size_t i = 0; i < o->nsources; i++) {
		if (!strset_add(&r->seen, o->sources[i].url))
			continue;	/* the same page twice is read once */
		r->c.sources++;
		queue(r, o->sources[i].url, 1);
	}
	pump(r);
	return r;
}

void
refresh_free(struct refresh *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->n; i++) {
		if (r->items[i]->job != NULL)
			fetcher_cancel(r->f, r->items[i]->job);
		story_pages_free(r->items[i]->pages);
		free(r->items[i]->url);
		free(r->items[i]->host);
		free(r->items[i]);
	}
	free(r->items);
	strset_free(&r->seen);
	free(r);
}

int
refresh_finished(const struct refresh *r)
{
	return r->running == 0 && r->first >= r->n;
}

void
refresh_counts(const struct refresh *r, struct refresh_counts *c)
{
	*c = r->c;
	if (!refresh_finished(r))
		c->seconds = monotonic() - r->start;
}

/* KiB, rounded up, to 10 MiB; then MiB with a decimal */
static void
size_text(char *out, size_t n, size_t bytes)
{
	if (bytes < ((size_t)10 << 20))
		snprintf(out, n, "%zu KiB", (bytes + 1023) / 1024);
	else
		snprintf(out, n, "%.1f MiB", (double)bytes / (1 << 20));
}

char *
refresh_status(const struct refresh *r)
{
	size_t failed = r->c.sources_failed + r->c.stories_failed;
	char size[32], *s, *f;

	size_text(size, sizeof size, r->c.bytes);
	s = xasprintf(_("refreshing: sources %zu/%zu, stories %zu/%zu, %s"),
	    r->c.sources_done, r->c.sources, r->c.stories_done, r->c.stories, size);
	if (failed == 0)
		return s;
	f = xasprintf(_("%s, %zu failed"), s, failed);
	free(s);
	return f;
}

char *
refresh_summary(const struct refresh *r)
{
	struct refresh_counts c;

	refresh_counts(r, &c);
	return xasprintf(_("sources: %zu read, %zu failed, %zu unchanged; "
	    "stories: %zu fetched, %zu failed, %zu already cached; %zu bytes in %.2f s"),
	    c.sources_done - c.sources_failed, c.sources_failed, c.unchanged,
	    c.stories_done - c.stories_failed, c.stories_failed, c.stories_kept,
	    c.bytes, c.seconds);
}
