/*
 * fetch: the bytes of a page, from a path, a file:// URL or (with libcurl)
 * http(s), as a struct fetched (fetched.h), which the caller owns
 * (fetched_free).
 *
 * Over the network: http and https only, redirects too (at most 10); TLS
 * is always verified; proxies come from the usual environment variables.
 * A page is a 2xx response that is not an image, a PDF or other binary:
 * anything else is an error, as a single line naming the input.  With a
 * cache (struct fetch_cache) every http(s) fetch of a cached URL is
 * revalidated with its ETag / Last-Modified and a 304 serves the copy.
 * When the server fails (5xx) or cannot be reached in time, a cached copy
 * is the result, marked stale: an old page beats an error.  A body is
 * cached only when it arrived whole (a compressed stream with its end).
 */
#ifndef KANBAO_FETCH_H
#define KANBAO_FETCH_H

#include <stddef.h>
#include <time.h>

#include "fetched.h"

#define FETCH_MAX_DEFAULT (16u << 20)	/* bytes: 16 MiB */

struct fetch_cache;

struct fetch_opts {
	size_t max_bytes;	/* larger responses are an error */
	/* seconds: connecting may take this long, and so may a stall
	 * (nothing received, or less than 1 KiB/s: a server that drips);
	 * a whole fetch, redirects included, four times this long */
	long timeout;
	int offline;		/* http(s) only from the cache, never the network */
	const struct fetch_cache *cache;	/* NULL: none; not owned */
};

/* Is arg a URL (scheme://) rather than a path? */
int fetch_is_url(const char *arg);

/* Fills r; returns 0, or -1 with *err a new message naming the input. */
int fetch_blocking(const char *arg, const struct fetch_opts *o,
    struct fetched *r, char **err);

/* file:// URL of a path (made absolute), a new string. */
char *fetch_path_to_url(const char *path);

/*
 * What the fetch core needs from a cache: store.c lends one
 * (store_fetch_cache), a test may bring its own.  Only http(s) is cached.
 */
struct fetch_cache {
	void *ctx;
	/* Fills *c with the page kept for url (the caller owns it:
	 * fetched_free; c->url is url, c->from FETCHED_CACHE) and returns 1,
	 * or 0 when url is not cached. */
	int (*get)(void *ctx, const char *url, struct fetched *c);
	/* Keeps a copy of c as the page for c->url (the URL asked for). */
	void (*put)(void *ctx, const struct fetched *c);
	/* The copy of url was found still good (304) at time t. */
	void (*fresh)(void *ctx, const char *url, time_t t);
	/* The cache's next message for the user (a lock, a full disk; the
	 * caller frees it), or NULL; may be NULL itself. */
	char *(*warning)(void *ctx);
};

/*
 * The non-blocking face, for the reader: a fetcher runs many jobs at once
 * and never blocks.  The UI loop calls fetcher_wait() instead of waiting on
 * the terminal alone, then fetcher_run(), then fetcher_complete(): each
 * finished job goes to the completion its starter gave it, as tmux's
 * job_run() does.  Nothing here draws; the UI reads progress when it draws.
 */
struct fetcher;
struct fetch_job;
struct fetch_done;

/* A job's completion: d is lent (fetcher_complete frees it afterwards;
 * take its result by moving it out and zeroing what was taken). */
typedef void fetch_done_fn(void *ctx, struct fetch_done *d);

/* FETCH_RELOAD: bypass the cache.  FETCH_FILE: a file to save (d): any
 * type, its bytes as they come (no compression asked for, no look for
 * binary), never from the cache nor into it; the result's disposition is
 * the Content-Disposition header.  Held in memory whole, as a page is, so
 * max_bytes caps it too. */
/* FETCH_PICTURE: a story's picture: any type, its bytes as they come
 * (picture.c sniffs what they are), cached as a page is. */
enum { FETCH_RELOAD = 1, FETCH_FILE = 2, FETCH_PICTURE = 4 };

struct fetcher *fetcher_new(const struct fetch_opts *o);
void fetcher_free(struct fetcher *f);	/* cancels what still runs */

/* Starts fetching arg; once finished, done(user, result) is called by
 * fetcher_complete() (done NULL: the job is only taken by fetcher_done). */
struct fetch_job *fetcher_start(struct fetcher *f, const char *arg, int flags,
    fetch_done_fn *done, void *user);

/* Cancels a job that has not finished (been handed out); its completion is
 * never called, and the job pointer is dead afterwards, as it is once the
 * job was handed out. */
void fetcher_cancel(struct fetcher *f, struct fetch_job *job);

/* Waits up to timeout_ms for network activity or for fd to be readable
 * (fd -1: none; a negative timeout: a long while); returns 1 when fd is
 * readable or hung up, 0 otherwise.  A signal ends the wait early. */
int fetcher_wait(struct fetcher *f, int fd, int timeout_ms);

/* Moves transfers forward without blocking; returns the jobs running. */
int fetcher_run(struct fetcher *f);

/* Has f set up libcurl (and TLS)?  Only its first http(s) job does. */
int fetcher_online(const struct fetcher *f);

/* Bytes received and expected (0 when unknown) for a running job. */
void fetch_job_progress(const struct fetch_job *job, size_t *now, size_t *total);

struct fetch_done {
	fetch_done_fn *done;	/* the job's completion, or NULL */
	void *user;		/* its context */
	int ok;			/* 1: result filled; 0: err filled */
	struct fetched result;
	char *err;
};

/* Takes one finished job (the caller owns result/err: fetch_done_free);
 * returns 0 when none is finished. */
int fetcher_done(struct fetcher *f, struct fetch_done *out);
void fetch_done_free(struct fetch_done *d);

/* Hands every finished job to its completion, then frees it; returns how
 * many finished.  A completion may start and cancel jobs. */
int fetcher_complete(struct fetcher *f);

#endif
