/*
 * ui_load: the page the reader loads, and the pages that finished.
 *
 * One load at a time (struct ui_load, this file's own: its job, the URL
 * asked and its kind): a new one makes the running one give way.  A page
 * the prefetch has kept shows at once; one the prefetch is still fetching
 * is waited for (the job is adopted, and given back if the load is
 * cancelled).  A finished page goes to the function given by
 * ui_load_on_page (ui_mem.c's: extracted, remembered (read marks,
 * kanbao.db's history, a source's count) and pushed on the history; a
 * reload replaces the page of the view on screen), and a restore
 * (LOAD_RESTORE) hands its page to the function its asker gave
 * (ui_load_restore: ui_hist.c fills a view the memory budget dropped).
 *
 * A story in several pages loads whole: once its first page has come,
 * its further pages are fetched one after another (story_pages.h) before
 * it shows, the load going on meanwhile (Esc gives it up as any load).
 *
 * The load's job carries its own completion (page_done), as the
 * prefetches and the sources' counts carry theirs: the loop only calls
 * fetcher_complete().  No curses here.
 */
#include "config.h"

#include <stdlib.h>

#include <string.h>

#include "i18n.h"
#include "story_pages.h"
#include "ui_int.h"

struct ui_load {
	struct fetch_job *job;	/* or NULL: nothing loads */
	char *url;		/* the URL asked */
	enum load_kind kind;
	int adopted;		/* job is a prefetch's, taken over */
	ui_restore_fn *then;	/* LOAD_RESTORE: where the page goes, */
	size_t target;		/* for the view at this index */
	ui_loaded_fn *loaded;	/* where any other load's page goes */
	int flags;		/* of the fetch: FETCH_RELOAD */
	struct story_pages *story;	/* a story's further pages being read, */
	struct fetched first;	/* after its first page */
	/* the page extracted to learn that there was nothing to join, for
	 * ui_load_page, and the bytes it was made from */
	struct page *page;
	const struct bytes *page_bytes;
};

struct ui_load *
ui_load_new(void)
{
	return xcalloc(1, sizeof(struct ui_load));
}

void
ui_load_free(struct ui_load *l)
{
	free(l);	/* ui_cancel_load ended its job */
}

void
ui_load_on_page(struct ui *u, ui_loaded_fn *loaded)
{
	u->load->loaded = loaded;
}

enum load_kind
ui_loading(const struct ui *u)
{
	return u->load->job != NULL ? u->load->kind : LOAD_NONE;
}

size_t
ui_load_target(const struct ui *u)
{
	return u->load->target;
}

const char *
ui_load_url(const struct ui *u)
{
	return u->load->job != NULL ? u->load->url : NULL;
}

void
ui_load_progress(const struct ui *u, size_t *now, size_t *total)
{
	*now = *total = 0;
	if (u->load->job != NULL)
		fetch_job_progress(u->load->job, now, total);
}

/* The load's job, or NULL.  While there is one the prefetch starts
 * nothing, so what the reader asked for goes first. */
static void
set_job(struct ui *u, struct fetch_job *job)
{
	u->load->job = job;
	ui_prefetch_hold(u, job != NULL);
}

/* The load is over: no job, no URL. */
static void
forget(struct ui *u)
{
	struct ui_load *l = u->load;

	set_job(u, NULL);
	l->adopted = 0;
	free(l->url);
	l->url = NULL;
	story_pages_free(l->story);
	l->story = NULL;
	fetched_free(&l->first);
	page_free(l->page);
	l->page = NULL;
}

/* The story needs no join: its page, extracted to learn it, is kept for
 * ui_load_page. */
static void
keep_page(struct ui_load *l, struct page *p, const struct fetched *r)
{
	page_free(l->page);
	l->page = p;
	l->page_bytes = r->body;
}

struct page *
ui_load_page(struct ui *u, const struct fetched *r)
{
	struct ui_load *l = u->load;
	struct page *p = l->page;

	if (p == NULL || l->page_bytes != r->body || r->nmore > 0)
		return fetched_page(r, u->opts.sites);
	l->page = NULL;
	return p;
}

/* The prefetch the load took over goes on with job (a story's next
 * page): the load waits on that one now. */
static void
load_moved(void *ctx, struct fetch_job *job)
{
	struct ui *u = ctx;

	if (u->load->adopted && u->load->job != NULL)
		u->load->job = job;
}

