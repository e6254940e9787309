/* unit_config: the config line format and site rule matching. */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "config_file.h"
#include "convert.h"
#include "picture.h"
#include "tap.h"

static char dir[] = "/tmp/unit_config.XXXXXX";

/* A new path in the test's directory. */
static char *
path_of(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

/* Writes text n times to a new file name; returns its path (new). */
static char *
write_file(const char *name, const char *text, size_t n)
{
	char *path = path_of(name);
	FILE *f = fopen(path, "w");

	if (f == NULL) {
		perror(path);
		exit(99);
	}
	for (size_t i = 0; i < n; i++)
		fputs(text, f);
	fclose(f);
	return path;
}

static void
test_lines(void)
{
	static const struct { const char *line; const char *error; } cases[] = {
		{"# a comment", NULL},
		{"   ", NULL},
		{"site news.example title //h1", NULL},
		{"site news.example body //div[@id='c']//p", NULL},
		{"site news.example colour //h1", "f:5: unknown field 'colour' in a site rule"},
		{"site news.example title //h1[", "f:6: invalid XPath for title: //h1["},
		{"site news.example", "f:7: usage: site HOST FIELD XPATH"},
		{"sight news.example title //h1", "f:8: unknown keyword 'sight'"},
		{"site other.example next  //a[@rel='next']  ", NULL},
	};
	struct config c = {0};
	size_t errors = 0;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		config_line(&c, "f", (int)i + 1, cases[i].line);
		if (cases[i].error == NULL) {
			tap_int((long)c.errors.n, (long)errors, cases[i].line);
			continue;
		}
		errors++;
		tap_str(c.errors.n == errors ? c.errors.v[errors - 1] : NULL, cases[i].error, cases[i].line);
	}
	tap_int((long)c.sites.n, 2, "two hosts have rules");
	tap_str(c.sites.v[0].xpath[SITE_BODY], "//div[@id='c']//p", "the XPath is the rest of the line");
	tap_str(c.sites.v[1].xpath[SITE_NEXT], "//a[@rel='next']", "trailing spaces are trimmed");
	config_free(&c);
}

static void
test_match(void)
{
	struct config c = {0};
	const struct site_rule *r;

	config_line(&c, "f", 1, "site example.test title //h1");
	config_line(&c, "f", 2, "site city.example.test title //h2");
	r = sites_match(&c.sites, "http://www.example.test/a.html");
	tap_str(r ? r->host : NULL, "example.test", "a subdomain matches its domain");
	r = sites_match(&c.sites, "https://city.example.test/a.html");
	tap_str(r ? r->host : NULL, "city.example.test", "the longest host wins");
	r = sites_match(&c.sites, "http://badexample.test/");
	tap_ok(r == NULL, "a host that only ends in the same letters does not match");
	r = sites_match(&c.sites, "file:///tmp/x.html");
	tap_ok(r == NULL, "a file URL has no host");
	r = sites_match(&c.sites, "http://WWW.City.Example.Test/");
	tap_str(r ? r->host : NULL, "city.example.test", "hosts match whatever their case");
	{
		struct buf url = {0};

		buf_adds(&url, "http://");
		for (int i = 0; i < 20000; i++)
			buf_adds(&url, "a.");
		buf_adds(&url, "example.test/");
		r = sites_match(&c.sites, url.s);
		tap_str(r ? r->host : NULL, "example.test", "a host of 20,000 labels finds its domain's rule");
		buf_free(&url);
	}
	config_free(&c);
}

