/*
 * fetch: reading pages; see fetch.h.  The only file that includes curl.
 *
 * One core, two faces.  A job is one input: a path or file:// URL is read
 * at once; an http(s) URL gets an easy handle from job_easy(), runs on the
 * fetcher's multi handle, and ends in job_finish(), which turns what curl
 * saw into a result or a one-line error.  fetch_blocking() is a fetcher
 * with a single job that it waits for, so --dump runs the reader's code.
 *
 * The cache is asked before a request (for validators, for the page
 * itself when offline, and for a copy to stand in should the server or
 * the network fail) and told after it (a new page, or a 304).
 */
#include "config.h"

#include <curl/curl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "fetch.h"
#include "fetch_int.h"
#include "i18n.h"
#include "util.h"

#define USER_AGENT PACKAGE "/" VERSION " (+terminal news reader)"
#define MAX_REDIRECTS 10L
#define STALL_BYTES_PER_SECOND 1024L
/* bytes of header lines in one response: far more than any site sends
 * (curl 7.88 allows 100 KiB a line, 300 KiB in all, and says so cryptically) */
#define HEADER_MAX (100L << 10)

/* Why a job stopped its own transfer (a callback returned 0). */
enum reject {
	REJECT_NONE, REJECT_STATUS, REJECT_TYPE, REJECT_SIZE, REJECT_HEADER,
	REJECT_ENCODING, REJECT_CORRUPT
};

struct fetch_job {
	struct fetch_job *next;		/* in the running or finished list */
	struct fetcher *f;
	char *arg;			/* the input as given: messages, cache key */
	CURL *easy;			/* NULL once finished */
	struct curl_slist *headers;
	struct buf body;
	struct fetched cached;		/* the cache's copy, when have_cached */
	int have_cached, revalidating;
	char *etag, *last_modified;	/* of the latest response */
	char *encoding;			/* its Content-Encoding */
	size_t header_bytes;		/* its header lines so far */
	int started;			/* its body has begun */
	struct fetch_decoder *decoder;	/* its Content-Encoding, or NULL */
	size_t raw;			/* bytes of body before decoding */
	enum reject reject;
	long reject_status;
	char *reject_why;		/* REJECT_ENCODING's message */
	curl_off_t now, total;		/* progress, in bytes on the wire */
	double heard;			/* when the server last sent anything */
	char errbuf[CURL_ERROR_SIZE];
	struct fetch_done done;
};

struct fetcher {
	struct fetch_opts opts;
	CURLM *multi;			/* made with the first http(s) job */
	struct fetch_job *running;
	struct fetch_job *finished;	/* oldest first */
};

/* ---- the easy handle: one setup for both faces ---- */

