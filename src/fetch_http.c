/*
 * fetch_http: one transfer over http(s); see fetch_job.h.  The one setup
 * of an easy handle for both faces of fetch.c, what curl calls back while
 * it runs (headers, body, progress), and its end (fetch_job_finish), which
 * turns what curl saw into a result (a struct fetched, which goes to the
 * cache too) or a one-line error, and lets the cache's copy stand in,
 * marked stale, when the server or the network fails.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "fetch_int.h"
#include "fetch_job.h"
#include "i18n.h"

#define USER_AGENT PACKAGE "/" VERSION " (+terminal news reader)"
#define MAX_REDIRECTS 10L
#define STALL_BYTES_PER_SECOND 1024L
/* bytes of header lines in one response: far more than any site sends
 * (curl 7.88 allows 100 KiB a line, 300 KiB in all, and says so cryptically) */
#define HEADER_MAX (100L << 10)

/* ---- the easy handle: one setup for both faces ---- */

double
fetch_monotonic(void)
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

	j->heard = fetch_monotonic();
	if (len >= 5 && memcmp(p, "HTTP/", 5) == 0) {
		free(j->etag);
		free(j->last_modified);
		free(j->encoding);
		free(j->disposition);
		j->etag = j->last_modified = j->encoding = j->disposition = NULL;
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
	} else if (len > 20 && strncasecmp(p, "Content-Disposition:", 20) == 0) {
		free(j->disposition);
		j->disposition = fetch_header_value(p + 20, len - 20);
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
	if (j->file)	/* a file is whatever it is */
		return REJECT_NONE;
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

	j->heard = fetch_monotonic();
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
		j->heard = fetch_monotonic();
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
CURL *
fetch_job_easy(struct fetch_job *j)
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
	/* decoded by fetch_decode.c, which tells a stream cut short; a file
	 * asks for none (a .gz is to stay a .gz) */
	if (!j->file)
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
	add_header(j, "Accept", j->file ? "*/*" :
	    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
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
	j->heard = fetch_monotonic();
	return e;
}

/* ---- the end of a transfer ---- */

/* Sets the job's error: "INPUT: what", on one line. */
void
fetch_job_fail(struct fetch_job *j, char *what)
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
	const struct fetch_cache *c = j->file ? NULL : j->f->opts.cache;
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
	r->disposition = j->disposition;
	j->etag = j->last_modified = j->disposition = NULL;
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

void
fetch_job_take_cached(struct fetch_job *j)
{
	take_cached(j, NULL);
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
void
fetch_job_fail_or_stale(struct fetch_job *j, char *why)
{
	char *age;

	if (!j->have_cached) {
		fetch_job_fail(j, why);
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
	if (j->file)
		return NULL;
	curl_easy_getinfo(j->easy, CURLINFO_CONTENT_TYPE, &type);
	return fetch_sniff_binary(j->body.s, j->body.len,
	    type != NULL && fetch_type_is_text(type));
}

void
fetch_job_finish(struct fetch_job *j, CURLcode rc)
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
		fetch_job_fail_or_stale(j, why);
	else
		fetch_job_fail(j, why);
}

