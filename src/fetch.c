/* fetch: reading pages; see fetch.h. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fetch.h"
#include "i18n.h"
#include "text.h"
#include "util.h"

int
fetch_is_url(const char *arg)
{
	const char *p = arg;

	if (!isalpha((unsigned char)*p))
		return 0;
	while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
		p++;
	return str_starts(p, "://");
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)tolower((unsigned char)c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The path of a file:// URL, percent-decoded; NULL if it names a host. */
static char *
file_url_path(const char *url)
{
	const char *p = url + strlen("file://");
	struct buf b = {0};

	if (str_istarts(p, "localhost/"))
		p += strlen("localhost");
	if (*p != '/')
		return NULL;
	buf_add(&b, "", 0);
	for (; *p && *p != '?' && *p != '#'; p++) {
		if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
			char ch = (char)(hexval(p[1]) * 16 + hexval(p[2]));

			if (ch == '\0')
				break;
			buf_addc(&b, ch);
			p += 2;
		} else {
			buf_addc(&b, *p);
		}
	}
	return buf_steal(&b);
}

char *
fetch_path_to_url(const char *path)
{
	char real[PATH_MAX];
	struct buf b = {0};
	const char *p = realpath(path, real) ? real : path;

	buf_adds(&b, "file://");
	if (*p != '/') {
		char cwd[PATH_MAX];

		if (getcwd(cwd, sizeof cwd) != NULL) {
			buf_adds(&b, cwd);
			buf_addc(&b, '/');
		}
	}
	for (; *p; p++) {
		unsigned char ch = (unsigned char)*p;

		if (isalnum(ch) || strchr("/-._~", ch) || ch >= 0x80)
			buf_addc(&b, (char)ch);
		else
			buf_addf(&b, "%%%02X", ch);
	}
	return buf_steal(&b);
}

/* A message quoting a name from outside: cleaned, so it cannot carry
 * escape sequences to the terminal, and shortened. */
static char *
quoted(const char *name)
{
	char *c = text_clean(name, strlen(name));

	if (strlen(c) > 200)
		strcpy(c + 197, "...");
	return c;
}

static int
fetch_file(const char *arg, const char *path, const struct fetch_opts *o,
    struct fetch_result *r, char **err)
{
	char *q;

	r->body = read_file(path, o->max_bytes, &r->len);
	if (r->body == NULL) {
		q = quoted(arg);
		*err = errno == EFBIG ?
		    xasprintf(_("%s: larger than %zu bytes"), q, o->max_bytes) :
		    xasprintf("%s: %s", q, strerror(errno));
		free(q);
		return -1;
	}
	r->url = fetch_is_url(arg) ? xstrdup(arg) : fetch_path_to_url(path);
	r->fetched = time(NULL);
	return 0;
}

int
fetch_blocking(const char *arg, const struct fetch_opts *o,
    struct fetch_result *r, char **err)
{
	char *path, *q;
	int rc;

	memset(r, 0, sizeof *r);
	*err = NULL;
	if (!fetch_is_url(arg))
		return fetch_file(arg, arg, o, r, err);
	if (str_istarts(arg, "file://")) {
		if ((path = file_url_path(arg)) == NULL) {
			q = quoted(arg);
			*err = xasprintf(_("%s: only local file URLs can be read"), q);
			free(q);
			return -1;
		}
		rc = fetch_file(arg, path, o, r, err);
		free(path);
		return rc;
	}
	q = quoted(arg);
	*err = xasprintf(_("%s: this URL scheme is not supported yet"), q);
	free(q);
	return -1;
}

void
fetch_result_free(struct fetch_result *r)
{
	free(r->body);
	free(r->url);
	free(r->charset);
	memset(r, 0, sizeof *r);
}

/*
 * The non-blocking face.  Until libcurl's multi interface is in, every job
 * completes at once through fetch_blocking(): file:// and paths only.
 */
struct fetch_job {
	struct fetch_job *next;
	struct fetch_done done;
};

struct fetcher {
	struct fetch_opts opts;
	struct fetch_job *finished;	/* oldest first */
};

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
	struct fetch_job *j, *next;

	if (f == NULL)
		return;
	for (j = f->finished; j != NULL; j = next) {
		next = j->next;
		fetch_done_free(&j->done);
		free(j);
	}
	free(f);
}

struct fetch_job *
fetcher_start(struct fetcher *f, const char *arg, int flags, void *user)
{
	struct fetch_job *j = xcalloc(1, sizeof *j), **tail;

	(void)flags;
	j->done.user = user;
	j->done.ok = fetch_blocking(arg, &f->opts, &j->done.result, &j->done.err) == 0;
	for (tail = &f->finished; *tail != NULL; tail = &(*tail)->next)
		;
	*tail = j;
	return j;
}

void
fetcher_cancel(struct fetcher *f, struct fetch_job *job)
{
	for (struct fetch_job **p = &f->finished; *p != NULL; p = &(*p)->next) {
		if (*p == job) {
			*p = job->next;
			fetch_done_free(&job->done);
			free(job);
			return;
		}
	}
}

int
fetcher_wait(struct fetcher *f, int fd, int timeout_ms)
{
	struct pollfd p = {fd, POLLIN, 0};

	if (f->finished != NULL)
		timeout_ms = 0;
	return poll(&p, 1, timeout_ms) > 0 && (p.revents & (POLLIN | POLLHUP | POLLERR));
}

int
fetcher_run(struct fetcher *f)
{
	(void)f;
	return 0;
}

void
fetch_job_progress(const struct fetch_job *job, size_t *now, size_t *total)
{
	*now = job->done.result.len;
	*total = job->done.result.len;
}

int
fetcher_done(struct fetcher *f, struct fetch_done *out)
{
	struct fetch_job *j = f->finished;

	if (j == NULL)
		return 0;
	f->finished = j->next;
	*out = j->done;
	free(j);
	return 1;
}

void
fetch_done_free(struct fetch_done *d)
{
	fetch_result_free(&d->result);
	free(d->err);
	d->err = NULL;
}