static double
monotonic(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Keeps the validators and the encoding of the latest response; a status
 * line starts a new response (after a redirect), so it forgets the
 * earlier ones.  Headers past HEADER_MAX stop the transfer. */
static size_t
on_header(char *p, size_t size, size_t n, void *arg)
{
	struct fetch_job *j = arg;
	size_t len = size * n;

	j->heard = monotonic();
	if (len >= 5 && memcmp(p, "HTTP/", 5) == 0) {
		free(j->etag);
		free(j->last_modified);
		free(j->encoding);
		j->etag = j->last_modified = j->encoding = NULL;
		j->header_bytes = 0;
	}
	if ((j->header_bytes += len) > HEADER_MAX) {
		j->reject = REJECT_HEADER;
		return 0;
	}
	if (len > 5 && strncasecmp(p, "ETag:", 5) == 0) {
		free(j->etag);
		j->etag = fetch_header_value(p + 5, len - 5);
	} else if (len > 14 && strncasecmp(p, "Last-Modified:", 14) == 0) {
		free(j->last_modified);
		j->last_modified = fetch_header_value(p + 14, len - 14);
	} else if (len > 17 && strncasecmp(p, "Content-Encoding:", 17) == 0) {
		free(j->encoding);
		j->encoding = fetch_header_value(p + 17, len - 17);
	}
	return len;
}

/* Looks at the response once its body starts: an HTTP error or a type
 * that is no page stops the transfer instead of reading it all. */
static enum reject
check_response(struct fetch_job *j)
{
	char *type = NULL;

	curl_easy_getinfo(j->easy, CURLINFO_RESPONSE_CODE, &j->reject_status);
	if (j->reject_status >= 400)
		return REJECT_STATUS;
	curl_easy_getinfo(j->easy, CURLINFO_CONTENT_TYPE, &type);
	if (type != NULL && !fetch_type_is_page(type))
		return REJECT_TYPE;
	return REJECT_NONE;
}

/* The first bytes of the body: is it a page, and how is it encoded? */
static enum reject
body_starts(struct fetch_job *j)
{
	enum reject r = check_response(j);

	if (r == REJECT_NONE &&
	    fetch_decoder_new(j->encoding, &j->decoder, &j->reject_why) != 0)
		r = REJECT_ENCODING;
	return r;
}

static size_t
on_body(char *p, size_t size, size_t n, void *arg)
{
	struct fetch_job *j = arg;
	size_t len = size * n, max = j->f->opts.max_bytes;

	j->heard = monotonic();
	if (!j->started) {
		j->started = 1;
		if ((j->reject = body_starts(j)) != REJECT_NONE)
			return 0;
	}
	j->raw += len;
	if (j->decoder != NULL) {
		switch (fetch_decoder_add(j->decoder, p, len, &j->body, max)) {
		case FETCH_DECODE_CORRUPT:
			j->reject = REJECT_CORRUPT;
			return 0;
		case FETCH_DECODE_TOO_BIG:
			j->reject = REJECT_SIZE;
			return 0;
		}
		return len;
	}
	if (j->body.len + len > max) {
		j->reject = REJECT_SIZE;
		return 0;
	}
	buf_add(&j->body, p, len);
	return len;
}

/* Records progress; bytes on the wire are news from the server even when
 * the decoder has nothing to write yet. */
static int
on_progress(void *arg, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
    curl_off_t ulnow)
{
	struct fetch_job *j = arg;

	(void)ultotal;
	(void)ulnow;
	if (dlnow > j->now)
		j->heard = monotonic();
	j->now = dlnow;
	j->total = dltotal;
	return 0;
}

static void
add_header(struct fetch_job *j, const char *name, const char *value)
{
	char *line = xasprintf("%s: %s", name, value);
	struct curl_slist *l = curl_slist_append(j->headers, line);

	free(line);
	if (l == NULL)
		fatal("out of memory");
	j->headers = l;
}

static void
set_protocols(CURL *e)
{
#if LIBCURL_VERSION_NUM >= 0x075500	/* 7.85: the string forms */
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(e, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
}

/* The one place a transfer is configured, for both faces.  Proxies are
 * left to libcurl, which reads http_proxy, https_proxy and no_proxy. */
static CURL *
job_easy(struct fetch_job *j)
{
	const struct fetch_opts *o = &j->f->opts;
	CURL *e = curl_easy_init();

	if (e == NULL)
		fatal("out of memory");
	curl_easy_setopt(e, CURLOPT_URL, j->arg);
	curl_easy_setopt(e, CURLOPT_PRIVATE, j);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, j->errbuf);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075700	/* 7.87 */
	/* cancelling a job whose name lookup still runs must not wait for the
	 * resolver thread (curl joins it otherwise: seconds, a frozen reader) */
	curl_easy_setopt(e, CURLOPT_QUICK_EXIT, 1L);
#endif
	set_protocols(e);
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(e, CURLOPT_MAXREDIRS, MAX_REDIRECTS);
	/* decoded by fetch_decode.c, which tells a stream cut short */
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
	curl_easy_setopt(e, CURLOPT_HTTP_CONTENT_DECODING, 0L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, o->timeout);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, STALL_BYTES_PER_SECOND);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, o->timeout);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, o->timeout * 4);
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_bytes);
	curl_easy_setopt(e, CURLOPT_USERAGENT, USER_AGENT);
	add_header(j, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
	add_header(j, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
	if (j->revalidating && j->cached.etag != NULL)
		add_header(j, "If-None-Match", j->cached.etag);
	if (j->revalidating && j->cached.last_modified != NULL)
		add_header(j, "If-Modified-Since", j->cached.last_modified);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, j->headers);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, j);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, j);
	curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(e, CURLOPT_XFERINFODATA, j);
	curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
	j->heard = monotonic();
	return e;
}

/* ---- the end of a transfer ---- */

/* Sets the job's error: "INPUT: what", on one line. */
static void
job_fail(struct fetch_job *j, char *what)
{
	char *q = fetch_quoted(j->arg);

	j->done.ok = 0;
	j->done.err = xasprintf("%s: %s", q, what);
	free(q);
	free(what);
}

/* curl's own ways of saying the headers were too large: 7.88 fails a
 * line over 100 KiB as out of memory, and over 300 KiB in all with
 * "Too large response headers: N > 307200". */
