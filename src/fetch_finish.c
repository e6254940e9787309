/*
 * fetch_finish: the end of one transfer over http(s); see fetch_job.h.
 * fetch_job_finish turns what curl saw into a result (a struct fetched,
 * which goes to the cache too, but a file's) or a one-line error, and
 * lets the cache's copy stand in, marked stale, when the server or the
 * network fails.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fetch_int.h"
#include "fetch_job.h"
#include "i18n.h"

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
		return xasprintf(_("more than %ld redirects"), FETCH_MAX_REDIRECTS);
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
	if (j->file || j->picture)
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

