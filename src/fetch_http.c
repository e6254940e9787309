/*
 * fetch_http: one transfer over http(s) while it runs; see fetch_job.h.
 * The one setup of an easy handle for both faces of fetch.c, and what
 * curl calls back while it runs (headers, body, progress); its end is
 * fetch_finish.c's.
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
	if (j->file || j->picture)	/* a file is whatever it is */
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
	curl_easy_setopt(e, CURLOPT_MAXREDIRS, FETCH_MAX_REDIRECTS);
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
	    j->picture ? "image/webp,image/png,image/jpeg,*/*;q=0.5" :
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
