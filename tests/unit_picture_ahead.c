/*
 * unit_picture_ahead: the pictures of stories fetched ahead
 * (ui_picture_ahead.c), with the fetcher played by the test: each job's
 * completion is called when the test says the picture came.  What is
 * kept within the bytes allowed is the picture that arrived last, held
 * under its own url; the older one goes.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "../src/ui_int.h"

#define BUDGET 800		/* the pictures ahead may hold an eighth: 100 */

/* ---- the fetcher, played ---- */

struct played {
	fetch_done_fn *done;
	void *ctx;
};

static struct played jobs[16];
static size_t njobs, ncancelled;

struct fetch_job *
fetcher_start(struct fetcher *f, const char *arg, int flags, fetch_done_fn *done, void *user)
{
	(void)f;
	(void)arg;
	(void)flags;
	jobs[njobs].done = done;
	jobs[njobs].ctx = user;
	return (struct fetch_job *)&jobs[njobs++];
}

void
fetcher_cancel(struct fetcher *f, struct fetch_job *job)
{
	(void)f;
	(void)job;
	ncancelled++;
}

size_t
ui_hist_budget(const struct ui *u)
{
	(void)u;
	return BUDGET;
}

/* Job k's picture comes: len bytes. */
static void
arrive(size_t k, size_t len)
{
	struct fetch_done d;
	char *s = malloc(len + 1);

	memset(s, 'x', len);
	s[len] = '\0';
	memset(&d, 0, sizeof d);
	d.ok = 1;
	d.result.body = bytes_own(s, len);
	jobs[k].done(jobs[k].ctx, &d);
	fetched_free(&d.result);	/* as the fetcher does: what was not taken */
}

/* ---- a story's picture, as ui_picture.c takes it ---- */

static size_t got_len;
static int got_calls;

static void
story_picture(void *ctx, struct fetch_done *d)
{
	(void)ctx;
	got_calls++;
	got_len = d->ok ? fetched_len(&d->result) : 0;
}

static void
prefetch(struct ui *u, const char *src)
{
	struct block b;
	struct page p;

	memset(&b, 0, sizeof b);
	memset(&p, 0, sizeof p);
	b.type = BLOCK_IMG;
	b.src = (char *)src;
	p.blocks = &b;
	p.nblocks = 1;
	ui_picture_prefetch(u, &p);
}

int
main(void)
{
	struct ui u;
	struct fetch_job *job = NULL;
	int token;

	tap_init();
	memset(&u, 0, sizeof u);

	/* A is asked first and comes last; B, asked second, came first: both
	 * do not fit, and the older arrival (B) makes room for A */
	prefetch(&u, "https://example.org/a.png");
	prefetch(&u, "https://example.org/b.png");
	arrive(1, 60);
	arrive(0, 60);
	tap_ok(ui_picture_ahead_take(&u, "https://example.org/a.png", story_picture,
	    &token, &job) == 1 && job == NULL,
	    "the picture that came last is held, though it was asked first");
	tap_ok(ui_picture_ahead_hand_over(&u) == 1 && got_calls == 1 && got_len == 60,
	    "... and handed over whole to the story that opens");

	/* the slots are used again: nothing held is overwritten (ASan: a leak) */
	prefetch(&u, "https://example.org/c.png");
	prefetch(&u, "https://example.org/d.png");
	arrive(3, 40);
	arrive(2, 40);
	tap_ok(ui_picture_ahead_take(&u, "https://example.org/c.png", story_picture,
	    &token, &job) == 1 && ui_picture_ahead_take(&u, "https://example.org/d.png",
	    story_picture, &token + 1, &job) == 1,
	    "two pictures that fit are both held");
	ui_picture_ahead_free(&u);
	tap_ok(u.picture_ahead == NULL && ncancelled == 0, "freed, nothing running to cancel");
	return tap_done();
}
