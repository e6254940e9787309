/*
 * bench_extract: how much extraction adds to parsing.
 *
 * Loads every page named on the command line into memory, then times, in
 * the same process, (a) bare libxml2 parsing of each page: htmlReadMemory
 * of its original bytes, told the page's real charset (found beforehand,
 * untimed) so that it decodes as kanbao does and a lying <meta> cannot
 * cut the baseline short; and (b) kanbao's whole extraction from the same
 * bytes (charset detection, conversion, parsing, extraction).  Prints both, their ratio,
 * and the peak resident memory after each phase.  Ratios, not absolute
 * times, are what to compare across machines.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include <libxml/HTMLparser.h>

#include "charset.h"
#include "extract.h"
#include "util.h"

struct input {
	char *bytes, *charset;
	size_t len;
};

static void
quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long
peak_kib(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* noinline: bench/instructions.sh counts inside these two by name */
static __attribute__((noinline)) double
bench_parse(const struct input *in, size_t n, int rounds)
{
	double t0 = now();

	for (int r = 0; r < rounds; r++)
		for (size_t i = 0; i < n; i++) {
			htmlDocPtr d = htmlReadMemory(in[i].bytes, (int)in[i].len,
			    "http://bench.test/", in[i].charset, HTML_PARSE_IGNORE_ENC | HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
			    HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT);

			if (d != NULL)
				xmlFreeDoc(d);
		}
	return now() - t0;
}

static __attribute__((noinline)) double
bench_extract(const struct input *in, size_t n, int rounds)
{
	double t0 = now();

	for (int r = 0; r < rounds; r++)
		for (size_t i = 0; i < n; i++) {
			struct extract_input x = {.bytes = in[i].bytes, .len = in[i].len,
			    .url = "http://bench.test/a/page.html"};

			page_free(extract_bytes(&x));
		}
	return now() - t0;
}

int
main(int argc, char **argv)
{
	struct input *in = xcalloc((size_t)argc, sizeof *in);
	size_t n = 0, total = 0;
	int rounds = getenv("BENCH_ROUNDS") ? atoi(getenv("BENCH_ROUNDS")) : 5;
	double tp, te;
	long kib_parse, kib_extract;

	setlocale(LC_ALL, "C.UTF-8");
	for (int i = 1; i < argc; i++) {
		if ((in[n].bytes = read_file(argv[i], 64u << 20, &in[n].len)) == NULL) {
			perror(argv[i]);
			continue;
		}
		size_t ulen;

		free(charset_to_utf8(in[n].bytes, in[n].len, NULL, &ulen, &in[n].charset));
		total += in[n++].len;
	}
	xmlSetGenericErrorFunc(NULL, quiet);
	if (n == 0 || rounds < 1) {
		fprintf(stderr, "usage: bench_extract PAGE...\n");
		return 1;
	}
	bench_parse(in, n, 1);	/* warm up */
	tp = bench_parse(in, n, rounds);
	kib_parse = peak_kib();
	te = bench_extract(in, n, rounds);
	kib_extract = peak_kib();
	printf("pages: %zu (%.1f MiB), rounds: %d\n", n, (double)total / 1048576.0, rounds);
	printf("bare libxml2 parse:   %8.1f ms/round\n", tp * 1000 / rounds);
	printf("kanbao extract:       %8.1f ms/round\n", te * 1000 / rounds);
	printf("ratio extract/parse:  %8.2f  (extraction adds %.0f%%)\n", te / tp, (te / tp - 1) * 100);
	printf("peak RSS after parse: %8ld KiB; after extract: %ld KiB\n", kib_parse, kib_extract);
	for (size_t i = 0; i < n; i++) {
		free(in[i].bytes);
		free(in[i].charset);
	}
	free(in);
	return 0;
}
