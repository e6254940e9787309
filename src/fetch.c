/*
 * fetch: reading pages; see fetch.h.  The only file that includes curl.
 *
 * One core, two faces.  A job is one input: a path or file:// URL is read
 * at once; an http(s) URL gets an easy handle from fetch_job_easy(), runs on the
 * fetcher's multi handle, and ends in fetch_job_finish(), which turns what curl
 * saw into a result or a one-line error.  fetch_blocking() is a fetcher
 * with a single job that it waits for, so --dump runs the reader's code.
 *
 * The cache is asked before a request (for validators, for the page
 * itself when offline, and for a copy to stand in should the server or
 * the network fail) and told after it (a new page, or a 304).
 */
#include "config.h"

#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>

#include "fetch_int.h"
#include "fetch_job.h"
#include "i18n.h"
#include "util.h"

/* ---- jobs ---- */

static void
job_free(struct fetch_job *j)
{
	if (j->easy != NULL) {
		curl_multi_remove_handle(j->f->multi, j->easy);
		curl_easy_cleanup(j->easy);
	}
	curl_slist_free_all(j->headers);
	buf_free(&j->body);
	fetched_free(&j->cached);
	free(j->etag);
	free(j->last_modified);
	free(j->encoding);
	free(j->disposition);
	free(j->reject_why);
	fetch_decoder_free(j->decoder);
	free(j->arg);
	fetch_done_free(&j->done);
	free(j);
}

static void
list_remove(struct fetch_job **list, struct fetch_job *j)
{
	for (; *list != NULL; list = &(*list)->next) {
		if (*list == j) {
			*list = j->next;
			j->next = NULL;
			return;
		}
	}
}

/* Files the job as finished: handed out by fetcher_done() in this order. */
static void
job_done(struct fetcher *f, struct fetch_job *j)
{
	struct fetch_job **tail;

	if (j->easy != NULL) {
		curl_multi_remove_handle(f->multi, j->easy);
		curl_easy_cleanup(j->easy);
		j->easy = NULL;
	}
	for (tail = &f->finished; *tail != NULL; tail = &(*tail)->next)
		;
	j->next = NULL;
	*tail = j;
}

/*
 * libcurl, and with it OpenSSL (2 ms: its configuration file, its tables),
 * is set up when the first http(s) job needs it, not before: a dump of
 * local files, or the demo edition, never touches the network.
 */
static CURLM *
fetcher_multi(struct fetcher *f)
{
	static int curl_ready;

	if (f->multi != NULL)
		return f->multi;
	if (!curl_ready && curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		fatal("cannot initialise libcurl");
	curl_ready = 1;
	if ((f->multi = curl_multi_init()) == NULL)
		fatal("out of memory");
	return f->multi;
}

/* An http(s) job: from the cache when offline, else onto the network. */
static void
job_start_http(struct fetcher *f, struct fetch_job *j, int flags)
{
	const struct fetch_cache *c = j->file ? NULL : f->opts.cache;

	if (c != NULL && c->get != NULL && (f->opts.offline || !(flags & FETCH_RELOAD)))
		j->have_cached = c->get(c->ctx, j->arg, &j->cached);
	if (f->opts.offline) {
		if (j->have_cached)
			fetch_job_take_cached(j);
		else
			fetch_job_fail(j, xstrdup(j->file ? _("nothing is downloaded offline") :
			    _("not in the cache (offline)")));
		job_done(f, j);
		return;
	}
	j->revalidating = j->have_cached &&
	    (j->cached.etag != NULL || j->cached.last_modified != NULL);
	fetcher_multi(f);
	j->easy = fetch_job_easy(j);
	if (curl_multi_add_handle(f->multi, j->easy) != CURLM_OK) {
		fetch_job_fail(j, xstrdup(_("cannot start the transfer")));
		job_done(f, j);
		return;
	}
	j->next = f->running;
	f->running = j;
}

struct fetch_job *
fetcher_start(struct fetcher *f, const char *arg, int flags,
    fetch_done_fn *done, void *user)
{
	struct fetch_job *j = xcalloc(1, sizeof *j);
	char *err = NULL;

	j->f = f;
	j->arg = xstrdup(arg);
	j->done.done = done;
	j->done.user = user;
	j->file = (flags & FETCH_FILE) != 0;
	j->picture = (flags & FETCH_PICTURE) != 0;
	if (fetch_is_http(arg)) {
		job_start_http(f, j, flags);
		return j;
	}
	/* a picture is no page: a file's bytes are whatever they are, as the
	 * http side takes any type for it (fetch_http.c) */
	j->done.ok = fetch_local(arg, f->opts.max_bytes, j->picture, &j->done.result, &err) == 0;
	j->done.err = err;
	job_done(f, j);
	return j;
}

void
fetcher_cancel(struct fetcher *f, struct fetch_job *job)
{
	list_remove(&f->running, job);
	list_remove(&f->finished, job);
	job_free(job);
}

/* ---- the fetcher ---- */

struct fetcher *
fetcher_new(const struct fetch_opts *o)
{
	struct fetcher *f = xcalloc(1, sizeof *f);

	f->opts = *o;
	return f;
}

void
fetcher_free(struct fetcher *f)
{
	struct fetch_job *j;

	if (f == NULL)
		return;
	while ((j = f->running) != NULL) {
		f->running = j->next;
		job_free(j);
	}
	while ((j = f->finished) != NULL) {
		f->finished = j->next;
		job_free(j);
	}
	if (f->multi != NULL)
		curl_multi_cleanup(f->multi);
	free(f);
}

/*
 * A stall is a server that sends nothing at all for the timeout.  The
 * fetcher watches for it itself: curl's low-speed limit averages the speed
 * over seconds, so it notices a stall after a burst only late, and curl
 * calls back only on its own timer ticks.
 */
static double
stall_deadline(const struct fetch_job *j)
{
	return j->heard + (double)j->f->opts.timeout;
}

/* Milliseconds until the first running job would stall, at most limit. */
static int
until_stall(const struct fetcher *f, int limit)
{
	double now = fetch_monotonic(), ms;

	for (const struct fetch_job *j = f->running; j != NULL; j = j->next) {
		ms = (stall_deadline(j) - now) * 1000 + 1;
		if (ms < limit)
			limit = ms > 0 ? (int)ms : 0;
	}
	return limit;
}

static void
end_stalled(struct fetcher *f)
{
	double now = fetch_monotonic();
	struct fetch_job *j, *next;

	for (j = f->running; j != NULL; j = next) {
		next = j->next;
		if (now < stall_deadline(j))
			continue;
		fetch_job_fail_or_stale(j, xasprintf(_("nothing received for %ld s"), f->opts.timeout));
		list_remove(&f->running, j);
		job_done(f, j);
	}
}

int
fetcher_wait(struct fetcher *f, int fd, int timeout_ms)
{
	struct curl_waitfd w = {fd, CURL_WAIT_POLLIN, 0};
	struct pollfd p = {fd, POLLIN, 0};

	if (f->finished != NULL)
		timeout_ms = 0;
	else if (timeout_ms < 0)
		timeout_ms = INT_MAX;
	timeout_ms = until_stall(f, timeout_ms);
	if (f->multi == NULL)	/* nothing on the network: wait for fd alone */
		return poll(&p, fd >= 0 ? 1 : 0, timeout_ms) > 0 &&
		    (p.revents & (POLLIN | POLLHUP | POLLERR));
	curl_multi_poll(f->multi, fd >= 0 ? &w : NULL, fd >= 0 ? 1 : 0, timeout_ms, NULL);
	if (fd < 0)
		return 0;
	/* curl reports POLLIN only; a terminal that hung up must wake the
	 * caller too, so ask poll() itself, without waiting */
	return (w.revents & CURL_WAIT_POLLIN) ||
	    (poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP | POLLERR)));
}