static int
header_too_large(const struct fetch_job *j, CURLcode rc)
{
	return (rc == CURLE_OUT_OF_MEMORY && !j->started) ||
	    (rc == CURLE_RECV_ERROR && strstr(j->errbuf, "response headers") != NULL);
}

static char *
curl_reason(struct fetch_job *j, CURLcode rc)
{
	const struct fetch_opts *o = &j->f->opts;
	long redirects = 0;
	curl_off_t spent = 0;

	if (header_too_large(j, rc))
		return xstrdup(_("response header too large"));
	switch (rc) {
	case CURLE_OPERATION_TIMEDOUT:
		curl_easy_getinfo(j->easy, CURLINFO_TOTAL_TIME_T, &spent);
		return xasprintf(_("timed out after %ld s"), (long)((spent + 500000) / 1000000));
	case CURLE_TOO_MANY_REDIRECTS:
		return xasprintf(_("more than %ld redirects"), MAX_REDIRECTS);
	case CURLE_FILESIZE_EXCEEDED:
		return xasprintf(_("larger than %zu bytes"), o->max_bytes);
	case CURLE_UNSUPPORTED_PROTOCOL:
		curl_easy_getinfo(j->easy, CURLINFO_REDIRECT_COUNT, &redirects);
		if (redirects > 0)
			return xstrdup(_("redirected to a URL that is not http or https"));
		break;
	default:
		break;
	}
	return fetch_quoted(j->errbuf[0] ? j->errbuf : curl_easy_strerror(rc));
}

/* The response is the page: it becomes the result, and the cache's. */
static void
job_take_body(struct fetch_job *j, long status)
{
	const struct fetch_cache *c = j->f->opts.cache;
	struct fetched *r = &j->done.result;
	char *url = NULL, *type = NULL;
	size_t len = j->body.len;

	curl_easy_getinfo(j->easy, CURLINFO_EFFECTIVE_URL, &url);
	curl_easy_getinfo(j->easy, CURLINFO_CONTENT_TYPE, &type);
	r->url = xstrdup(j->arg);
	r->final_url = xstrdup(url ? url : j->arg);
	r->body = bytes_own(buf_steal(&j->body), len);
	r->charset = type ? fetch_type_charset(type) : NULL;
	r->content_type = type ? xstrdup(type) : NULL;
	r->etag = j->etag;
	r->last_modified = j->last_modified;
	j->etag = j->last_modified = NULL;
	r->status = status;
	r->fetched = time(NULL);
	r->from = FETCHED_NETWORK;
	j->done.ok = 1;
	if (c != NULL && c->put != NULL)
		c->put(c->ctx, r);
}

/* The cache's copy becomes the result; final_url (when not NULL) where
 * the request ended now. */
static void
take_cached(struct fetch_job *j, const char *final_url)
{
	struct fetched *r = &j->done.result;

	*r = j->cached;
	memset(&j->cached, 0, sizeof j->cached);
	if (r->body == NULL)
		r->body = bytes_own(NULL, 0);
	if (final_url != NULL) {
		free(r->final_url);
		r->final_url = xstrdup(final_url);
	}
	r->from = FETCHED_CACHE;
	j->done.ok = 1;
}

/* A 304 to our validators: the cached copy is the page. */
static void
job_take_cached(struct fetch_job *j)
{
	const struct fetch_cache *c = j->f->opts.cache;
	char *url = NULL;

	curl_easy_getinfo(j->easy, CURLINFO_EFFECTIVE_URL, &url);
	take_cached(j, url);
	j->done.result.fetched = time(NULL);
	if (c->fresh != NULL)
		c->fresh(c->ctx, j->arg, j->done.result.fetched);
}

/* The error of a transfer the job stopped itself, or NULL. */
static char *
rejection(struct fetch_job *j, CURLcode rc)
{
	char *type = NULL;

	if (rc != CURLE_WRITE_ERROR)
		return NULL;
	switch (j->reject) {
	case REJECT_STATUS:
		return xasprintf(_("HTTP status %ld"), j->reject_status);
	case REJECT_TYPE:
		curl_easy_getinfo(j->easy, CURLINFO_CONTENT_TYPE, &type);
		return fetch_not_a_page(type);
	case REJECT_SIZE:
		return curl_reason(j, CURLE_FILESIZE_EXCEEDED);
	case REJECT_HEADER:
		return xstrdup(_("response header too large"));
	case REJECT_ENCODING:
		return xstrdup(j->reject_why);
	case REJECT_CORRUPT:
		return xasprintf(_("corrupt %s body"), fetch_decoder_name(j->decoder));
	case REJECT_NONE:
		break;
	}
	return NULL;
}

