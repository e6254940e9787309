/*
 * unit_store: the page cache through the interface the fetch core uses:
 * a page goes in and comes out whole, the bound drops the least recently
 * fetched pages, and a damaged or unwritable file costs one warning.
 */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fetch.h"
#include "store.h"
#include "tap.h"
#include "util.h"

static char dir[] = "/tmp/kanbao-store-XXXXXX";

static struct fetch_cached
page(const char *url, const char *body, size_t len, time_t fetched)
{
	struct fetch_cached c = {
		.url = (char *)url, .status = 200, .body = (char *)body,
		.len = len, .fetched = fetched,
	};

	return c;
}

static int
has(const struct fetch_cache *c, const char *url)
{
	struct fetch_cached got;
	int found = c->get(c->ctx, url, &got);

	fetch_cached_free(&got);
	return found;
}

static int
warnings(struct store *s)
{
	char *w;
	int n = 0;

	while ((w = store_warning(s)) != NULL) {
		printf("# warning: %s\n", w);
		free(w);
		n++;
	}
	return n;
}

static void
round_trip(void)
{
	char *path = xasprintf("%s/a/b/cache.db", dir);
	struct store *s = store_open(path, STORE_MAX_DEFAULT);
	const struct fetch_cache *c = store_fetch_cache(s);
	struct fetch_cached in = page("http://x.test/final", "a\0b<p>", 6, 1234), out;

	in.content_type = "text/html; charset=gbk";
	in.charset = "gbk";
	in.etag = "\"e1\"";
	in.last_modified = "Tue, 21 Feb 2023 05:55:38 GMT";
	tap_int(c->get(c->ctx, "http://x.test/", &out), 0, "an empty cache has nothing");
	c->put(c->ctx, "http://x.test/", &in);
	if (tap_int(c->get(c->ctx, "http://x.test/", &out), 1, "a page put in is found")) {
		tap_str(out.url, "http://x.test/final", "final URL");
		tap_int(out.status, 200, "status");
		tap_str(out.content_type, "text/html; charset=gbk", "content type");
		tap_str(out.charset, "gbk", "charset");
		tap_str(out.etag, "\"e1\"", "ETag");
		tap_str(out.last_modified, in.last_modified, "Last-Modified");
		tap_int((long)out.fetched, 1234, "time fetched");
		tap_ok(out.len == 6 && memcmp(out.body, "a\0b<p>", 6) == 0 && out.body[6] == '\0',
		    "the body, NUL bytes and all, NUL-terminated");
		fetch_cached_free(&out);
	}
	in = page("http://x.test/2", "", 0, 1235);
	c->put(c->ctx, "http://x.test/", &in);
	if (c->get(c->ctx, "http://x.test/", &out)) {
		tap_ok(out.len == 0 && out.body != NULL && out.etag == NULL,
		    "a page put again replaces the old one; an empty body is kept");
		fetch_cached_free(&out);
	}
	tap_int(warnings(s), 0, "no warning on the way");
	store_close(s);
	free(path);
}

static void
bounded(void)
{
	char *path = xasprintf("%s/bounded.db", dir), body[1000];
	struct store *s = store_open(path, 2500);
	const struct fetch_cache *c = store_fetch_cache(s);
	struct fetch_cached p;

	memset(body, 'x', sizeof body);
	p = page("http://x.test/1", body, sizeof body, 100);
	c->put(c->ctx, "http://x.test/1", &p);
	p = page("http://x.test/2", body, sizeof body, 200);
	c->put(c->ctx, "http://x.test/2", &p);
	c->fresh(c->ctx, "http://x.test/1", 300);	/* 1 is now the newer */
	p = page("http://x.test/3", body, sizeof body, 400);
	c->put(c->ctx, "http://x.test/3", &p);
	tap_ok(!has(c, "http://x.test/2"), "over the bound, the least recently fetched goes");
	tap_ok(has(c, "http://x.test/1") && has(c, "http://x.test/3"),
	    "a revalidated page counts as recent; the rest stay");
	p = page("http://x.test/big", body, sizeof body, 500);
	store_close(s);

	s = store_open(path, 500);
	c = store_fetch_cache(s);
	c->put(c->ctx, "http://x.test/big", &p);
	tap_ok(!has(c, "http://x.test/big") && !has(c, "http://x.test/1"),
	    "a page larger than the bound is not kept");
	tap_int(warnings(s), 0, "no warning for that");
	store_close(s);
	free(path);
}

static int
count_aside(const char *folder)
{
	DIR *d = opendir(folder);
	struct dirent *e;
	int n = 0;

	while (d != NULL && (e = readdir(d)) != NULL)
		n += strncmp(e->d_name, "garbage.db.corrupt-", 19) == 0;
	if (d != NULL)
		closedir(d);
	return n;
}

static void
damaged(void)
{
	char *path = xasprintf("%s/garbage.db", dir);
	FILE *f = fopen(path, "w");
	struct store *s;
	const struct fetch_cache *c;
	struct fetch_cached p = page("http://x.test/", "<p>hi", 5, 1);

	for (int i = 0; i < 500; i++)
		fputs("not a database at all ", f);
	fclose(f);
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	tap_int(c->get(c->ctx, "http://x.test/", &p), 0, "a file of garbage holds no page");
	p = page("http://x.test/", "<p>hi", 5, 1);
	c->put(c->ctx, "http://x.test/", &p);
	tap_ok(has(c, "http://x.test/"), "it was replaced by a working cache");
	tap_int(warnings(s), 1, "one warning");
	tap_int(count_aside(dir), 1, "the garbage was moved aside, not deleted");
	store_close(s);
	free(path);
}

static void
unwritable(void)
{
	char *file = xasprintf("%s/plain", dir), *path = xasprintf("%s/plain/kanbao/cache.db", dir);
	struct store *s;
	const struct fetch_cache *c;
	struct fetch_cached p = page("http://x.test/", "<p>hi", 5, 1);

	fclose(fopen(file, "w"));
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	for (int i = 0; i < 3; i++) {
		c->put(c->ctx, "http://x.test/", &p);
		c->fresh(c->ctx, "http://x.test/", 2);
	}
	tap_ok(!has(c, "http://x.test/"), "a cache under a regular file keeps nothing");
	tap_int(warnings(s), 1, "and says so once");
	store_close(s);
	free(file);
	free(path);
}

static void
default_path(void)
{
	char *p;

	setenv("XDG_CACHE_HOME", "/x/cache", 1);
	setenv("HOME", "/home/u", 1);
	tap_str(p = store_default_path(), "/x/cache/kanbao/cache.db", "XDG_CACHE_HOME");
	free(p);
	setenv("XDG_CACHE_HOME", "relative", 1);
	tap_str(p = store_default_path(), "/home/u/.cache/kanbao/cache.db", "a relative one is ignored");
	free(p);
	unsetenv("XDG_CACHE_HOME");
	tap_str(p = store_default_path(), "/home/u/.cache/kanbao/cache.db", "~/.cache without it");
	free(p);
	unsetenv("HOME");
	tap_str(p = store_default_path(), NULL, "nothing without either");
	free(p);
}

int
main(void)
{
	char *rm;

	tap_init();
	if (mkdtemp(dir) == NULL)
		return 99;
	round_trip();
	bounded();
	damaged();
	unwritable();
	default_path();
	rm = xasprintf("rm -rf '%s'", dir);
	if (system(rm) != 0)
		printf("# could not remove %s\n", dir);
	free(rm);
	return tap_done();
}