static void
test_everyday(void)
{
	static const struct { const char *line; const char *error; } cases[] = {
		{"source 青禾日报 http://qinghe.example/news/", NULL},
		{"source onlyname", "f:2: usage: source NAME URL"},
		{"bind x quit", NULL},
		{"bind x", "f:4: usage: bind KEY ACTION"},
		{"color title yellow default", NULL},
		{"color title purple", "f:6: unknown colour 'purple'"},
		{"timeout 12", NULL},
		{"timeout soon", "f:8: expected a number from 1 to 86400"},
		{"cache-size 50", NULL},
		{"browser firefox --new-tab", NULL},
		{"ambiguous-width 3", "f:11: expected a number from 1 to 2"},
		{"ambiguous-width 2", NULL},
	};
	struct config c = {0};
	size_t errors = 0;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		config_line(&c, "f", (int)i + 1, cases[i].line);
		if (cases[i].error == NULL) {
			tap_int((long)c.errors.n, (long)errors, cases[i].line);
			continue;
		}
		errors++;
		tap_str(c.errors.n == errors ? c.errors.v[errors - 1] : NULL, cases[i].error, cases[i].line);
	}
	tap_int((long)c.nsources, 1, "one source");
	tap_str(c.nsources ? c.sources[0].url : NULL, "http://qinghe.example/news/", "its URL");
	tap_str(c.nbindings ? c.bindings[0].where : NULL, "f:3", "a binding remembers its line");
	tap_int(c.timeout, 12, "timeout");
	tap_int(c.cache_mib, 50, "cache size");
	tap_str(c.browser, "firefox --new-tab", "browser command with its arguments");
	tap_int(c.ambiguous_width, 2, "ambiguous width");
	config_free(&c);
}

/* 繁简 and the reading measure: good values apply, bad ones say what
 * is wanted and leave the last good one. */
static void
test_reading(void)
{
	struct config c = {0};

	config_line(&c, "f", 1, "convert t2s");
	tap_int(c.convert, CONVERT_T2S, "convert t2s");
	config_line(&c, "f", 2, "convert zh-tw");
	tap_str(c.errors.n == 1 ? c.errors.v[0] : NULL, "f:2: unknown conversion 'zh-tw' "
	    "(t2s: traditional to simplified, s2t: simplified to traditional, or none)",
	    "convert with an unknown mode names it and the modes");
	tap_int(c.convert, CONVERT_T2S, "... and the last good mode stays");
	config_line(&c, "f", 3, "convert");
	tap_str(c.errors.n == 2 ? c.errors.v[1] : NULL, "f:3: usage: convert t2s|s2t|none",
	    "convert without a mode: its usage");
	config_line(&c, "f", 4, "convert s2t");
	tap_int(c.convert, CONVERT_S2T, "convert s2t");
	config_line(&c, "f", 5, "convert none");
	tap_int(c.convert, CONVERT_NONE, "convert none");
	config_line(&c, "f", 6, "text-width 66");
	tap_int(c.text_width, 66, "text-width 66");
	config_line(&c, "f", 7, "text-width wide");
	tap_str(c.errors.n == 3 ? c.errors.v[2] : NULL, "f:7: expected a number from 0 to 10000",
	    "text-width that is not a number: the range");
	config_line(&c, "f", 8, "text-width -5");
	tap_int((long)c.errors.n, 4, "a negative text-width is a problem");
	tap_int(c.text_width, 66, "... and the last good width stays");
	config_line(&c, "f", 9, "text-width 0");
	tap_int(c.text_width, 0, "text-width 0: the full width");
	tap_int(c.images, PICTURE_AUTO, "images: auto by default");
	config_line(&c, "f", 10, "images none");
	tap_int(c.images, PICTURE_NONE, "images none");
	config_line(&c, "f", 11, "images ascii");
	tap_str(c.errors.n == 5 ? c.errors.v[4] : NULL,
	    "f:11: unknown images 'ascii' (auto, symbols, sixel, kitty or none)",
	    "images with an unknown mode names it and the modes");
	tap_int(c.images, PICTURE_NONE, "... and the last good mode stays");
	config_line(&c, "f", 12, "images symbols");
	tap_int(c.images, PICTURE_SYMBOLS, "images symbols");
	config_free(&c);
}

static void
test_missing(void)
{
	struct config c = {0};

	tap_int(config_load(&c, "/nonexistent/kanbao/config", 1), 0, "a missing default file is no error");
	tap_int(config_load(&c, "/nonexistent/kanbao/config", 0), 1, "a missing named file is one error");
	config_free(&c);
}

/* config_load() hands lines over with their newline: the last word of a
 * line must not keep it. */