int
fetcher_run(struct fetcher *f)
{
	int running = 0, left;
	CURLMsg *m;
	struct fetch_job *j;
	char *priv;

	if (f->multi == NULL)	/* no http(s) job yet: nothing runs */
		return 0;
	curl_multi_perform(f->multi, &running);
	while ((m = curl_multi_info_read(f->multi, &left)) != NULL) {
		if (m->msg != CURLMSG_DONE)
			continue;
		priv = NULL;
		curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &priv);
		if ((j = (struct fetch_job *)priv) == NULL)
			continue;
		fetch_job_finish(j, m->data.result);
		list_remove(&f->running, j);
		job_done(f, j);
	}
	end_stalled(f);
	for (running = 0, j = f->running; j != NULL; j = j->next)
		running++;
	return running;
}

int
fetcher_online(const struct fetcher *f)
{
	return f->multi != NULL;
}

void
fetch_job_progress(const struct fetch_job *job, size_t *now, size_t *total)
{
	if (job->easy == NULL) {	/* finished, or never on the network */
		*now = *total = fetched_len(&job->done.result);
		return;
	}
	*now = job->now > 0 ? (size_t)job->now : 0;
	*total = job->total > 0 ? (size_t)job->total : 0;
}

int
fetcher_done(struct fetcher *f, struct fetch_done *out)
{
	struct fetch_job *j = f->finished;

	if (j == NULL)
		return 0;
	f->finished = j->next;
	*out = j->done;
	memset(&j->done, 0, sizeof j->done);
	job_free(j);
	return 1;
}

int
fetcher_complete(struct fetcher *f)
{
	struct fetch_done d;
	int n = 0;

	while (fetcher_done(f, &d)) {
		if (d.done != NULL)
			d.done(d.user, &d);
		fetch_done_free(&d);
		n++;
	}
	return n;
}

/* ---- the blocking face ---- */

int
fetch_blocking(const char *arg, const struct fetch_opts *o,
    struct fetched *r, char **err)
{
	struct fetcher *f = fetcher_new(o);
	struct fetch_done d;

	fetcher_start(f, arg, 0, NULL, NULL);
	while (!fetcher_done(f, &d)) {
		fetcher_wait(f, -1, 1000);
		fetcher_run(f);
	}
	fetcher_free(f);
	*r = d.result;
	*err = d.err;
	return d.ok ? 0 : -1;
}
