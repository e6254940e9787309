/*
 * fetch: the bytes of a page, from a path, a file:// URL or (with libcurl)
 * http(s).  The caller owns the result (fetch_result_free).
 */
#ifndef KANBAO_FETCH_H
#define KANBAO_FETCH_H

#include <stddef.h>
#include <time.h>

#define FETCH_MAX_DEFAULT (16u << 20)	/* bytes: 16 MiB */

struct fetch_opts {
	size_t max_bytes;	/* larger responses are an error */
	long timeout;		/* seconds */
};

struct fetch_result {
	char *body;
	size_t len;
	char *url;		/* final URL (after redirects); file:// for paths */
	char *charset;		/* from Content-Type, or NULL */
	time_t fetched;
};

/* Is arg a URL (scheme://) rather than a path? */
int fetch_is_url(const char *arg);

/* Fills r; returns 0, or -1 with *err a new message naming the input. */
int fetch_blocking(const char *arg, const struct fetch_opts *o,
    struct fetch_result *r, char **err);

void fetch_result_free(struct fetch_result *r);

/* file:// URL of a path (made absolute), a new string. */
char *fetch_path_to_url(const char *path);

/*
 * The non-blocking face, for the reader: a fetcher runs many jobs at once
 * and never blocks.  The UI loop calls fetcher_wait() instead of waiting on
 * the terminal alone, then fetcher_run(), then takes finished jobs with
 * fetcher_done().  Nothing here draws; the UI reads progress when it draws.
 */
struct fetcher;
struct fetch_job;

enum { FETCH_RELOAD = 1 };	/* bypass the cache */

struct fetcher *fetcher_new(const struct fetch_opts *o);
void fetcher_free(struct fetcher *f);	/* cancels what still runs */

/* Starts fetching arg; user is handed back with the result. */
struct fetch_job *fetcher_start(struct fetcher *f, const char *arg, int flags, void *user);

/* Cancels a job that has not been handed out by fetcher_done(). */
void fetcher_cancel(struct fetcher *f, struct fetch_job *job);

/* Waits up to timeout_ms for network activity or for fd to be readable;
 * returns 1 when fd is readable, 0 otherwise. */
int fetcher_wait(struct fetcher *f, int fd, int timeout_ms);

/* Moves transfers forward without blocking; returns the jobs running. */
int fetcher_run(struct fetcher *f);

/* Bytes received and expected (0 when unknown) for a running job. */
void fetch_job_progress(const struct fetch_job *job, size_t *now, size_t *total);

struct fetch_done {
	void *user;
	int ok;			/* 1: result filled; 0: err filled */
	struct fetch_result result;
	char *err;
};

/* Takes one finished job (the caller owns result/err: fetch_done_free);
 * returns 0 when none is finished. */
int fetcher_done(struct fetcher *f, struct fetch_done *out);
void fetch_done_free(struct fetch_done *d);

#endif
