/*
 * ui_prefetch: while a story is on screen, its 下一篇, 上一篇 and related
 * pages are fetched in the background, so following them shows the story
 * at once.  No curses here.
 *
 * The model: at most UI_PREFETCH_JOBS jobs run in the reader's own fetcher
 * (struct prefetch_slot; a job's completion is prefetch_done, with its slot
 * as context), and only while the reader is not waiting for a page of its
 * own, so what the reader asked for goes first.  A finished prefetch is
 * kept, a struct fetched whose bytes a view may share, in a small
 * in-memory cache keyed by the URL the link names (UI_PREFETCH_KEEP
 * entries and a quarter of the memory budget at most, least recently used
 * out first, each kept UI_PREFETCH_TTL seconds).  Leaving the story
 * cancels what its links no longer need.  A load of a URL still being
 * prefetched takes the running job over (adopted) instead of starting
 * again.  A list page on screen wants one link: its next page, once the
 * selection nears its end (ui_more.c says which); fetched, or failed, it
 * goes to ui_more.c to be appended (a list's slot has more set), and a
 * page kept already goes there at once.  A story in several pages is
 * fetched ahead whole (story_pages.h): the slot goes on from job to job
 * with its further pages, and a load that took it over follows (its
 * moved callback).  KANBAO_NO_PREFETCH=1 turns the
 * stories' prefetch off (for bench/prefetch.sh); a list's next page is
 * still fetched, as the list's own.
 * All of it is this file's own struct ui_prefetch (u->prefetch).  Which
 * links are wanted is ui_prefetch_want.c's, the pages kept are
 * ui_prefetch_keep.c's (ui_prefetch.h); the jobs are here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "story_pages.h"
#include "ui_int.h"
#include "ui_prefetch.h"
#include "url.h"

#define UI_PREFETCH_JOBS 3		/* prefetches running at once */

/* A running prefetch; job NULL: the slot is free. */
struct prefetch_slot {
	struct fetch_job *job;
	char *url;
	int more;		/* a list's next page, for ui_more_arrived */
	int adopted;		/* the reader's load waits on this job: */
	fetch_done_fn *then;	/* its completion, called with then_ctx */
	ui_moved_fn *moved;	/* told of each job a story goes on with */
	void *then_ctx;
	struct ui *u;
	struct story_pages *story;	/* the story's further pages being read */
	struct fetched first;		/* after its first page */
	struct page *page;	/* extracted from its result, with nothing to join */
};

struct ui_prefetch {
	struct prefetch_slot slots[UI_PREFETCH_JOBS];
	struct prefetch_cache cache;
	struct strlist tried;	/* prefetched for the story on screen */
	int off;
	int held;		/* the reader waits for a page of its own */
};

void
ui_prefetch_start(struct ui *u)
{
	const char *off = getenv("KANBAO_NO_PREFETCH");

	u->prefetch = xcalloc(1, sizeof *u->prefetch);
	u->prefetch->off = off != NULL && *off != '\0' && strcmp(off, "0") != 0;
}

static int
wanted(struct ui *u, const char *url)
{
	return prefetch_rank(u, url) != PREFETCH_NOT_WANTED;
}

const struct fetched *
ui_prefetched(struct ui *u, const char *url)
{
	struct prefetched *e = prefetch_cache_find(&u->prefetch->cache, url);

	if (e == NULL)
		return NULL;
	prefetch_cache_use(&u->prefetch->cache, e);
	return &e->f;
}

static struct prefetch_slot *
slot_of_url(struct ui *u, const char *url)
{
	struct ui_prefetch *pf = u->prefetch;

	for (int i = 0; i < UI_PREFETCH_JOBS; i++)
		if (pf->slots[i].job != NULL && strcmp(pf->slots[i].url, url) == 0)
			return &pf->slots[i];
	return NULL;
}

static void
slot_clear(struct prefetch_slot *s)
{
	free(s->url);
	story_pages_free(s->story);
	fetched_free(&s->first);
	page_free(s->page);
	memset(s, 0, sizeof *s);
}

static int
tried(const struct ui *u, const char *url)
{
	const struct ui_prefetch *pf = u->prefetch;

	for (size_t i = 0; i < pf->tried.n; i++)
		if (strcmp(pf->tried.v[i], url) == 0)
			return 1;
	return 0;
}

static fetch_done_fn prefetch_done;

/* A page of the prefetch came: a story's first page, or one of its
 * further pages, starts the fetch of the next (1); else the story is
 * whole in d, which holds it (0). */
static int
story_goes_on(struct prefetch_slot *s, struct fetch_done *d)
{
	const struct site_rules *sites = s->u->opts.sites;
	const char *next;

	if (s->story == NULL) {
		struct page *p = NULL;

		if (d->ok && (s->story = story_pages_of(&d->result, sites, &p)) == NULL &&
		    ui_pictures_shown(s->u)) {
			if (p == NULL)	/* story_pages_of saw no pager without it */
				p = fetched_page(&d->result, sites);
			if (p != NULL && p->kind == PAGE_ARTICLE)
				ui_picture_prefetch(s->u, p);
		}
		if (s->story == NULL) {
			s->page = p;	/* for whoever opens it: not extracted again */
			return 0;
		}
	}
	if ((next = story_pages_step(&s->story, &s->first, d, sites)) == NULL)
		return 0;
	s->job = fetcher_start(s->u->fetcher, next, 0, prefetch_done, s);
	return 1;
}