void
ui_cancel_load(struct ui *u)
{
	struct ui_load *l = u->load;

	if (l->job == NULL)
		return;
	if (l->adopted)	/* a prefetch again: it may yet be wanted */
		ui_prefetch_release(u, l->job);
	else
		fetcher_cancel(u->fetcher, l->job);
	forget(u);
	u->dirty = 1;
}

static void load_done(struct ui *u, struct fetch_done *d);
static fetch_done_fn page_done;

/* Starts loading url; a load already running gives way.  A page fetched
 * ahead shows at once; one still being fetched ahead is waited for. */
static void
start(struct ui *u, const char *url, int flags, enum load_kind kind, ui_restore_fn *then)
{
	struct ui_load *l = u->load;
	const struct fetched *r = NULL;
	struct fetch_job *job;
	struct page *p;

	ui_cancel_load(u);
	l->url = xstrdup(url);
	l->kind = kind;
	l->then = then;
	l->flags = flags;
	u->dirty = 1;
	if (kind == LOAD_NEW && !(flags & FETCH_RELOAD) &&
	    (r = ui_prefetched(u, url)) != NULL &&
	    ((p = ui_prefetch_page(u, r)) != NULL ||
	    (l->story = story_pages_of(r, u->opts.sites, &p)) == NULL)) {
		struct fetch_done d = {0};

		keep_page(l, p, r);
		d.ok = 1;
		d.result = *r;		/* lent: load_done only reads it */
		load_done(u, &d);
		free(l->url);
		l->url = NULL;
		page_free(l->page);
		l->page = NULL;
		return;
	}
	if (l->story != NULL) {	/* kept, but not its further pages */
		fetched_copy(&l->first, r);
		set_job(u, fetcher_start(u->fetcher, story_pages_next(l->story), flags, page_done, u));
		return;
	}
	if (kind == LOAD_NEW && !(flags & FETCH_RELOAD) &&
	    (job = ui_prefetch_adopt(u, url, page_done, load_moved, u)) != NULL) {
		l->adopted = 1;
		set_job(u, job);
		return;
	}
	set_job(u, fetcher_start(u->fetcher, url, flags, page_done, u));
}

void
ui_load(struct ui *u, const char *url, int flags, enum load_kind kind)
{
	start(u, url, flags, kind, NULL);
}

/* Reads url again for the view at index, which was dropped: its page
 * goes to then. */
void
ui_load_restore(struct ui *u, const char *url, size_t index, ui_restore_fn *then)
{
	start(u, url, 0, LOAD_RESTORE, then);
	u->load->target = index;
}

static void
load_done(struct ui *u, struct fetch_done *d)
{
	struct ui_load *l = u->load;

	if (!d->ok) {
		ui_message(u, 1, "%s", d->err ? d->err : _("loading failed"));
		return;
	}
	if (l->then != NULL)	/* a view gone back to */
		l->then(u, l->target, &d->result);
	else
		l->loaded(u, l->kind, &d->result);
}

/* A page of the load came: a story's first page, or one of its further
 * pages, starts the fetch of the next one (1); else the story is whole in
 * d (0). */
static int
story_goes_on(struct ui *u, struct fetch_done *d)
{
	struct ui_load *l = u->load;
	const char *next;

	if (l->story == NULL) {
		struct page *p;

		if (!d->ok)
			return 0;
		if ((l->story = story_pages_of(&d->result, u->opts.sites, &p)) == NULL) {
			keep_page(l, p, &d->result);
			return 0;
		}
	}
	if ((next = story_pages_step(&l->story, &l->first, d, u->opts.sites)) == NULL)
		return 0;
	set_job(u, fetcher_start(u->fetcher, next, l->flags, page_done, u));
	l->adopted = 0;
	return 1;
}

/* The load finished (its own job, or the prefetch it adopted): a load
 * cancelled never gets here, as fetcher_cancel() and ui_prefetch_release()
 * drop its completion.  Every page loaded is kept with the prefetched
 * ones (so [ after ] needs no network either). */
static void
page_done(void *ctx, struct fetch_done *d)
{
	struct ui *u = ctx;
	struct ui_load *l = u->load;
	enum load_kind kind = l->kind;

	if (l->job == NULL)
		return;
	if (story_goes_on(u, d))
		return;
	set_job(u, NULL);
	l->adopted = 0;
	load_done(u, d);
	if (d->ok && kind == LOAD_NEW)
		ui_prefetch_keep(u, &d->result);
	forget(u);
	u->dirty = 1;
}
