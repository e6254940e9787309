/*
 * ui_load: the page the reader loads, and the pages that finished.
 *
 * One load at a time (u->job, with the URL asked and its kind): a new one
 * makes the running one give way.  A page the prefetch has kept shows at
 * once; one the prefetch is still fetching is waited for (the job is
 * adopted, and given back if the load is cancelled).  A finished page is
 * extracted, remembered (read marks, kanbao.db's history, a source's
 * count) and pushed on the history; a reload replaces the page of the
 * view on screen, and a restore (LOAD_RESTORE) fills a view the memory
 * budget dropped (ui_hist.c).
 *
 * ui_load_take() takes what the fetcher finished each turn of the loop:
 * the reader's own load (told by its serial in the job's user pointer),
 * a prefetch (ui_prefetch_take) or a source's count (ui_source_done).
 * No curses here.
 */
#include "config.h"

#include <stdint.h>
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

/* Starts loading url; a load already running gives way.  A page fetched
 * ahead shows at once; one still being fetched ahead is waited for. */
void
ui_load(struct ui *u, const char *url, int flags, enum load_kind kind)
{
	const struct fetch_result *r;

	ui_cancel_load(u);
	u->job_url = xstrdup(url);
	u->job_kind = kind;
	u->job_serial++;
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
	    (u->job = ui_prefetch_adopt(u, url)) != NULL) {
		u->job_adopted = 1;
		return;
	}
	u->job = fetcher_start(u->fetcher, url, flags, (void *)(uintptr_t)u->job_serial);
}

static void
load_done(struct ui *u, struct fetch_done *d)
{
	struct page *p;
	struct view *v;

	if (!d->ok) {
		ui_message(u, 1, "%s", d->err ? d->err : _("loading failed"));
		return;
	}
	if (u->job_kind == LOAD_RESTORE) {	/* a view gone back to */
		ui_hist_restored(u, &d->result);
		return;
	}
	p = ui_extract(u, &d->result);
	ui_remember(u, u->job_url, p);
	ui_list_loaded(u, u->job_url, p);
	v = ui_view(u);
	if (u->job_kind == LOAD_RELOAD && v != NULL && v->kind == VIEW_PAGE) {
		page_free(v->page);
		v->page = p;
		ui_search_forget(u);
		ui_layout(u);
		ui_prefetch_story(u);
		ui_message(u, 0, _("Reloaded"));
	} else {
		v = ui_history_push(u, p);
	}
	/* a copy, kept for s and to go back to: d's bytes may be lent by the
	 * prefetch cache, and the caller keeps them there */
	ui_hist_keep(u, v, u->job_kind == LOAD_NEW ? u->job_url : NULL, &d->result);
	if (d->result.stale != NULL)	/* the network failed: an old copy */
		ui_message(u, 1, "%s", d->result.stale);
}

/* Takes the pages that finished loading; only the latest load counts.
 * Prefetched pages are kept, and so is every page loaded (so [ after ]
 * needs no network either). */
void
ui_load_take(struct ui *u)
{
	struct fetch_done d;
	int adopted, mine;

	while (fetcher_done(u->fetcher, &d)) {
		adopted = 0;
		if (ui_prefetch_take(u, &d, &adopted))
			mine = adopted && u->job != NULL && u->job_adopted;
		else
			mine = u->job != NULL && !u->job_adopted &&
			    d.user == (void *)(uintptr_t)u->job_serial;
		if (mine) {
			enum load_kind kind = u->job_kind;

			u->job = NULL;
			u->job_adopted = 0;
			load_done(u, &d);
			if (d.ok && kind == LOAD_NEW)
				ui_prefetch_keep(u, u->job_url, &d.result);
			free(u->job_url);
			u->job_url = NULL;
			u->dirty = 1;
		} else if (ui_source_done(u, &d)) {
			u->dirty = 1;
		}
		fetch_done_free(&d);
	}
	ui_prefetch_pump(u);
}
