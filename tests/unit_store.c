/*
 * unit_store: the page cache through the interface the fetch core uses:
 * a page goes in and comes out whole, the bound drops the least recently
 * fetched pages, and a damaged or unwritable file costs one warning.  A
 * file that is another program's SQLite database, or a newer kanbao's
 * cache, is never written, nor is a file through a symbolic link; a full
 * disk says so and leaves no WAL behind.  A cache another connection holds
 * locked is a miss to read and skips its writes, asking SQLite to wait no
 * longer than the reader may (a VFS of the test's counts the waits and
 * does not sleep them), and says so once.
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

/* A page that ended at final_url, its body lent (the cache copies what
 * it keeps): the bytes' holder is one of a few kept here, as no test
 * holds more than two pages at once. */
static struct fetched
page(const char *final_url, const char *body, size_t len, time_t fetched)
{
	static struct bytes lent[4];
	static unsigned next;
	struct bytes *b = &lent[next++ % 4];
	struct fetched c = {
		.final_url = (char *)final_url, .status = 200, .body = b,
		.fetched = fetched, .from = FETCHED_NETWORK,
	};

	*b = (struct bytes){.s = (char *)body, .len = len, .refs = 1};
	return c;
}

/* Puts p in the cache as the page asked for by url. */
static void
put(const struct fetch_cache *c, const char *url, struct fetched *p)
{
	p->url = (char *)url;
	c->put(c->ctx, p);
}

