/*
 * unit_fetcher: the non-blocking face of fetch.h against tests/httpd.py.
 * Runs jobs at once through fetcher_wait / fetcher_run / fetcher_done as
 * the reader's loop does, watches progress, cancels, and plays the cache
 * with a fake one (the narrow interface is there for this).  A name lookup
 * that hangs comes from this program's own getaddrinfo(), which libcurl's
 * resolver thread calls in place of libc's.
 */
#include "config.h"

#include <dlfcn.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "fetch.h"
#include "tap.h"
#include "util.h"

#define SLOW_BYTES (20 * 10240)	/* the size of /slow.html */

static pid_t server;
static char base[64], refused[64];

/* Starts httpd.py; its first line gives the ports. */
static int
start_server(void)
{
	const char *py = getenv("PYTHON3"), *src = getenv("SRCDIR");
	char *script, line[128] = "";
	int fds[2], port = 0, closed = 0;
	FILE *f;

	script = xasprintf("%s/tests/httpd.py", src ? src : ".");
	if (pipe(fds) != 0 || (server = fork()) < 0)
		return -1;
	if (server == 0) {
		dup2(fds[1], STDOUT_FILENO);
		close(fds[0]);
		execlp(py ? py : "python3", "python3", script, "--lifetime", "60", (char *)NULL);
		_exit(127);
	}
	free(script);
	close(fds[1]);
	f = fdopen(fds[0], "r");
	if (f == NULL || fgets(line, sizeof line, f) == NULL ||
	    sscanf(line, "%d %d", &port, &closed) != 2)
		return -1;
	fclose(f);
	snprintf(base, sizeof base, "http://127.0.0.1:%d", port);
	snprintf(refused, sizeof refused, "http://127.0.0.1:%d/", closed);
	return 0;
}

