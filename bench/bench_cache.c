/*
 * bench_cache: what a write to the page cache costs as the cache fills,
 * and how much disk the pages take.
 *
 * Fills a new cache.db (in a temporary directory) with N pages (default
 * 10,000) through the interface the fetch core uses, one put per page as
 * a reader's or a refresh's would be, and times each put.  Prints the
 * median time of a put over the first 25 pages and over the last 25 (the
 * median: a checkpoint of the WAL, or another program on the machine,
 * makes a put now and then far slower), and their ratio (a cache whose
 * writes do not grow with it gives about 1), then the bytes of the pages
 * put against the size of the file.
 *
 * The pages are the HTML files named on the command line, each page a
 * few of them joined to about 20 KB, with a counter so that no two are
 * alike.  The bound is STORE_MAX_DEFAULT, as a reader's cache has, or
 * -m MiB: a small one makes the last writes evict.  The file is opened
 * (by a read) before the clock starts.
 *   bench_cache [-n N] [-m MiB] FILE.html...
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fetch.h"
#include "store.h"
#include "util.h"

#define PAGE_BYTES 20000
#define WINDOW 25

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Page i, marked i: PAGE_BYTES of input i (from a place of its own in
 * an input longer than that), or inputs joined from input i on. */
static char *
make_page(char **in, size_t *inlen, int nin, int i, size_t *len)
{
	char *s = xmalloc(PAGE_BYTES * 2 + 64);
	size_t k = (size_t)i % (size_t)nin, off = 0;

	*len = (size_t)sprintf(s, "<!-- page %d -->", i);
	if (inlen[k] > PAGE_BYTES)
		off = (size_t)i * 7919 % (inlen[k] - PAGE_BYTES);
	for (; *len < PAGE_BYTES; k = (k + 1) % (size_t)nin, off = 0) {
		size_t n = inlen[k] - off;

		memcpy(s + *len, in[k] + off, n > PAGE_BYTES ? PAGE_BYTES : n);
		*len += n > PAGE_BYTES ? PAGE_BYTES : n;
	}
	s[*len] = '\0';
	return s;
}

static int
by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The median of the n times at t (sorted in place). */
static double
median(double *t, size_t n)
{
	qsort(t, n, sizeof *t, by_value);
	return n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
}

static off_t
file_size(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? st.st_size : 0;
}

int
main(int argc, char **argv)
{
	char dir[] = "/tmp/kanbao-bench-cache-XXXXXX", *path, *rm, **in;
	size_t *inlen, raw = 0, kept = 0, keptraw = 0;
	double first[WINDOW], last[WINDOW], a, z;
	int n = 10000, nin = 0, argi = 1;
	size_t max = STORE_MAX_DEFAULT;
	struct store *s;
	const struct fetch_cache *c;
	struct fetched none;

	for (; argi + 1 < argc && argv[argi][0] == '-'; argi += 2) {
		if (strcmp(argv[argi], "-n") == 0)
			n = atoi(argv[argi + 1]);
		else if (strcmp(argv[argi], "-m") == 0)
			max = (size_t)atol(argv[argi + 1]) << 20;
	}
	if (argi >= argc || n < 2 * WINDOW || mkdtemp(dir) == NULL) {
		fprintf(stderr, "usage: bench_cache [-n N>=%d] [-m MiB] FILE.html...\n", 2 * WINDOW);
		return 1;
	}
	in = xcalloc((size_t)(argc - argi), sizeof *in);
	inlen = xcalloc((size_t)(argc - argi), sizeof *inlen);
	for (int i = argi; i < argc; i++)
		if ((in[nin] = read_file(argv[i], (size_t)16 << 20, &inlen[nin])) != NULL && inlen[nin] > 0)
			nin++;
	if (nin == 0)
		return 1;
	path = xasprintf("%s/cache.db", dir);
	s = store_open(path, max);
	c = store_fetch_cache(s);
	if (c->get(c->ctx, "http://bench.test/none", &none))	/* opens the file */
		fetched_free(&none);
	for (int i = 0; i < n; i++) {
		size_t len;
		char *body = make_page(in, inlen, nin, i, &len), *url = xasprintf("http://bench.test/%d", i);
		struct fetched f = {.url = url, .final_url = xstrdup(url), .status = 200,
			.charset = xstrdup("utf-8"), .content_type = xstrdup("text/html; charset=utf-8"),
			.fetched = 1700000000 + i, .body = bytes_own(body, len)};
		double t = now();

		c->put(c->ctx, &f);
		t = now() - t;
		if (i < WINDOW)
			first[i] = t;
		else if (i >= n - WINDOW)
			last[i - (n - WINDOW)] = t;
		raw += len;
		fetched_free(&f);
		if (i % 1000 == 999 && isatty(STDERR_FILENO))
			fprintf(stderr, "%d pages\r", i + 1);
	}
	for (int i = 0; i < n; i++) {	/* what stayed under the bound, read back */
		char *url = xasprintf("http://bench.test/%d", i);
		struct fetched f;

		if (c->get(c->ctx, url, &f)) {
			kept++;
			keptraw += fetched_len(&f);
			fetched_free(&f);
		}
		free(url);
	}
	store_close(s);
	a = median(first, WINDOW);
	z = median(last, WINDOW);
	printf("cache write (median): %.2f ms a page at %d pages, %.2f ms at %d pages: ratio %.2f\n",
	    a * 1000, WINDOW, z * 1000, n, z / a);
	printf("cache size: bound %zu MiB, %d pages put (%.1f MiB), %zu kept (%.1f MiB of pages);"
	    " cache.db %.1f MiB: %.2f of the bytes kept\n", max >> 20, n, raw / 1048576.0, kept,
	    keptraw / 1048576.0, file_size(path) / 1048576.0,
	    keptraw ? (double)file_size(path) / keptraw : 0.0);
	rm = xasprintf("rm -rf '%s'", dir);
	if (system(rm) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(rm);
	free(path);
	for (int i = 0; i < nin; i++)
		free(in[i]);
	free(in);
	free(inlen);
	return 0;
}