/* A prefetch finished: its page is kept, or goes to the load that took
 * the job over (adopted), with the completion that load gave. */
static void
prefetch_done(void *ctx, struct fetch_done *d)
{
	struct prefetch_slot *s = ctx;
	fetch_done_fn *then = s->adopted ? s->then : NULL;
	void *then_ctx = s->then_ctx;

	if (!s->adopted && s->more)	/* before the cache takes the result */
		ui_more_arrived(s->u, s->url, d);
	/* a load that took the job over before the first page came looks
	 * for the story's further pages itself, extracting it once */
	if (!s->more && !(s->adopted && s->story == NULL) && story_goes_on(s, d)) {
		if (s->adopted)	/* the load waits on the next page's job now */
			s->moved(s->then_ctx, s->job);
		return;
	}
	if (!s->adopted && d->ok) {
		prefetch_cache_keep(s->u, &s->u->prefetch->cache, &d->result, s->page);
		s->page = NULL;
	}
	slot_clear(s);
	if (then != NULL)
		then(then_ctx, d);
}

/* Starts prefetches while there are free slots and links not yet had. */
void
ui_prefetch_pump(struct ui *u)
{
	struct ui_prefetch *pf = u->prefetch;
	const char *from, *url;
	struct view *v = ui_view(u);
	struct prefetched *kept;
	int list = v != NULL && v->page->kind == PAGE_LIST;

	if ((pf->off && !list) || pf->held || v == NULL)
		return;
	from = v->page->url;
	for (size_t n = 0; (url = prefetch_candidate(u, n)) != NULL; n++) {
		struct prefetch_slot *s = NULL;

		if (list && (kept = prefetch_cache_find(&pf->cache, url)) != NULL) {
			struct fetch_done d = {0};

			d.ok = 1;
			d.result = kept->f;	/* lent: ui_more_arrived only reads it */
			prefetch_cache_use(&pf->cache, kept);
			ui_more_arrived(u, url, &d);
			return;		/* url was the list's, which has moved on */
		}
		if (*url == '\0' || !url_followable(from, url) || tried(u, url) ||
		    slot_of_url(u, url) != NULL || prefetch_cache_find(&pf->cache, url) != NULL)
			continue;
		for (int i = 0; i < UI_PREFETCH_JOBS && s == NULL; i++)
			if (pf->slots[i].job == NULL)
				s = &pf->slots[i];
		if (s == NULL)
			return;
		strlist_push(&pf->tried, xstrdup(url));
		s->url = xstrdup(url);
		s->u = u;
		s->more = list;
		s->job = fetcher_start(u->fetcher, url, 0, prefetch_done, s);
	}
}

/* The story on screen changed: prefetches its links no longer need are
 * cancelled, and its own begin. */
void
ui_prefetch_story(struct ui *u)
{
	struct ui_prefetch *pf = u->prefetch;

	for (int i = 0; i < UI_PREFETCH_JOBS; i++) {
		struct prefetch_slot *s = &pf->slots[i];

		if (s->job != NULL && !s->adopted && !wanted(u, s->url)) {
			fetcher_cancel(u->fetcher, s->job);
			slot_clear(s);
		}
	}
	strlist_free(&pf->tried);
	memset(&pf->tried, 0, sizeof pf->tried);
	ui_prefetch_pump(u);
}

void
ui_prefetch_hold(struct ui *u, int held)
{
	u->prefetch->held = held;
}

struct fetch_job *
ui_prefetch_adopt(struct ui *u, const char *url, fetch_done_fn *then, ui_moved_fn *moved,
    void *ctx)
{
	struct prefetch_slot *s = u->prefetch->off ? NULL : slot_of_url(u, url);

	if (s == NULL)
		return NULL;
	s->adopted = 1;
	s->then = then;
	s->moved = moved;
	s->then_ctx = ctx;
	return s->job;
}

void
ui_prefetch_release(struct ui *u, struct fetch_job *job)
{
	struct ui_prefetch *pf = u->prefetch;

	for (int i = 0; i < UI_PREFETCH_JOBS; i++)
		if (pf->slots[i].job == job) {
			pf->slots[i].adopted = 0;
			pf->slots[i].then = NULL;
			pf->slots[i].moved = NULL;
			pf->slots[i].then_ctx = NULL;
		}
}

void
ui_prefetch_keep(struct ui *u, struct fetched *r)
{
	prefetch_cache_keep(u, &u->prefetch->cache, r, NULL);
}

struct page *
ui_prefetch_page(struct ui *u, const struct fetched *r)
{
	return prefetch_cache_page(&u->prefetch->cache, r);
}

void
ui_prefetch_free(struct ui *u)
{
	struct ui_prefetch *pf = u->prefetch;

	for (int i = 0; i < UI_PREFETCH_JOBS; i++) {
		if (pf->slots[i].job != NULL)
			fetcher_cancel(u->fetcher, pf->slots[i].job);
		slot_clear(&pf->slots[i]);
	}
	prefetch_cache_clear(&pf->cache);
	strlist_free(&pf->tried);
	free(pf);
	u->prefetch = NULL;
}
