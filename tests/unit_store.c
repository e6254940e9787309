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

/* n bytes that do not compress (the cache stores pages deflated, and the
 * bound counts what it stores), different for each seed. */
static void
noise(char *b, size_t n, unsigned seed)
{
	unsigned x = seed * 2654435761u + 1;

	for (size_t i = 0; i < n; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		b[i] = (char)(x >> 24);
	}
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

	noise(body, sizeof body, 1);
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
	sql(newer, "PRAGMA user_version = 99; CREATE TABLE hosts (host TEXT);");
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

	noise(body, big, 2);
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

/* A number statement gives on the file at path, through a connection of
 * the test's; -1 when it gives none. */
static long long
sql_int(const char *path, const char *statement)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	long long n = -1;

	if (sqlite3_open(path, &db) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, statement, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	else
		printf("# %s: %s\n", statement, sqlite3_errmsg(db));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

/* Does the cache give back the len bytes at want for url, whole? */
static int
gives(const struct fetch_cache *c, const char *url, const char *want, size_t len)
{
	struct fetched got;
	int same;

	if (!c->get(c->ctx, url, &got))
		return 0;
	same = fetched_len(&got) == len && memcmp(fetched_bytes(&got), want, len) == 0 &&
	    fetched_bytes(&got)[len] == '\0';
	fetched_free(&got);
	return same;
}

/* A page is stored deflated and comes back byte for byte; one that does
 * not shrink is stored as it came; a row that does not inflate to its
 * size is a miss, not a crash. */
static void
compressed(void)
{
	char *path = xasprintf("%s/deflated.db", dir), noisy[3000];
	struct store *s = store_open(path, STORE_MAX_DEFAULT);
	const struct fetch_cache *c = store_fetch_cache(s);
	struct buf html = {0};
	struct fetched p;

	for (int i = 0; i < 300; i++)
		buf_addf(&html, "<p>第%d段：青禾县的春耕备耕工作有序推进，农资供应充足。</p>\n", i);
	buf_add(&html, "\0end", 4);
	p = page("http://x.test/long", html.s, html.len, 10);
	put(c, "http://x.test/long", &p);
	noise(noisy, sizeof noisy, 3);
	p = page("http://x.test/noise", noisy, sizeof noisy, 11);
	put(c, "http://x.test/noise", &p);
	store_close(s);
	tap_int(sql_int(path, "SELECT raw_size FROM pages WHERE url = 'http://x.test/long'"),
	    (long long)html.len, "a page is stored deflated: its length before is kept");
	if (!tap_ok(sql_int(path, "SELECT size FROM pages WHERE url = 'http://x.test/long'") * 4 <
	    (long long)html.len, "... in less than a quarter of the bytes"))
		printf("#   %lld of %zu\n", sql_int(path, "SELECT size FROM pages"
		    " WHERE url = 'http://x.test/long'"), html.len);
	tap_int(sql_int(path, "SELECT raw_size IS NULL AND size = 3000 FROM pages"
	    " WHERE url = 'http://x.test/noise'"), 1, "a page that does not shrink is kept as it came");
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	tap_ok(gives(c, "http://x.test/long", html.s, html.len),
	    "the deflated page comes back byte for byte, NUL bytes and all");
	tap_ok(gives(c, "http://x.test/noise", noisy, sizeof noisy), "... and so does the other");
	sql(path, "UPDATE pages SET raw_size = raw_size + 1 WHERE url = 'http://x.test/long'");
	tap_ok(!has(c, "http://x.test/long"), "a row that does not inflate to its size is a miss");
	tap_int(warnings(s), 0, "... without a warning");
	store_close(s);
	buf_free(&html);
	free(path);
}

/* A cache of version 1 (every body as it came) is brought to this
 * version in place: its pages read as they were, the next is deflated. */
static void
version_one(void)
{
	char *path = xasprintf("%s/v1.db", dir);
	struct store *s;
	const struct fetch_cache *c;
	struct buf html = {0};
	struct fetched p;

	sql(path, "PRAGMA journal_mode = WAL; BEGIN; CREATE TABLE pages (url TEXT PRIMARY KEY,"
	    " final_url TEXT NOT NULL, status INTEGER NOT NULL, content_type TEXT, charset TEXT,"
	    " etag TEXT, last_modified TEXT, fetched INTEGER NOT NULL, size INTEGER NOT NULL,"
	    " body BLOB NOT NULL); CREATE INDEX pages_by_age ON pages (fetched);"
	    " INSERT INTO pages VALUES ('http://x.test/old', 'http://x.test/old', 200, 'text/html',"
	    " NULL, NULL, NULL, 5, 9, X'3C703E6F6C64003C2F'),"
	    " ('http://x.test/older', 'http://x.test/older', 200, NULL, NULL, NULL, NULL, 4, 3, X'3C703E');"
	    " PRAGMA user_version = 1; COMMIT;");
	s = store_open(path, STORE_MAX_DEFAULT);
	c = store_fetch_cache(s);
	tap_ok(gives(c, "http://x.test/old", "<p>old\0</", 9) && gives(c, "http://x.test/older", "<p>", 3),
	    "a cache of version 1: its pages, stored as they came, still read");
	for (int i = 0; i < 100; i++)
		buf_adds(&html, "<p>Harbor ferry adds late sailings for the summer.</p>");
	p = page("http://x.test/new", html.s, html.len, 6);
	put(c, "http://x.test/new", &p);
	tap_ok(gives(c, "http://x.test/new", html.s, html.len), "... a new page goes in beside them");
	tap_int(warnings(s), 0, "... without a warning");
	store_close(s);
	tap_int(sql_int(path, "PRAGMA user_version"), 2, "... and the file is of version 2 now");
	tap_int(sql_int(path, "SELECT count(*) FROM pages WHERE raw_size IS NOT NULL"), 1,
	    "... where the new page is deflated, the old ones as they were");
	tap_int(sql_int(path, "SELECT bytes - (SELECT sum(size) FROM pages) FROM totals"), 0,
	    "... and the bytes kept count the old pages too");
	buf_free(&html);
	free(path);
}

/* Pages put, put again at other sizes and revalidated, at random, in a
 * small cache: after every write the cache is under its bound, holds the
 * page just written, and its count of bytes is the sum of its pages. */
static void
bound_kept(void)
{
	char *path = xasprintf("%s/churn.db", dir), body[5000], url[64];
	struct store *s = store_open(path, 20000);
	const struct fetch_cache *c = store_fetch_cache(s);
	int over = 0, lost = 0, drift = 0, n;
	unsigned x = 7;
	struct fetched p;

	for (int i = 0; i < 60; i++) {
		x = x * 1103515245 + 12345;
		snprintf(url, sizeof url, "http://x.test/%u", (x >> 8) % 12);
		n = 1000 + (int)((x >> 4) % 4000);
		noise(body, (size_t)n, x);
		p = page(url, body, (size_t)n, 100 + i);
		put(c, url, &p);
		if (i % 7 == 3)
			c->fresh(c->ctx, "http://x.test/3", 100 + i);
		over += sql_int(path, "SELECT coalesce(sum(size), 0) FROM pages") > 20000;
		lost += !has(c, url);
		drift += sql_int(path, "SELECT bytes - (SELECT coalesce(sum(size), 0) FROM pages) FROM totals") != 0;
	}
	tap_int(over, 0, "sixty writes to a small cache: never over its bound");
	tap_int(lost, 0, "... the page just written is always there");
	tap_int(drift, 0, "... and its count of bytes is always the sum of its pages");
	tap_int(warnings(s), 0, "... without a warning");
	store_close(s);
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
	compressed();
	version_one();
	bound_kept();
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