static char *
url(const char *path)
{
	return xasprintf("%s%s", base, path);
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- a name lookup that hangs ---- */

#define SLOW_HOST "slow-dns.kanbao.test"
#define SLOW_LOOKUP_MS 15000	/* at most: the test lets go before */

/* written by the lookup: when it begins, and just before it returns;
 * read by it: the test letting it go */
static int lookup_began[2] = {-1, -1}, lookup_ends[2] = {-1, -1}, lookup_go[2] = {-1, -1};
static int lookup_returned;

/* libcurl's resolver thread calls this, not libc's (the program's own
 * symbols come first): SLOW_HOST answers only when the test says so, as
 * a name server that does not answer would after its timeout. */
int
getaddrinfo(const char *node, const char *service, const struct addrinfo *hints,
    struct addrinfo **res)
{
	int (*real)(const char *, const char *, const struct addrinfo *, struct addrinfo **);
	struct pollfd p = {lookup_go[0], POLLIN, 0};

	if (node != NULL && strcmp(node, SLOW_HOST) == 0 && lookup_go[0] >= 0) {
		(void)!write(lookup_began[1], "b", 1);
		poll(&p, 1, SLOW_LOOKUP_MS);
		__atomic_store_n(&lookup_returned, 1, __ATOMIC_SEQ_CST);
		(void)!write(lookup_ends[1], "e", 1);
		return EAI_AGAIN;
	}
	*(void **)&real = dlsym(RTLD_NEXT, "getaddrinfo");
	return real(node, service, hints, res);
}

/* ---- a fake cache: one page, and counts of what the core asked ---- */

struct fake {
	const char *url;	/* the one URL it holds, or NULL */
	int gets, puts, freshes;
	char *put_url, *put_etag;
};

static int
fake_get(void *ctx, const char *u, struct fetched *c)
{
	struct fake *k = ctx;

	k->gets++;
	memset(c, 0, sizeof *c);
	if (k->url == NULL || strcmp(u, k->url) != 0)
		return 0;
	c->url = xstrdup(u);
	c->final_url = xstrdup(u);
	c->status = 200;
	c->charset = xstrdup("utf-8");
	c->etag = xstrdup("\"v1\"");
	c->body = bytes_copy("<title>the cached copy</title>", 30);
	c->fetched = 1000;
	c->from = FETCHED_CACHE;
	return 1;
}

static void
fake_put(void *ctx, const struct fetched *c)
{
	struct fake *k = ctx;

	k->puts++;
	free(k->put_url);
	free(k->put_etag);
	k->put_url = xstrdup(c->url);
	k->put_etag = c->etag ? xstrdup(c->etag) : NULL;
}

static void
fake_fresh(void *ctx, const char *u, time_t t)
{
	struct fake *k = ctx;

	(void)u;
	(void)t;
	k->freshes++;
}

/* Runs the loop until n jobs are done; fills out[] in the order they end. */
static int
run_until(struct fetcher *f, int fd, struct fetch_done *out, int n, double limit)
{
	double end = now() + limit;
	int got = 0;

	while (got < n && now() < end) {
		fetcher_wait(f, fd, 200);
		fetcher_run(f);
		while (got < n && fetcher_done(f, &out[got]))
			got++;
	}
	return got;
}

static void
two_jobs_at_once(struct fetch_opts *o, int fd)
{
	struct fetcher *f = fetcher_new(o);
	char *a = url("/slow.html"), *b = url("/gbk.html");
	int ua = 1, ub = 2, saw_progress = 0, got = 0;
	struct fetch_job *ja = fetcher_start(f, a, 0, NULL, &ua);
	struct fetch_done d[2];
	size_t cur, total;
	double end = now() + 10;

	fetcher_start(f, b, 0, NULL, &ub);
	while (got < 2 && now() < end) {
		fetcher_wait(f, fd, 200);
		if (fetcher_run(f) > 0 && got == 1) {	/* only slow.html is left */
			fetch_job_progress(ja, &cur, &total);
			if (cur > 0 && cur < total && total == SLOW_BYTES)
				saw_progress = 1;
		}
		while (got < 2 && fetcher_done(f, &d[got]))
			got++;
	}
	tap_int(got, 2, "both jobs end");
	if (got == 2) {
		tap_ok(d[0].user == &ub && d[1].user == &ua, "the quick one ends first; user is handed back");
		tap_ok(d[0].ok && d[1].ok, "both succeed");
		tap_str(d[0].result.charset, "GBK", "the charset of Content-Type is passed on");
		tap_int((long)fetched_len(&d[1].result), SLOW_BYTES, "the slow page arrives whole");
		tap_str(d[1].result.final_url, a, "the final URL");
		tap_str(d[1].result.url, a, "the URL asked for");
		tap_ok(d[1].result.from == FETCHED_NETWORK && d[1].result.status == 200,
		    "from the network, with its status");
		fetch_done_free(&d[0]);
		fetch_done_free(&d[1]);
	}
	tap_ok(saw_progress, "progress shows bytes so far of the total while running");
	fetcher_free(f);
	free(a);
	free(b);
}

/* A picture beside a saved page (the demo edition's) is read for a
 * picture, and refused for a page: a PNG is no page to read. */
static void
local_picture(struct fetcher *f, int fd)
{
	char *png = xasprintf("%s/demo/images/fair.png", getenv("SRCDIR") ? getenv("SRCDIR") : ".");
	struct fetch_done d[2];

	fetcher_start(f, png, FETCH_PICTURE, NULL, NULL);
	fetcher_start(f, png, 0, NULL, NULL);
	if (tap_int(run_until(f, fd, d, 2, 10), 2, "a local PNG, read for a picture and for a page")) {
		tap_ok(d[0].ok && d[0].result.body != NULL && fetched_len(&d[0].result) > 8 &&
		    memcmp(fetched_bytes(&d[0].result), "\x89PNG", 4) == 0,
		    "for a picture: its bytes");
		tap_ok(!d[1].ok && d[1].err != NULL && strstr(d[1].err, "image/png") != NULL,
		    "for a page: not a web page (image/png)");
		fetch_done_free(&d[0]);
		fetch_done_free(&d[1]);
	}
	free(png);
}

/* Local files are read without libcurl: a dump of saved pages, or the
 * demo edition, never sets up the network and TLS (2 ms of OpenSSL). */
static void
offline_until_http(struct fetch_opts *o, int fd)
{
	struct fetcher *f = fetcher_new(o);
	char *page = xasprintf("%s/tests/data/dedecms-utf8.html",
	    getenv("SRCDIR") ? getenv("SRCDIR") : ".");
	char *file = xasprintf("file://%s", page), *http = url("/gbk.html"), *furl = NULL;
	struct fetch_done d[3];

	fetcher_start(f, page, 0, NULL, NULL);
	fetcher_start(f, file, 0, NULL, NULL);
	fetcher_start(f, "/no/such/file.html", 0, NULL, NULL);
	tap_int(run_until(f, fd, d, 3, 10), 3, "a path, a file:// URL and a missing file end");
	tap_ok(d[0].ok && d[1].ok && !d[2].ok, "read, read, and failed");
	tap_ok(d[0].ok && d[0].result.from == FETCHED_FILE && strcmp(d[0].result.url, page) == 0 &&
	    strcmp(d[0].result.final_url, (furl = fetch_path_to_url(page))) == 0,
	    "a path is asked for as given, and ends at its file:// URL");
	free(furl);
	tap_int(fetcher_online(f), 0, "without setting up libcurl");
	for (int i = 0; i < 3; i++)
		fetch_done_free(&d[i]);
	local_picture(f, fd);
	fetcher_start(f, http, 0, NULL, NULL);
	tap_ok(fetcher_online(f), "the first http job sets it up");
	if (tap_int(run_until(f, fd, d, 1, 10), 1, "and is fetched"))
		fetch_done_free(&d[0]);
	fetcher_free(f);
	free(page);
	free(file);
	free(http);
}

/* Each job carries its own completion: fetcher_complete() calls it with
 * the job's own context, once, and never for a job cancelled; a job a
 * completion starts goes to the completion it was given. */
struct completion {
	struct fetcher *f;
	const char *again;	/* started by the completion, once */
	int calls, ok, first_ok;
	size_t len;
};

static void
completed(void *ctx, struct fetch_done *d)
{
	struct completion *c = ctx;

	if (c->calls++ == 0)
		c->first_ok = d->ok;
	c->ok = d->ok;
	c->len = d->ok ? fetched_len(&d->result) : 0;
	if (c->again != NULL) {
		fetcher_start(c->f, c->again, 0, completed, c);
		c->again = NULL;
	}
}

static void
completions(struct fetch_opts *o)
{
	struct fetcher *f = fetcher_new(o);
	char *page = xasprintf("%s/tests/data/dedecms-utf8.html",
	    getenv("SRCDIR") ? getenv("SRCDIR") : ".");
	struct completion a = {.f = f}, b = {.f = f}, gone = {.f = f};

	fetcher_start(f, page, 0, completed, &a);
	fetcher_cancel(f, fetcher_start(f, page, 0, completed, &gone));
	b.again = page;
	fetcher_start(f, "/no/such/file.html", 0, completed, &b);
	/* local files end at once: the job b's completion starts ends too */
	tap_int(fetcher_complete(f), 3, "three jobs finished, the cancelled one not");
	tap_ok(a.calls == 1 && a.ok && a.len > 0, "a read page goes to its own completion");
	tap_ok(b.calls >= 1 && !b.first_ok, "a failed one goes to its own, with the error");
	tap_int(gone.calls, 0, "a cancelled job's completion is never called");
	tap_ok(b.calls == 2 && b.ok, "a job a completion started goes to the completion it was given");
	tap_int(fetcher_complete(f), 0, "nothing is left");
	fetcher_free(f);
	free(page);
}

static void
waiting(struct fetch_opts *o)
{
	struct fetcher *f = fetcher_new(o);
	int p[2];
	double t;

	if (pipe(p) != 0)
		return;
	t = now();
	tap_int(fetcher_wait(f, p[0], 150), 0, "fetcher_wait: 0 when the fd stays quiet");
	tap_ok(now() - t >= 0.1, "and it waited");
	if (write(p[1], "k", 1) != 1)
		return;
	t = now();
	tap_int(fetcher_wait(f, p[0], 5000), 1, "fetcher_wait: 1 when the fd is readable");
	tap_ok(now() - t < 1, "at once");
	close(p[1]);
	close(p[0]);
	fetcher_free(f);
}

static void
cancelling(struct fetch_opts *o, int fd)
{
	struct fetcher *f = fetcher_new(o);
	char *stall = url("/stall");
	struct fetch_job *j = fetcher_start(f, stall, 0, NULL, NULL);
	struct fetch_done d;
	int running = 0;

	for (int i = 0; i < 5; i++) {
		fetcher_wait(f, fd, 50);
		running = fetcher_run(f);
	}
	tap_int(running, 1, "a stalled job runs");
	fetcher_cancel(f, j);
	tap_int(fetcher_run(f), 0, "cancelled, it runs no more");
	tap_int(fetcher_done(f, &d), 0, "and is never handed out");

	/* a job that has ended but was not handed out yet */
	j = fetcher_start(f, "/no/such/file.html", 0, NULL, NULL);
	fetcher_cancel(f, j);
	tap_int(fetcher_done(f, &d), 0, "cancelling a finished job drops it");

	/* fetcher_free with a job still running (ASan sees leaks) */
	fetcher_start(f, stall, 0, NULL, NULL);
	fetcher_run(f);
	fetcher_free(f);
	free(stall);
}

static void
errors(struct fetch_opts *o, int fd)
{
	struct fetcher *f = fetcher_new(o);
	char *missing = url("/404");
	struct fetch_done d[2];

	fetcher_start(f, missing, 0, NULL, NULL);
	fetcher_start(f, refused, 0, NULL, NULL);
	if (tap_int(run_until(f, fd, d, 2, 10), 2, "failing jobs end too")) {
		tap_ok(!d[0].ok && !d[1].ok, "as failures");
		for (int i = 0; i < 2; i++) {
			tap_ok(d[i].err != NULL && strchr(d[i].err, '\n') == NULL &&
			    (strstr(d[i].err, missing) || strstr(d[i].err, refused)),
			    "a one-line error naming the URL");
			fetch_done_free(&d[i]);
		}
	}
	fetcher_free(f);
	free(missing);
}

/* Cancelling a job (the reader drops a prefetch) while its name lookup
 * hangs returns at once: libcurl 7.88 joins the resolver thread unless
 * told CURLOPT_QUICK_EXIT, and the reader froze for the lookup's length. */
static void
cancel_while_resolving(struct fetch_opts *o)
{
	struct fetcher *f;
	struct fetch_job *j;
	int began = 0;
	char c;

	if (pipe(lookup_began) != 0 || pipe(lookup_ends) != 0 || pipe(lookup_go) != 0)
		return;
	f = fetcher_new(o);
	j = fetcher_start(f, "http://" SLOW_HOST "/article.html", 0, NULL, NULL);
	for (int i = 0; i < 100 && !began; i++) {
		began = fetcher_wait(f, lookup_began[0], 200);
		fetcher_run(f);
	}
	if (!tap_ok(began, "the lookup of " SLOW_HOST " has begun, and hangs")) {
		fetcher_free(f);
		return;
	}
	fetcher_cancel(f, j);
	tap_int(__atomic_load_n(&lookup_returned, __ATOMIC_SEQ_CST), 0,
	    "cancelling the job returned before the lookup did");
	tap_int(fetcher_run(f), 0, "and the job runs no more");
	(void)!write(lookup_go[1], "g", 1);
	(void)!read(lookup_ends[0], &c, 1);	/* the lookup has let go */
	fetcher_free(f);
}

static void
with_cache(struct fetch_opts o, int fd)
{
	char *etag = url("/etag.html"), *plain = url("/plain.html");
	struct fake k = {.url = etag};
	struct fetch_cache c = {.ctx = &k, .get = fake_get, .put = fake_put, .fresh = fake_fresh};
	struct fetcher *f;
	struct fetch_done d;

	o.cache = &c;
	f = fetcher_new(&o);
	fetcher_start(f, etag, 0, NULL, NULL);
	if (run_until(f, fd, &d, 1, 10) == 1) {
		tap_ok(d.ok && strstr(fetched_bytes(&d.result), "the cached copy") != NULL,
		    "a 304 to the cached ETag serves the cached body");
		tap_ok(d.ok && d.result.from == FETCHED_CACHE, "... and says it came from the cache");
		tap_int(k.freshes, 1, "and tells the cache the copy is fresh");
		fetch_done_free(&d);
	}
	fetcher_start(f, etag, FETCH_RELOAD, NULL, NULL);
	if (run_until(f, fd, &d, 1, 10) == 1) {
		tap_ok(d.ok && strstr(fetched_bytes(&d.result), "海安") != NULL,
		    "FETCH_RELOAD: the server's page, not the copy");
		tap_ok(d.ok && d.result.from == FETCHED_NETWORK && d.result.etag != NULL &&
		    strcmp(d.result.etag, "\"v1\"") == 0, "... from the network, with its validator");
		tap_int(k.gets, 1, "FETCH_RELOAD does not ask the cache");
		tap_str(k.put_etag, "\"v1\"", "the new page goes to the cache with its ETag");
		tap_str(k.put_url, etag, "... kept under the URL asked for");
		fetch_done_free(&d);
	}
	fetcher_start(f, "/no/such/file.html", 0, NULL, NULL);
	run_until(f, fd, &d, 1, 10);
	fetch_done_free(&d);
	tap_int(k.gets, 1, "files never touch the cache");
	fetcher_free(f);

	o.offline = 1;
	f = fetcher_new(&o);
	fetcher_start(f, etag, 0, NULL, NULL);
	fetcher_start(f, plain, 0, NULL, NULL);
	tap_int(fetcher_run(f), 0, "offline: nothing goes to the network");
	if (run_until(f, fd, &d, 1, 1) == 1) {
		tap_ok(d.ok && strstr(fetched_bytes(&d.result), "the cached copy") != NULL &&
		    d.result.from == FETCHED_CACHE, "offline: the copy");
		tap_int((long)d.result.fetched, 1000, "with the time it was fetched");
		fetch_done_free(&d);
	}
	if (run_until(f, fd, &d, 1, 1) == 1) {
		tap_ok(!d.ok && strstr(d.err, "not in the cache") != NULL, "offline: a miss is an error");
		fetch_done_free(&d);
	}
	fetcher_free(f);
	free(k.put_url);
	free(k.put_etag);
	free(etag);
	free(plain);
}

int
main(void)
{
	struct fetch_opts o = {.max_bytes = FETCH_MAX_DEFAULT, .timeout = 5};
	int quiet[2];

	tap_init();
	setenv("LC_ALL", "C.UTF-8", 1);
	for (const char *const *v = (const char *const[]){"http_proxy", "https_proxy",
	    "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", NULL}; *v; v++)
		unsetenv(*v);
	signal(SIGPIPE, SIG_IGN);
	if (start_server() != 0 || pipe(quiet) != 0) {
		printf("1..0 # SKIP cannot start tests/httpd.py\n");
		return 0;
	}
	two_jobs_at_once(&o, quiet[0]);	/* quiet[0] plays the terminal */
	offline_until_http(&o, quiet[0]);
	completions(&o);
	waiting(&o);
	cancelling(&o, quiet[0]);
	errors(&o, quiet[0]);
	cancel_while_resolving(&o);
	with_cache(o, quiet[0]);
	kill(server, SIGTERM);
	waitpid(server, NULL, 0);
	return tap_done();
}
