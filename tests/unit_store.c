/*
 * unit_store: the page cache through the interface the fetch core uses:
 * a page goes in and comes out whole, the bound drops the least recently
 * fetched pages, and a damaged or unwritable file costs one warning.  A
 * file that is another program's SQLite database, or a newer kanbao's
 * cache, is never written; a full disk says so and leaves no WAL behind.
 */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fetch.h"
#include "store.h"
#include "sqlite_test.h"
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

/* How many files in folder are name moved aside (name.corrupt-TIME)? */
static int
count_aside(const char *folder, const char *name)
{
	char *aside = xasprintf("%s.corrupt-", name);
	DIR *d = opendir(folder);
	struct dirent *e;
	int n = 0;

	while (d != NULL && (e = readdir(d)) != NULL)
		n += strncmp(e->d_name, aside, strlen(aside)) == 0;
	free(aside);
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
	tap_int(count_aside(dir, "garbage.db"), 1, "the garbage was moved aside, not deleted");
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

static char *
slurp(const char *path, size_t *len)
{
	char *s = read_file(path, (size_t)64 << 20, len);

	if (s == NULL)		/* a directory: it stays one */
		*len = strlen(s = xstrdup("(not a file)"));
	return s;
}

/* The cache at dir/name, made by statements (NULL: as it is), is not
 * kanbao's: nothing is cached, one warning says want, the file is as it was. */
static void
not_ours(const char *name, const char *statements, const char *want, const char *what)
{
	char *path = xasprintf("%s/%s", dir, name), *before, *after, *w;
	size_t lb, la;
	struct store *s;
	const struct fetch_cache *c;
	struct fetch_cached p = page("http://x.test/", "<p>hi", 5, 1);
	int said;

	if (statements != NULL)
		sql(path, statements);
	before = slurp(path, &lb);
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	c->put(c->ctx, "http://x.test/", &p);
	c->fresh(c->ctx, "http://x.test/", 2);
	tap_ok(!has(c, "http://x.test/"), what);
	w = store_warning(s);
	said = w != NULL && strstr(w, want) != NULL && strstr(w, path) != NULL && store_warning(s) == NULL;
	if (!tap_ok(said, "... one warning names the file and says why"))
		printf("#   said: %s\n", w ? w : "nothing");
	store_close(s);
	after = slurp(path, &la);
	tap_ok(la == lb && memcmp(before, after, la) == 0, "... the file is byte for byte as it was");
	free(w);
	free(before);
	free(after);
	free(path);
}

static void
not_ours_files(void)
{
	char *newer = xasprintf("%s/newer.db", dir), *folder = xasprintf("%s/folder.db", dir);
	struct store *s = store_open(newer, STORE_MAX_DEFAULT);
	const struct fetch_cache *c = store_fetch_cache(s);
	struct fetch_cached p = page("http://x.test/", "<p>hi", 5, 1);

	not_ours("foreign.db", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
	    "INSERT INTO notes (body) VALUES ('a note of somebody else');", "not a kanbao database",
	    "another program's SQLite file at cache.db caches nothing");
	tap_int(count_aside(dir, "foreign.db"), 0, "... and is not moved aside");
	c->put(c->ctx, "http://x.test/", &p);
	store_close(s);
	sql(newer, "PRAGMA user_version = 2; CREATE TABLE hosts (host TEXT);");
	not_ours("newer.db", NULL, "made by a newer kanbao", "a newer kanbao's cache.db caches nothing");
	mkdir(folder, 0700);
	not_ours("folder.db", NULL, "it is a directory", "a directory at cache.db caches nothing");
	free(newer);
	free(folder);
}

/* A cache from before the cache had a schema version still serves. */
static void
version_zero(void)
{
	char *path = xasprintf("%s/v0.db", dir);
	struct store *s;
	const struct fetch_cache *c;
	struct fetch_cached p = page("http://x.test/old", "<p>old", 6, 1);

	sql(path, "PRAGMA journal_mode = WAL; CREATE TABLE pages (url TEXT PRIMARY KEY,"
	    " final_url TEXT NOT NULL, status INTEGER NOT NULL, content_type TEXT, charset TEXT,"
	    " etag TEXT, last_modified TEXT, fetched INTEGER NOT NULL, size INTEGER NOT NULL,"
	    " body BLOB NOT NULL); CREATE INDEX pages_by_age ON pages (fetched);");
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	c->put(c->ctx, "http://x.test/old", &p);
	tap_ok(has(c, "http://x.test/old"), "a cache.db of schema version 0 is still ours");
	tap_int(warnings(s), 0, "... without a warning");
	store_close(s);
	free(path);
}

static void
full_disk(void)
{
	char *path = xasprintf("%s/full.db", dir), *w;
	size_t big = 1 << 20;
	char *body = xcalloc(1, big);
	struct fetch_cached p = page("http://x.test/small", "<p>hi", 5, 1);
	struct store *s = store_open(path, STORE_MAX_DEFAULT);
	const struct fetch_cache *c = store_fetch_cache(s);
	sqlite3 *other = NULL;

	c->put(c->ctx, "http://x.test/small", &p);
	store_close(s);
	small_disk(1);
	sqlite3_open(path, &other);	/* another kanbao: the WAL outlives the cache's close */
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	p = page("http://x.test/big", body, big, 2);
	c->put(c->ctx, "http://x.test/big", &p);
	w = store_warning(s);
	if (!tap_ok(w != NULL && strstr(w, "disk full") != NULL, "a full disk: the warning says \"disk full\""))
		printf("#   said: %s\n", w ? w : "nothing");
	tap_ok(wal_empty(path), "... and no WAL is left filling the disk");
	store_close(s);
	sqlite3_close(other);
	small_disk(0);
	free(w);
	free(body);
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
	not_ours_files();
	version_zero();
	full_disk();
	default_path();
	rm = xasprintf("rm -rf '%s'", dir);
	if (system(rm) != 0)
		printf("# could not remove %s\n", dir);
	free(rm);
	return tap_done();
}
