/*
 * ui_load: the page the reader loads, and the pages that finished.
 *
 * One load at a time (u->job, with the URL asked and its kind): a new one
 * makes the running one give way.  A page the prefetch has kept shows at
 * once; one the prefetch is still fetching is waited for (the job is
 * adopted, and given back if the load is cancelled).  A finished page
 * goes to u->page_loaded (ui_mem.c: extracted, remembered (read marks,
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

void
ui_cancel_load(struct ui *u)
{
	if (u->job == NULL)
		return;
	if (u->job_adopted)	/* a prefetch again: it may yet be wanted */
		ui_prefetch_release(u, u->job);
	else
		fetcher_cancel(u->fetcher, u->job);
	u->job = NULL;
	u->job_adopted = 0;
	free(u->job_url);
	u->job_url = NULL;
	u->dirty = 1;
}

static void load_done(struct ui *u, struct fetch_done *d);
static fetch_done_fn page_done;

/* Starts loading url; a load already running gives way.  A page fetched
 * ahead shows at once; one still being fetched ahead is waited for. */
static void
start(struct ui *u, const char *url, int flags, enum load_kind kind, ui_restore_fn *then)
{
	const struct fetched *r;

	ui_cancel_load(u);
	u->job_url = xstrdup(url);
	u->job_kind = kind;
	u->job_then = then;
	u->dirty = 1;
	if (kind == LOAD_NEW && !(flags & FETCH_RELOAD) &&
	    (r = ui_prefetched(u, url)) != NULL) {
		struct fetch_done d = {0};

		d.ok = 1;
		d.result = *r;		/* lent: load_done only reads it */
		load_done(u, &d);
		free(u->job_url);
		u->job_url = NULL;
		return;
	}
	if (kind == LOAD_NEW && !(flags & FETCH_RELOAD) &&
	    (u->job = ui_prefetch_adopt(u, url, page_done, u)) != NULL) {
		u->job_adopted = 1;
		return;
	}
	u->job = fetcher_start(u->fetcher, url, flags, page_done, u);
}

void
ui_load(struct ui *u, const char *url, int flags, enum load_kind kind)
{
	start(u, url, flags, kind, NULL);
}

/* Reads url again for a view that was dropped: its page goes to then. */
void
ui_load_restore(struct ui *u, const char *url, ui_restore_fn *then)
{
	start(u, url, 0, LOAD_RESTORE, then);
}

static void
load_done(struct ui *u, struct fetch_done *d)
{
	if (!d->ok) {
		ui_message(u, 1, "%s", d->err ? d->err : _("loading failed"));
		return;
	}
	if (u->job_then != NULL)	/* a view gone back to */
		u->job_then(u, &d->result);
	else
		u->page_loaded(u, u->job_kind, &d->result);
}

/* The load finished (its own job, or the prefetch it adopted): a load
 * cancelled never gets here, as fetcher_cancel() and ui_prefetch_release()
 * drop its completion.  Every page loaded is kept with the prefetched
 * ones (so [ after ] needs no network either). */
static void
page_done(void *ctx, struct fetch_done *d)
{
	struct ui *u = ctx;
	enum load_kind kind = u->job_kind;

	if (u->job == NULL)
		return;
	u->job = NULL;
	u->job_adopted = 0;
	load_done(u, d);
	if (d->ok && kind == LOAD_NEW)
		ui_prefetch_keep(u, &d->result);
	free(u->job_url);
	u->job_url = NULL;
	u->dirty = 1;
}