static void
test_newlines(void)
{
	struct config c = {0};

	config_line(&c, "f", 1, "source 本地 file:///news/index.html\n");
	config_line(&c, "f", 2, "bind x quit\r\n");
	config_line(&c, "f", 3, "color title red\n");
	tap_int((long)c.errors.n, 0, "lines ending in a newline parse");
	tap_str(c.nsources ? c.sources[0].url : NULL, "file:///news/index.html", "a source's URL without the newline");
	tap_str(c.nbindings ? c.bindings[0].action : NULL, "quit", "a binding's action without CR LF");
	tap_str(c.ncolors ? c.colors[0].fg : NULL, "red", "a colour without the newline");
	config_free(&c);
}

/* Thousands of bad lines give the first CONFIG_MAX_ERRORS messages and
 * one that counts the rest, so nothing downstream re-joins thousands. */
static void
test_capped(void)
{
	struct config c = {0};
	char *path = write_file("bad", "bogus line\n", 16000), *want;
	int n = config_load(&c, path, 0);

	tap_int(n, 16000, "16,000 bad lines are 16,000 problems");
	tap_int((long)c.errors.n, CONFIG_MAX_ERRORS + 1, "... but only the first ten messages and a count");
	want = xasprintf("%s:10: unknown keyword 'bogus'", path);
	tap_str(c.errors.n > 9 ? c.errors.v[9] : NULL, want, "the tenth message is line 10's");
	free(want);
	want = xasprintf("… and 15990 more problems in %s", path);
	tap_str(c.errors.n > 10 ? c.errors.v[10] : NULL, want, "the last one counts the others and names the file");
	free(want);
	config_free(&c);
	free(path);

	path = write_file("bad1", "bogus\n", CONFIG_MAX_ERRORS + 1);
	config_load(&c, path, 0);
	want = xasprintf("… and 1 more problem in %s", path);
	tap_str(c.errors.n > 10 ? c.errors.v[10] : NULL, want, "one more problem is singular");
	free(want);
	config_free(&c);
	free(path);

	path = write_file("bad10", "bogus\n", CONFIG_MAX_ERRORS);
	config_load(&c, path, 0);
	tap_int((long)c.errors.n, CONFIG_MAX_ERRORS, "ten bad lines are ten messages, without a count");
	config_free(&c);
	free(path);
}

/* A line over CONFIG_MAX_LINE bytes is one message naming it; the lines
 * after it still apply. */
static void
test_long_line(void)
{
	struct config c = {0};
	char *longest = xmalloc(CONFIG_MAX_LINE + 3), *path = path_of("long"), *want;
	FILE *f = fopen(path, "w");

	memset(longest, 'x', CONFIG_MAX_LINE + 1);
	longest[0] = '#';
	longest[CONFIG_MAX_LINE] = '\0';
	fprintf(f, "%s\n", longest);			/* line 1: exactly the limit */
	longest[CONFIG_MAX_LINE] = 'x';
	longest[CONFIG_MAX_LINE + 1] = '\0';
	fprintf(f, "source a %s\n", longest);		/* line 2: over it */
	fprintf(f, "source 本地 file:///news/index.html\n");
	fprintf(f, "%s", longest);			/* line 4: over it, no newline */
	fclose(f);
	tap_int(config_load(&c, path, 0), 2, "two lines over the limit are two problems");
	want = xasprintf("%s:2: line too long (over %d bytes); skipped", path, CONFIG_MAX_LINE);
	tap_str(c.errors.n > 0 ? c.errors.v[0] : NULL, want, "a line over the limit is named by file:line");
	free(want);
	want = xasprintf("%s:4: line too long (over %d bytes); skipped", path, CONFIG_MAX_LINE);
	tap_str(c.errors.n > 1 ? c.errors.v[1] : NULL, want, "... also as the last line, without a newline");
	free(want);
	tap_int((long)c.nsources, 1, "the line after a long one applies");
	tap_str(c.nsources ? c.sources[0].name : NULL, "本地", "... whole");
	config_free(&c);
	free(longest);
	free(path);
}

/* A regular file past CONFIG_MAX_SIZE (a sparse one: no newline in it)
 * is read up to the bound and no further. */
static void
test_huge(void)
{
	struct config c = {0};
	char *path = write_file("huge", "source a http://a.example/\n", 1), *want;

	if (truncate(path, CONFIG_MAX_SIZE + 4096) != 0) {
		perror(path);
		exit(99);
	}
	tap_int(config_load(&c, path, 0), 1, "a file past the size bound is one problem");
	want = xasprintf("%s:2: the file is larger than %d MiB; the rest is not read",
	    path, CONFIG_MAX_SIZE >> 20);
	tap_str(c.errors.n > 0 ? c.errors.v[0] : NULL, want, "... that says so");
	free(want);
	tap_int((long)c.nsources, 1, "what came before the bound applies");
	config_free(&c);
	free(path);
}

