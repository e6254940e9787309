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
 * The load's job carries its own completion (page_done), as the
 * prefetches and the sources' counts carry theirs: the loop only calls
 * fetcher_complete().  No curses here.
 */
#include "config.h"

#include <stdlib.h>

#include "i18n.h"
#include "ui_int.h"

struct ui_load {
	struct fetch_job *job;	/* or NULL: nothing loads */
	char *url;		/* the URL asked */
	enum load_kind kind;
	int adopted;		/* job is a prefetch's, taken over */
	ui_restore_fn *then;	/* LOAD_RESTORE: where the page goes, */
	size_t target;		/* for the view at this index */
	ui_loaded_fn *loaded;	/* where any other load's page goes */
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
	const struct fetched *r;
	struct fetch_job *job;

	ui_cancel_load(u);
	l->url = xstrdup(url);
	l->kind = kind;
	l->then = then;
	u->dirty = 1;
	if (kind == LOAD_NEW && !(flags & FETCH_RELOAD) &&
	    (r = ui_prefetched(u, url)) != NULL) {
		struct fetch_done d = {0};

		d.ok = 1;
		d.result = *r;		/* lent: load_done only reads it */
		load_done(u, &d);
		free(l->url);
		l->url = NULL;
		return;
	}
	if (kind == LOAD_NEW && !(flags & FETCH_RELOAD) &&
	    (job = ui_prefetch_adopt(u, url, page_done, u)) != NULL) {
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
	set_job(u, NULL);
	l->adopted = 0;
	load_done(u, d);
	if (d->ok && kind == LOAD_NEW)
		ui_prefetch_keep(u, &d->result);
	forget(u);
	u->dirty = 1;
}