/* The server failed, or the network: the cache's copy, marked stale,
 * stands in when there is one (why is taken). */
static void
job_fail_or_stale(struct fetch_job *j, char *why)
{
	char *age;

	if (!j->have_cached) {
		job_fail(j, why);
		return;
	}
	age = fetch_age((long)(time(NULL) - j->cached.fetched));
	take_cached(j, NULL);
	j->done.result.stale = xasprintf(_("showing the copy cached %s ago: %s"), age, why);
	free(age);
	free(why);
}

/* Failures of the moment, the server's or the network's, which an old
 * copy may stand in for; not a page that is gone (4xx) or refused. */
static int
passing_failure(CURLcode rc)
{
	switch (rc) {
	case CURLE_COULDNT_RESOLVE_PROXY:
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_CONNECT:
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_SEND_ERROR:
	case CURLE_RECV_ERROR:
	case CURLE_GOT_NOTHING:
	case CURLE_PARTIAL_FILE:
		return 1;
	default:
		return 0;
	}
}

/* The error of a response that came whole, or NULL; *passing as above. */
static char *
response_error(struct fetch_job *j, long status, int *passing)
{
	char *type = NULL;

	*passing = 1;
	if (status < 200 || status > 299) {
		*passing = status >= 500;
		return xasprintf(_("HTTP status %ld"), status);
	}
	/* an encoded body that stops before its stream's end was cut short,
	 * however whole the transfer looked (a Content-Length that matches) */
	if (j->decoder != NULL && j->raw > 0 && !fetch_decoder_ended(j->decoder))
		return xasprintf(_("body cut short (the %s stream has no end)"),
		    fetch_decoder_name(j->decoder));
	*passing = 0;
	curl_easy_getinfo(j->easy, CURLINFO_CONTENT_TYPE, &type);
	return fetch_sniff_binary(j->body.s, j->body.len,
	    type != NULL && fetch_type_is_text(type));
}

static void
job_finish(struct fetch_job *j, CURLcode rc)
{
	long status = 0;
	char *why = rejection(j, rc);
	int passing = 0;

	curl_easy_getinfo(j->easy, CURLINFO_RESPONSE_CODE, &status);
	if (why != NULL) {
		passing = j->reject == REJECT_CORRUPT ||
		    (j->reject == REJECT_STATUS && j->reject_status >= 500);
	} else if (rc != CURLE_OK) {
		why = curl_reason(j, rc);
		passing = passing_failure(rc) && !header_too_large(j, rc);
	} else if (status == 304 && j->revalidating) {
		job_take_cached(j);
		return;
	} else if ((why = response_error(j, status, &passing)) == NULL) {
		job_take_body(j, status);
		return;
	}
	if (passing)
		job_fail_or_stale(j, why);
	else
		job_fail(j, why);
}

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
	const struct fetch_cache *c = f->opts.cache;

	if (c != NULL && c->get != NULL && (f->opts.offline || !(flags & FETCH_RELOAD)))
		j->have_cached = c->get(c->ctx, j->arg, &j->cached);
	if (f->opts.offline) {
		if (j->have_cached)
			take_cached(j, NULL);
		else
			job_fail(j, xstrdup(_("not in the cache (offline)")));
		job_done(f, j);
		return;
	}
	j->revalidating = j->have_cached &&
	    (j->cached.etag != NULL || j->cached.last_modified != NULL);
	fetcher_multi(f);
	j->easy = job_easy(j);
	if (curl_multi_add_handle(f->multi, j->easy) != CURLM_OK) {
		job_fail(j, xstrdup(_("cannot start the transfer")));
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
	if (fetch_is_http(arg)) {
		job_start_http(f, j, flags);
		return j;
	}
	j->done.ok = fetch_local(arg, f->opts.max_bytes, &j->done.result, &err) == 0;
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
	double now = monotonic(), ms;

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
	double now = monotonic();
	struct fetch_job *j, *next;

	for (j = f->running; j != NULL; j = next) {
		next = j->next;
		if (now < stall_deadline(j))
			continue;
		job_fail_or_stale(j, xasprintf(_("nothing received for %ld s"), f->opts.timeout));
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
		job_finish(j, m->data.result);
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
