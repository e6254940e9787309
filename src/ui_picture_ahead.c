/*
 * ui_picture_ahead: the first picture of a story fetched ahead
 * (ui_prefetch.c), kept for that story's opening, so that the picture it
 * shows is the bytes already fetched: no second request, not even the
 * cache's revalidation.  No curses here.
 *
 * A few pictures are held (AHEAD_KEEP, of an eighth of the memory budget
 * in all, the oldest out first): each one running (its job), or arrived
 * whole (its bytes).  A story opened claims its picture
 * (ui_picture_ahead_take): one on its way goes to the story's completion
 * when it comes; one arrived goes there once the frame that shows the
 * story's text is drawn (ui_picture_ahead_hand_over, from the reader's
 * loop), so that decoding it never holds the text back.  A story left
 * first lets go of its claim (ui_picture_ahead_leave) and the picture is
 * held as before.  A picture handed over is no longer held: the story's
 * picture has it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui_int.h"
#include "url.h"

#define AHEAD_KEEP 4

struct ahead {
	char *url;		/* NULL: a free slot */
	struct fetch_job *job;	/* while it is fetched */
	fetch_done_fn *then;	/* a story's picture waits on the job: */
	void *then_ctx;		/* its completion and context */
	struct fetched got;	/* arrived whole, when job is NULL */
	unsigned long started;	/* for the oldest out */
	struct ui *u;
};

struct ui_picture_ahead {
	struct ahead v[AHEAD_KEEP];
	size_t bytes;		/* of the pictures arrived */
	unsigned long clock;
};

static void
slot_clear(struct ui_picture_ahead *a, struct ahead *e)
{
	a->bytes -= fetched_len_all(&e->got);
	fetched_free(&e->got);
	free(e->url);
	memset(e, 0, sizeof *e);
}

static struct ahead *
find(struct ui_picture_ahead *a, const char *url)
{
	for (int i = 0; a != NULL && i < AHEAD_KEEP; i++)
		if (a->v[i].url != NULL && strcmp(a->v[i].url, url) == 0)
			return &a->v[i];
	return NULL;
}

/* The oldest picture arrived whole that no story claims, but for the
 * slot but (NULL: none), or NULL. */
static struct ahead *
oldest_arrived(struct ui_picture_ahead *a, const struct ahead *but)
{
	struct ahead *old = NULL;

	for (int i = 0; i < AHEAD_KEEP; i++)
		if (a->v[i].url != NULL && a->v[i].job == NULL && a->v[i].then == NULL &&
		    &a->v[i] != but && (old == NULL || a->v[i].started < old->started))
			old = &a->v[i];
	return old;
}

/* Keeps what arrived for e, within the bytes allowed; else e goes. */
static void
keep(struct ui_picture_ahead *a, struct ahead *e, struct fetch_done *d)
{
	size_t cap = ui_hist_budget(e->u) / 8, len = fetched_len_all(&d->result);
	struct ahead *old;

	if (!d->ok || len > cap) {
		slot_clear(a, e);
		return;
	}
	/* e itself, its job done, looks arrived: never the one to go */
	while (a->bytes + len > cap && (old = oldest_arrived(a, e)) != NULL)
		slot_clear(a, old);
	e->got = d->result;	/* taken: d is the fetcher's */
	memset(&d->result, 0, sizeof d->result);
	a->bytes += len;
}

/* A picture fetched ahead came, or failed: to the story that waits on
 * it, or kept. */
static void
ahead_done(void *ctx, struct fetch_done *d)
{
	struct ahead *e = ctx;
	struct ui_picture_ahead *a = e->u->picture_ahead;

	e->job = NULL;
	if (e->then != NULL) {
		e->then(e->then_ctx, d);
		slot_clear(a, e);
		return;
	}
	keep(a, e, d);
}

void
ui_picture_prefetch(struct ui *u, const struct page *p)
{
	struct ui_picture_ahead *a;
	struct ahead *e = NULL;
	const char *src = NULL;

	for (size_t i = 0; p != NULL && i < p->nblocks && src == NULL; i++)
		if (p->blocks[i].type == BLOCK_IMG && p->blocks[i].src != NULL &&
		    url_is_web(p->blocks[i].src))
			src = p->blocks[i].src;
	if (src == NULL || find(u->picture_ahead, src) != NULL)
		return;
	if (u->picture_ahead == NULL)
		u->picture_ahead = xcalloc(1, sizeof *u->picture_ahead);
	a = u->picture_ahead;
	for (int i = 0; i < AHEAD_KEEP && e == NULL; i++)
		if (a->v[i].url == NULL)
			e = &a->v[i];
	if (e == NULL && (e = oldest_arrived(a, NULL)) != NULL)
		slot_clear(a, e);
	if (e == NULL)
		return;		/* all are on the way */
	e->u = u;
	e->url = xstrdup(src);
	e->started = ++a->clock;
	e->job = fetcher_start(u->fetcher, src, FETCH_PICTURE, ahead_done, e);
}

int
ui_picture_ahead_take(struct ui *u, const char *url, fetch_done_fn *done, void *ctx,
    struct fetch_job **job)
{
	struct ahead *e = find(u->picture_ahead, url);

	if (e == NULL || e->then != NULL)
		return 0;
	e->then = done;
	e->then_ctx = ctx;
	*job = e->job;		/* NULL when arrived: handed over after the frame */
	return 1;
}

int
ui_picture_ahead_leave(struct ui *u, void *ctx)
{
	struct ui_picture_ahead *a = u->picture_ahead;

	for (int i = 0; a != NULL && i < AHEAD_KEEP; i++)
		if (a->v[i].url != NULL && a->v[i].then_ctx == ctx) {
			a->v[i].then = NULL;
			a->v[i].then_ctx = NULL;
			return a->v[i].job != NULL;
		}
	return 0;
}

int
ui_picture_ahead_hand_over(struct ui *u)
{
	struct ui_picture_ahead *a = u->picture_ahead;
	int n = 0;

	for (int i = 0; a != NULL && i < AHEAD_KEEP; i++) {
		struct ahead *e = &a->v[i];
		struct fetch_done d = {0};

		if (e->url == NULL || e->job != NULL || e->then == NULL)
			continue;
		d.ok = 1;
		d.result = e->got;	/* lent: the completion copies what it keeps */
		e->then(e->then_ctx, &d);
		slot_clear(a, e);
		n++;
	}
	return n;
}

void
ui_picture_ahead_free(struct ui *u)
{
	struct ui_picture_ahead *a = u->picture_ahead;

	if (a == NULL)
		return;
	for (int i = 0; i < AHEAD_KEEP; i++) {
		if (a->v[i].job != NULL)
			fetcher_cancel(u->fetcher, a->v[i].job);
		slot_clear(a, &a->v[i]);
	}
	free(a);
	u->picture_ahead = NULL;
}