static int
has(const struct fetch_cache *c, const char *url)
{
	struct fetched got;
	int found = c->get(c->ctx, url, &got);

	fetched_free(&got);
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
	struct fetched in = page("http://x.test/final", "a\0b<p>", 6, 1234), out;

	in.content_type = "text/html; charset=gbk";
	in.charset = "gbk";
	in.etag = "\"e1\"";
	in.last_modified = "Tue, 21 Feb 2023 05:55:38 GMT";
	tap_int(c->get(c->ctx, "http://x.test/", &out), 0, "an empty cache has nothing");
	put(c, "http://x.test/", &in);
	if (tap_int(c->get(c->ctx, "http://x.test/", &out), 1, "a page put in is found")) {
		tap_str(out.final_url, "http://x.test/final", "final URL");
		tap_str(out.url, "http://x.test/", "the URL asked for");
		tap_ok(out.from == FETCHED_CACHE, "from the cache");
		tap_int(out.status, 200, "status");
		tap_str(out.content_type, "text/html; charset=gbk", "content type");
		tap_str(out.charset, "gbk", "charset");
		tap_str(out.etag, "\"e1\"", "ETag");
		tap_str(out.last_modified, in.last_modified, "Last-Modified");
		tap_int((long)out.fetched, 1234, "time fetched");
		tap_ok(fetched_len(&out) == 6 && memcmp(fetched_bytes(&out), "a\0b<p>", 6) == 0 &&
		    fetched_bytes(&out)[6] == '\0',
		    "the body, NUL bytes and all, NUL-terminated");
		fetched_free(&out);
	}
	in = page("http://x.test/2", "", 0, 1235);
	put(c, "http://x.test/", &in);
	if (c->get(c->ctx, "http://x.test/", &out)) {
		tap_ok(fetched_len(&out) == 0 && out.body != NULL && out.etag == NULL,
		    "a page put again replaces the old one; an empty body is kept");
		fetched_free(&out);
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
	struct fetched p;

	memset(body, 'x', sizeof body);
	p = page("http://x.test/1", body, sizeof body, 100);
	put(c, "http://x.test/1", &p);
	p = page("http://x.test/2", body, sizeof body, 200);
	put(c, "http://x.test/2", &p);
	c->fresh(c->ctx, "http://x.test/1", 300);	/* 1 is now the newer */
	p = page("http://x.test/3", body, sizeof body, 400);
	put(c, "http://x.test/3", &p);
	tap_ok(!has(c, "http://x.test/2"), "over the bound, the least recently fetched goes");
	tap_ok(has(c, "http://x.test/1") && has(c, "http://x.test/3"),
	    "a revalidated page counts as recent; the rest stay");
	p = page("http://x.test/big", body, sizeof body, 500);
	store_close(s);

	s = store_open(path, 500);
	c = store_fetch_cache(s);
	put(c, "http://x.test/big", &p);
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
	struct fetched p = page("http://x.test/", "<p>hi", 5, 1);

	for (int i = 0; i < 500; i++)
		fputs("not a database at all ", f);
	fclose(f);
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	tap_int(c->get(c->ctx, "http://x.test/", &p), 0, "a file of garbage holds no page");
	p = page("http://x.test/", "<p>hi", 5, 1);
	put(c, "http://x.test/", &p);
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
	struct fetched p = page("http://x.test/", "<p>hi", 5, 1);

	fclose(fopen(file, "w"));
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	for (int i = 0; i < 3; i++) {
		put(c, "http://x.test/", &p);
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
	struct fetched p = page("http://x.test/", "<p>hi", 5, 1);
	int said;

	if (statements != NULL)
		sql(path, statements);
	before = slurp(path, &lb);
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	put(c, "http://x.test/", &p);
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
	struct fetched p = page("http://x.test/", "<p>hi", 5, 1);

	not_ours("foreign.db", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
	    "INSERT INTO notes (body) VALUES ('a note of somebody else');", "not a kanbao database",
	    "another program's SQLite file at cache.db caches nothing");
	tap_int(count_aside(dir, "foreign.db"), 0, "... and is not moved aside");
	put(c, "http://x.test/", &p);
	store_close(s);
	sql(newer, "PRAGMA user_version = 2; CREATE TABLE hosts (host TEXT);");
	not_ours("newer.db", NULL, "made by a newer kanbao", "a newer kanbao's cache.db caches nothing");
	mkdir(folder, 0700);
	not_ours("folder.db", NULL, "it is a directory", "a directory at cache.db caches nothing");
	free(newer);
	free(folder);
}

/* A symbolic link at cache.db is not followed, as at kanbao.db: not to a
 * working cache, and not to a file that is not there yet. */
static void
links(void)
{
	char *real = xasprintf("%s/real.db", dir), *link = xasprintf("%s/link.db", dir);
	char *nowhere = xasprintf("%s/nowhere.db", dir), *dangling = xasprintf("%s/dangling.db", dir);
	struct store *s = store_open(real, STORE_MAX_DEFAULT);
	const struct fetch_cache *c = store_fetch_cache(s);
	struct fetched p = page("http://x.test/real", "<p>hi", 5, 1);

	put(c, "http://x.test/real", &p);
	store_close(s);
	if (symlink("real.db", link) != 0 || symlink("nowhere.db", dangling) != 0)
		perror("# symlink");
	not_ours("link.db", NULL, "it is a symbolic link (to real.db)",
	    "a symbolic link at cache.db to a working cache caches nothing");
	not_ours("dangling.db", NULL, "it is a symbolic link (to nowhere.db)",
	    "a symbolic link at cache.db to nothing caches nothing");
	tap_ok(access(nowhere, F_OK) != 0, "... and makes no file where it points");
	free(real);
	free(link);
	free(nowhere);
	free(dangling);
}

/* The default VFS, but its sleeps are counted instead of slept: how long
 * the store asks SQLite to wait for a lock, whatever the machine's load. */
static sqlite3_vfs counting;
static long long asked_us;

static int
count_sleep(sqlite3_vfs *vfs, int us)
{
	(void)vfs;
	asked_us += us;
	return us;
}

static void
count_sleeps(int on)
{
	if (on) {
		counting = *sqlite3_vfs_find(NULL);
		counting.zName = "kanbao-test-counting";
		counting.xSleep = count_sleep;
		sqlite3_vfs_register(&counting, 1);
	} else {
		sqlite3_vfs_unregister(&counting);
	}
}

/* A connection of the test's own that runs how on path and stays open. */
static sqlite3 *
locker(const char *path, const char *how)
{
	sqlite3 *db = NULL;

	sqlite3_open(path, &db);
	if (sqlite3_exec(db, how, NULL, NULL, NULL) != SQLITE_OK)
		printf("# could not lock %s: %s\n", path, sqlite3_errmsg(db));
	return db;
}

/* The one warning s has says the cache at path is locked. */
static void
said_locked(struct store *s, const char *path, const char *what)
{
	char *w = store_warning(s), *more = store_warning(s);

	if (!tap_ok(w != NULL && strstr(w, "locked by another program") != NULL &&
	    strstr(w, path) != NULL && more == NULL, what))
		printf("#   said: %s%s%s\n", w ? w : "nothing", more ? " and " : "", more ? more : "");
	free(w);
	free(more);
}

/* A cache at path that holds http://x.test/old, locked by a connection
 * of the test's with how (returned), then opened again into *s. */
static sqlite3 *
cached_then_locked(const char *path, const char *how, struct store **s)
{
	struct fetched p = page("http://x.test/old", "<p>old", 6, 1);
	const struct fetch_cache *c;
	sqlite3 *lock;

	*s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(*s);
	put(c, "http://x.test/old", &p);
	store_close(*s);
	lock = locker(path, how);
	*s = store_open(path, STORE_MAX_DEFAULT);
	return lock;
}

/* Another connection holds the write lock (BEGIN EXCLUSIVE; in WAL mode
 * readers still read): pages are read, writes are skipped at once. */
static void
locked_writes(void)
{
	char *path = xasprintf("%s/locked.db", dir);
	struct store *s;
	sqlite3 *lock = cached_then_locked(path, "BEGIN EXCLUSIVE; UPDATE pages SET fetched = 2;", &s);
	const struct fetch_cache *c = store_fetch_cache(s);
	struct fetched p;
	long long most = 0;

	tap_ok(has(c, "http://x.test/old"), "cache.db locked for writing: a cached page is still read");
	p = page("http://x.test/new", "<p>new", 6, 3);
	for (int i = 0; i < 4; i++) {	/* each write on its own */
		asked_us = 0;
		if (i == 3)
			c->fresh(c->ctx, "http://x.test/old", 4);
		else
			put(c, i == 1 ? "http://x.test/other" : "http://x.test/new", &p);
		most = asked_us > most ? asked_us : most;
	}
	if (!tap_ok(most > 0 && most <= STORE_WAIT_DEFAULT * 1000,
	    "... a write waits for the lock no longer than the reader may"))
		printf("#   asked to wait %lld ms\n", most / 1000);
	said_locked(s, path, "... four writes skipped, one warning: it is locked");
	sqlite3_exec(lock, "COMMIT", NULL, NULL, NULL);
	tap_ok(!has(c, "http://x.test/new"), "the lock let go: what was skipped is not there");
	put(c, "http://x.test/new", &p);
	tap_ok(has(c, "http://x.test/new"), "... and the next page is cached again");
	store_set_wait(s, STORE_WAIT_BATCH);
	sqlite3_exec(lock, "BEGIN EXCLUSIVE; DELETE FROM pages;", NULL, NULL, NULL);
	asked_us = 0;
	put(c, "http://x.test/batch", &p);
	tap_int(asked_us / 1000, STORE_WAIT_BATCH, "a batch (the dump) waits longer for the lock");
	tap_int(warnings(s), 0, "... and it is not said twice");
	sqlite3_exec(lock, "COMMIT", NULL, NULL, NULL);
	store_close(s);
	sqlite3_close(lock);
	free(path);
}

/* Another connection holds the file against readers too, from before the
 * cache is opened: reads are misses, and the cache works once it is free. */
static void
locked_reads(void)
{
	char *path = xasprintf("%s/locked-all.db", dir);
	struct store *s;
	sqlite3 *lock = cached_then_locked(path, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
	    " UPDATE pages SET fetched = 2; COMMIT;", &s);
	const struct fetch_cache *c = store_fetch_cache(s);
	struct fetched p, got;
	int found;

	asked_us = 0;
	found = c->get(c->ctx, "http://x.test/old", &got);
	tap_int(found, 0, "cache.db locked even for reading: a cached page is a miss");
	if (!tap_ok(asked_us > 0 && asked_us <= STORE_WAIT_DEFAULT * 1000,
	    "... which waits for the lock no longer than the reader may"))
		printf("#   asked to wait %lld ms\n", asked_us / 1000);
	p = page("http://x.test/new", "<p>new", 6, 3);
	put(c, "http://x.test/new", &p);
	said_locked(s, path, "... a page skipped, one warning: it is locked");
	sqlite3_close(lock);
	tap_ok(has(c, "http://x.test/old"), "the lock let go: the cached page is read");
	put(c, "http://x.test/new", &p);
	tap_ok(has(c, "http://x.test/new"), "... and pages are cached again");
	tap_int(warnings(s), 0, "... without another warning");
	store_close(s);
	free(path);
}

/* A cache from before the cache had a schema version still serves. */
static void
version_zero(void)
{
	char *path = xasprintf("%s/v0.db", dir);
	struct store *s;
	const struct fetch_cache *c;
	struct fetched p = page("http://x.test/old", "<p>old", 6, 1);

	sql(path, "PRAGMA journal_mode = WAL; CREATE TABLE pages (url TEXT PRIMARY KEY,"
	    " final_url TEXT NOT NULL, status INTEGER NOT NULL, content_type TEXT, charset TEXT,"
	    " etag TEXT, last_modified TEXT, fetched INTEGER NOT NULL, size INTEGER NOT NULL,"
	    " body BLOB NOT NULL); CREATE INDEX pages_by_age ON pages (fetched);");
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	put(c, "http://x.test/old", &p);
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
	struct fetched p = page("http://x.test/small", "<p>hi", 5, 1);
	struct store *s = store_open(path, STORE_MAX_DEFAULT);
	const struct fetch_cache *c = store_fetch_cache(s);
	sqlite3 *other = NULL;

	put(c, "http://x.test/small", &p);
	store_close(s);
	small_disk(1);
	sqlite3_open(path, &other);	/* another kanbao: the WAL outlives the cache's close */
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	p = page("http://x.test/big", body, big, 2);
	put(c, "http://x.test/big", &p);
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
	links();
	version_zero();
	full_disk();
	count_sleeps(1);
	locked_writes();
	locked_reads();
	count_sleeps(0);
	default_path();
	rm = xasprintf("rm -rf '%s'", dir);
	if (system(rm) != 0)
		printf("# could not remove %s\n", dir);
	free(rm);
	return tap_done();
}