static void
hung(int sig)
{
	static const char msg[] = "Bail out! config_load() still reading after 60 s\n";

	(void)sig;
	(void)!write(1, msg, sizeof msg - 1);
	_exit(1);
}

/* Only regular files are read: a directory, a FIFO with no writer, a
 * device that never ends each give one message at once. */
static void
test_not_regular(void)
{
	struct config c = {0};
	char *fifo = path_of("fifo"), *want;

	tap_int(config_load(&c, dir, 0), 1, "a directory is one problem");
	want = xasprintf("%s: is a directory, not a config file", dir);
	tap_str(c.errors.n > 0 ? c.errors.v[0] : NULL, want, "... that says it is a directory");
	free(want);
	tap_int(config_load(&c, dir, 1), 1, "... even as the default path");
	config_free(&c);

	if (mkfifo(fifo, 0600) != 0) {
		perror(fifo);
		exit(99);
	}
	tap_int(config_load(&c, fifo, 0), 1, "a FIFO is one problem, read without waiting for a writer");
	want = xasprintf("%s: not a regular file (a device, FIFO or socket); not read", fifo);
	tap_str(c.errors.n > 0 ? c.errors.v[0] : NULL, want, "... that says why");
	free(want);
	config_free(&c);
	unlink(fifo);
	free(fifo);

	tap_int(config_load(&c, "/dev/zero", 0), 1, "/dev/zero is one problem, not an endless read");
	tap_str(c.errors.n > 0 ? c.errors.v[0] : NULL,
	    "/dev/zero: not a regular file (a device, FIFO or socket); not read", "... that says why");
	config_free(&c);
}

/* Rules are found by host among many: the hash index grows with them and
 * keeps every host, case aside. */
static void
test_many_hosts(void)
{
	struct config c = {0};
	const struct site_rule *r;
	char *url, *err, *host, *want;
	size_t wrong = 0;

	for (int i = 0; i < 5000; i++) {
		host = xasprintf("h%d.Example.TEST", i);
		if (sites_set(&c.sites, host, "title", "//h1", &err) != 0)
			wrong++;
		free(host);
	}
	sites_set(&c.sites, "H17.example.test", "body", "//p", &err);
	tap_int((long)c.sites.n, 5000, "5,000 hosts, one rule each; a host in other case is the same");
	for (int i = 0; i < 5000; i++) {
		url = xasprintf("https://www.h%d.example.test/n/1.html", i);
		want = xasprintf("h%d.Example.TEST", i);
		r = sites_match(&c.sites, url);
		if (r == NULL || strcmp(r->host, want) != 0)
			wrong++;
		free(url);
		free(want);
	}
	tap_int((long)wrong, 0, "each host's URL finds its own rule");
	r = sites_match(&c.sites, "http://H17.EXAMPLE.test/");
	tap_str(r ? r->xpath[SITE_BODY] : NULL, "//p", "a rule's fields gather under one host");
	tap_ok(sites_match(&c.sites, "http://h5000.example.test/") == NULL, "a host without a rule finds none");
	config_free(&c);
}

int
main(void)
{
	tap_init();
	if (mkdtemp(dir) == NULL) {
		perror(dir);
		return 99;
	}
	test_lines();
	test_match();
	test_everyday();
	test_reading();
	test_missing();
	test_newlines();
	test_capped();
	test_long_line();
	test_huge();
	/* a guard, not a bound: a regression that waits on the FIFO or reads
	 * /dev/zero forever ends the test instead of hanging it */
	fflush(stdout);
	signal(SIGALRM, hung);
	alarm(60);
	test_not_regular();
	alarm(0);
	test_many_hosts();
	for (const char *const *f = (const char *const[]){"bad", "bad1", "bad10", "long", "huge", NULL}; *f; f++) {
		char *path = path_of(*f);

		unlink(path);
		free(path);
	}
	rmdir(dir);
	return tap_done();
}
