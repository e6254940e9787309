/*
 * fetch_job: a job and the fetcher that runs it, shared by the files
 * that include curl.  fetch.c runs jobs (start, cancel, wait, run, hand
 * out, the blocking face); fetch_http.c is one transfer over http(s): the
 * easy handle and what curl calls back while it runs; fetch_finish.c its
 * end, which fills the job's result or error.  Nobody else sees these
 * structs.
 */
#ifndef KANBAO_FETCH_JOB_H
#define KANBAO_FETCH_JOB_H

#include <curl/curl.h>

#include "fetch.h"
#include "util.h"

#define FETCH_MAX_REDIRECTS 10L

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
	char *disposition;		/* its Content-Disposition */
	int file;			/* FETCH_FILE: a file to save, not a page */
	int picture;			/* FETCH_PICTURE: a picture, not a page */
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


double fetch_monotonic(void);	/* seconds, for stalls */

/* The job's easy handle, set up for its URL, its cache copy's validators
 * and the fetcher's options. */
CURL *fetch_job_easy(struct fetch_job *j);
/* The transfer ended with rc: the job's result or its error. */
void fetch_job_finish(struct fetch_job *j, CURLcode rc);
/* The job fails with "INPUT: what" (what is taken). */
void fetch_job_fail(struct fetch_job *j, char *what);
/* The server or the network failed: the cache's copy, marked stale,
 * stands in when there is one, else the job fails (why is taken). */
void fetch_job_fail_or_stale(struct fetch_job *j, char *why);
/* The cache's copy is the result (offline). */
void fetch_job_take_cached(struct fetch_job *j);

#endif
