/*
 * unit_memory: kanbao.db, history, read state and saved stories: what
 * goes in comes back, survives a reopen, and a file that is not a kanbao
 * database (garbage, another program's SQLite file, a newer kanbao's, a
 * directory, a link) or cannot be written (a full disk) is left byte for
 * byte as it was while memory switches off with one message.  A file
 * locked by another connection loses nothing: what is opened and saved
 * waits, is read back, and lands when the lock is free.
 */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "memory.h"
#include "sqlite_test.h"
#include "tap.h"
#include "util.h"

static char dir[] = "/tmp/kanbao-memory-XXXXXX";

static int
has(const struct strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return 1;
	return 0;
}

/* Is url marked read?  Through the reader's own call, memory_read_urls,
 * which sees what waits to be written as well as the file. */
static int
is_read(struct memory *m, const char *url)
{
	struct strlist urls = {0};
	int found = memory_read_urls(m, &urls) == 0 && has(&urls, url);

	strlist_free(&urls);
	return found;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s = NULL;
	long n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	s = xmalloc((size_t)n + 1);
	*len = fread(s, 1, (size_t)n, f);
	s[*len] = '\0';
	fclose(f);
	return s;
}

/* The number a query gives on the file at path, or -1. */
static long
sql_int(const char *path, const char *query)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	long n = -1;

	if (sqlite3_open(path, &db) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, query, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

static int
same_bytes(const char *path, const char *before, size_t len)
{
	size_t n = 0;
	char *now = slurp(path, &n);
	int same = now != NULL && n == len && memcmp(now, before, n) == 0;

	free(now);
	return same;
}

/* Does path+suffix exist (a -wal, a -shm)? */
static int
beside(const char *path, const char *suffix)
{
	char *p = xasprintf("%s%s", path, suffix);
	int found = access(p, F_OK) == 0;

	free(p);
	return found;
}

static void
test_read_state(void)
{
	char *path = xasprintf("%s/data/kanbao/kanbao.db", dir);
	struct memory *m = memory_open(path);
	struct strlist urls = {0};

	tap_ok(memory_enabled(m), "a new kanbao.db opens, directories made");
	tap_ok(memory_warning(m) == NULL, "... without a warning");
	tap_int(memory_opened(m, "http://a/1", "http://a/1?r", "一"), 0, "a page opened is recorded");
	tap_int(memory_opened(m, "http://a/2", NULL, "二"), 0, "another");
	tap_ok(is_read(m, "http://a/1") && is_read(m, "http://a/1?r") &&
	    is_read(m, "http://a/2"), "asked-for and final URLs are read");
	tap_ok(!is_read(m, "http://a/3"), "an unopened URL is not");
	memory_close(m);

	m = memory_open(path);
	tap_ok(is_read(m, "http://a/2"), "read state survives a reopen");
	tap_int(memory_read_urls(m, &urls), 0, "all read URLs listed");
	tap_ok(urls.n == 3 && has(&urls, "http://a/1") && has(&urls, "http://a/1?r") &&
	    has(&urls, "http://a/2"), "... the three of them");
	strlist_free(&urls);
	memory_close(m);
	free(path);
}

/* Headlines marked read without being opened: read, and no history. */
static void
test_mark_read(void)
{
	char *path = xasprintf("%s/data/kanbao/marks.db", dir);
	struct memory *m = memory_open(path);
	const char *urls[] = {"http://m/1", "http://m/2", "http://m/3"};
	struct memory_visit *v;
	size_t n;

	tap_int(memory_mark_read(m, urls, 3), 0, "three headlines marked read");
	tap_ok(is_read(m, "http://m/1") && is_read(m, "http://m/3") && !is_read(m, "http://m/4"),
	    "... they are read, no other");
	tap_ok(memory_history(m, 10, &v, &n) == 0 && n == 0, "... and have no history entry");
	memory_visits_free(v, n);
	memory_close(m);
	m = memory_open(path);
	tap_ok(is_read(m, "http://m/2"), "the marks survive a reopen");
	memory_close(m);
	tap_int(memory_mark_read(NULL, urls, 3), -1, "no memory: -1");
	free(path);
}

static void
test_saved(void)
{
	char *path = xasprintf("%s/data/kanbao/kanbao.db", dir);
	struct memory *m = memory_open(path);
	static const char gbk[] = "<title>\xb2\xe2\xca\xd4</title>\0tail";
	struct fetched s = {
		.url = "http://a/s1", .final_url = "http://b/s1", .charset = "gbk",
		.body = bytes_copy(gbk, sizeof gbk), .fetched = 100, .from = FETCHED_NETWORK,
	}, got;
	struct memory_visit *list;
	time_t before = time(NULL);
	size_t n;

	tap_int(memory_save(m, &s, "测试"), 0, "a story is saved");
	s.url = "http://a/s2";
	tap_int(memory_save(m, &s, "第二"), 0, "a second one");
	memory_close(m);

	m = memory_open(path);
	tap_int(memory_load(m, "http://a/s1", &got), 1, "a saved story loads after a reopen");
	tap_ok(fetched_len(&got) == sizeof gbk && memcmp(fetched_bytes(&got), gbk, sizeof gbk) == 0,
	    "... its bytes whole, NUL and all");
	tap_str(got.url, "http://a/s1", "... under the URL it was saved as");
	tap_str(got.final_url, "http://b/s1", "... its final URL");
	tap_str(got.charset, "gbk", "... its charset");
	tap_ok(got.from == FETCHED_SAVED && got.fetched >= before,
	    "... a saved story, of the time it was saved");
	fetched_free(&got);
	tap_int(memory_load(m, "http://a/none", &got), 0, "an unsaved URL is not found");
	tap_int(memory_saved(m, &list, &n), 2, "the saved list has both");
	tap_ok(n == 2 && strcmp(list[0].url, "http://a/s2") == 0 && strcmp(list[0].title, "第二") == 0,
	    "... newest first, with their titles");
	tap_ok(n == 2 && strcmp(list[1].title, "测试") == 0 && list[1].when >= before,
	    "... and the time each was saved");
	memory_visits_free(list, n);
	bytes_drop(s.body);
	memory_close(m);
	free(path);
}

static sqlite3 *locker(const char *path, const char *how);

/* A story of three pages, read whole: the first page, with two more. */
static void
three_pages(struct fetched *s, struct fetched more[2])
{
	static const char *const bodies[] = {"<p>第一页 the mill</p>", "<p>第二页 the weir</p>",
		"<p>第三页 the bridge</p>"};

	memset(more, 0, 2 * sizeof *more);
	*s = (struct fetched){.url = "http://p/s", .final_url = "http://p/s.html", .charset = "utf-8",
		.body = bytes_copy(bodies[0], strlen(bodies[0])), .more = more, .nmore = 2};
	for (int i = 0; i < 2; i++) {
		more[i].url = xasprintf("http://p/s_%d.html", i + 2);
		more[i].charset = "gbk";
		more[i].body = bytes_copy(bodies[i + 1], strlen(bodies[i + 1]));
	}
}

static void
three_pages_free(struct fetched *s)
{
	bytes_drop(s->body);
	for (size_t i = 0; i < s->nmore; i++) {
		free(s->more[i].url);
		bytes_drop(s->more[i].body);
	}
}

/* Does got hold the story s, its further pages too? */
static int
same_story(const struct fetched *got, const struct fetched *s)
{
	if (got->nmore != s->nmore || fetched_len(got) != fetched_len(s) ||
	    memcmp(fetched_bytes(got), fetched_bytes(s), fetched_len(s)) != 0)
		return 0;
	for (size_t i = 0; i < s->nmore; i++)
		if (strcmp(got->more[i].final_url, s->more[i].url) != 0 ||
		    strcmp(got->more[i].charset, s->more[i].charset) != 0 ||
		    fetched_len(&got->more[i]) != fetched_len(&s->more[i]) ||
		    memcmp(fetched_bytes(&got->more[i]), fetched_bytes(&s->more[i]),
		    fetched_len(&s->more[i])) != 0)
			return 0;
	return 1;
}

/* A story in several pages, read whole, is saved whole: its further pages
 * come back with it, from the file, from what waits, and from a file of
 * version 1, which kept first pages only. */
static void
test_saved_pages(void)
{
	char *path = xasprintf("%s/pages.db", dir), *old = xasprintf("%s/v1.db", dir);
	struct fetched more[2], s, got;
	struct memory *m = memory_open(path);
	sqlite3 *lock;

	three_pages(&s, more);
	tap_int(memory_save(m, &s, "三页"), 0, "a story of three pages is saved");
	memory_close(m);
	m = memory_open(path);
	tap_ok(memory_load(m, "http://p/s", &got) == 1 && same_story(&got, &s),
	    "... and loads after a reopen with its two further pages, in order");
	fetched_free(&got);
	s.nmore = 1;
	memory_save(m, &s, "两页");
	tap_ok(memory_load(m, "http://p/s", &got) == 1 && same_story(&got, &s),
	    "saved again with one further page: it has that one alone");
	fetched_free(&got);
	s.nmore = 2;
	lock = locker(path, "BEGIN EXCLUSIVE");
	tap_int(memory_save(m, &s, "三页"), 1, "saved while the file is locked: it waits");
	tap_ok(memory_load(m, "http://p/s", &got) == 1 && same_story(&got, &s),
	    "... and what waits loads with its further pages");
	fetched_free(&got);
	sqlite3_exec(lock, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(lock);
	memory_close(m);
	tap_int(sql_int(path, "SELECT count(*) FROM saved_pages WHERE url = 'http://p/s'"), 2,
	    "... and lands in the file, both pages");

	sql(old, "CREATE TABLE history (id INTEGER PRIMARY KEY, url TEXT NOT NULL, title TEXT,"
	    " time INTEGER NOT NULL); CREATE TABLE read (url TEXT PRIMARY KEY, time INTEGER NOT NULL);"
	    "CREATE TABLE saved (url TEXT PRIMARY KEY, title TEXT, final_url TEXT NOT NULL,"
	    " charset TEXT, time INTEGER NOT NULL, body BLOB NOT NULL);"
	    "INSERT INTO saved VALUES ('http://p/old', '旧', 'http://p/old', NULL, 1, '<p>old</p>');"
	    "PRAGMA user_version = 1;");
	m = memory_open(old);
	tap_ok(memory_load(m, "http://p/old", &got) == 1 && got.nmore == 0 && fetched_len(&got) == 10,
	    "a kanbao.db of version 1: its saved story still loads");
	fetched_free(&got);
	tap_ok(memory_save(m, &s, "三页") == 0 && memory_load(m, "http://p/s", &got) == 1 &&
	    same_story(&got, &s), "... and a story of three pages saved in it loads whole");
	fetched_free(&got);
	memory_close(m);
	tap_int(sql_int(old, "PRAGMA user_version"), 2, "... the file is of version 2 now");
	three_pages_free(&s);
	free(path);
	free(old);
}

static void
test_history(void)
{
	char *path = xasprintf("%s/history.db", dir);
	struct memory *m = memory_open(path);
	struct memory_visit *v;
	size_t n;

	tap_int(memory_history(m, 10, &v, &n), 0, "a new kanbao.db has no history");
	memory_visits_free(v, n);
	memory_opened(m, "http://a/1", NULL, "一");
	memory_opened(m, "http://a/2", "http://b/2", "二");
	memory_opened(m, "http://a/3", NULL, NULL);
	memory_opened(m, "http://a/1", NULL, "一 again");
	memory_close(m);

	m = memory_open(path);
	tap_int(memory_history(m, 10, &v, &n), 3, "history after a reopen: each URL once");
	tap_ok(n == 3 && strcmp(v[0].url, "http://a/1") == 0 && strcmp(v[1].url, "http://a/3") == 0 &&
	    strcmp(v[2].url, "http://b/2") == 0, "... newest visit first, by the URL it ended at");
	tap_ok(n == 3 && v[0].title != NULL && strcmp(v[0].title, "一 again") == 0 &&
	    v[1].title == NULL && v[0].when >= v[2].when, "... with the latest title and time");
	memory_visits_free(v, n);
	tap_int(memory_history(m, 2, &v, &n), 2, "history up to a limit");
	tap_ok(n == 2 && strcmp(v[1].url, "http://a/3") == 0, "... the newest ones");
	memory_visits_free(v, n);
	memory_close(m);
	free(path);
}

static void
test_garbage(void)
{
	char *path = xasprintf("%s/garbage.db", dir), *before, *after, *w;
	static const char junk[] = "this is not a database, it is a letter to kanbao\n";
	size_t lb, la, hn;
	struct memory_visit *hv;
	FILE *f = fopen(path, "wb");
	struct memory *m;
	struct stat st;

	fwrite(junk, 1, sizeof junk - 1, f);
	fclose(f);
	before = slurp(path, &lb);
	m = memory_open(path);
	tap_ok(!memory_enabled(m), "a garbage kanbao.db: memory is off");
	tap_int(memory_history(m, 10, &hv, &hn), -1, "... and has no history to give");
	memory_visits_free(hv, hn);
	w = memory_warning(m);
	tap_ok(w != NULL && strstr(w, path) != NULL && strstr(w, "not a kanbao database") != NULL,
	    "... with a message naming the file");
	tap_ok(memory_warning(m) == NULL, "... once");
	tap_int(memory_opened(m, "http://a/1", NULL, "t"), -1, "writes fail quietly");
	tap_ok(!is_read(m, "http://a/1"), "nothing is read");
	memory_close(m);
	after = slurp(path, &la);
	tap_ok(la == lb && memcmp(before, after, la) == 0, "the file is byte for byte untouched");
	tap_ok(stat(path, &st) == 0, "... and still where it was");
	{
		char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);

		tap_ok(access(wal, F_OK) != 0 && access(shm, F_OK) != 0, "... with no -wal or -shm beside it");
		free(wal);
		free(shm);
	}
	free(w);
	free(before);
	free(after);
	free(path);
}

static void
test_readonly(void)
{
	char *ro = xasprintf("%s/ro", dir), *path = xasprintf("%s/ro/kanbao.db", dir);
	char *under_file = xasprintf("%s/garbage.db/kanbao.db", dir), *w;
	struct memory *m;

	m = memory_open(under_file);
	w = memory_warning(m);
	tap_ok(!memory_enabled(m) && w != NULL, "a directory that is a file: off, with a message");
	free(w);
	memory_close(m);

	mkdir(ro, 0500);
	if (geteuid() == 0) {
		printf("ok %d - # SKIP root writes to read-only directories\n", ++tap_n);
	} else {
		m = memory_open(path);
		w = memory_warning(m);
		tap_ok(!memory_enabled(m) && w != NULL && strstr(w, path) != NULL,
		    "a read-only directory: off, with a message naming the file");
		free(w);
		memory_close(m);
	}
	chmod(ro, 0700);
	free(ro);
	free(path);
	free(under_file);
}

/* The file at dir/name, made by statements (NULL: as it is), is not
 * kanbao's: memory stays off and says want, and the file is untouched. */
static void
not_ours(const char *name, const char *statements, const char *want, const char *what)
{
	char *path = xasprintf("%s/%s", dir, name), *before, *w, *msg;
	struct memory *m;
	size_t len = 0;

	if (statements != NULL)
		sql(path, statements);
	before = slurp(path, &len);
	m = memory_open(path);
	w = memory_warning(m);
	msg = xasprintf("%s: memory is off, saying \"%s\"", what, want);
	if (!tap_ok(!memory_enabled(m) && w != NULL && strstr(w, path) != NULL && strstr(w, want) != NULL, msg))
		printf("#   said: %s\n", w ? w : "nothing");
	tap_int(memory_opened(m, "http://a/1", NULL, "t"), -1, "... a page opened is not written");
	memory_close(m);
	tap_ok(before != NULL && same_bytes(path, before, len), "... the file is byte for byte as it was");
	tap_ok(!beside(path, "-wal") && !beside(path, "-shm") && !beside(path, "-journal"),
	    "... with nothing left beside it");
	free(msg);
	free(w);
	free(before);
	free(path);
}

static void
test_not_ours(void)
{
	char *newer = xasprintf("%s/newer.db", dir), *link = xasprintf("%s/link.db", dir);
	char *folder = xasprintf("%s/folder.db", dir), *w;
	struct memory *m = memory_open(newer);

	not_ours("foreign.db", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
	    "INSERT INTO notes (body) VALUES ('a note of somebody else');",
	    "not a kanbao database", "another program's SQLite file");
	not_ours("foreign-wal.db", "PRAGMA journal_mode = WAL; CREATE TABLE history (day TEXT);"
	    "INSERT INTO history VALUES ('today'); PRAGMA user_version = 7;",
	    "not a kanbao database", "another program's, in WAL mode with a version of its own");
	not_ours("partial.db", "CREATE TABLE read (url TEXT PRIMARY KEY, time INTEGER NOT NULL);"
	    "PRAGMA user_version = 1;", "not a kanbao database", "one of kanbao's tables alone");

	memory_opened(m, "http://a/1", NULL, "一");
	memory_close(m);
	sql(newer, "PRAGMA user_version = 3; CREATE TABLE tags (url TEXT, tag TEXT);");
	not_ours("newer.db", NULL, "made by a newer kanbao", "a newer kanbao's kanbao.db");
	tap_int(sql_int(newer, "SELECT count(*) FROM history"), 1, "... its history still there");

	mkdir(folder, 0700);
	m = memory_open(folder);
	w = memory_warning(m);
	tap_ok(!memory_enabled(m) && w != NULL && strstr(w, "it is a directory") != NULL,
	    "a directory at kanbao.db: off, saying it is a directory");
	free(w);
	memory_close(m);

	symlink(newer, link);
	m = memory_open(link);
	w = memory_warning(m);
	if (!tap_ok(!memory_enabled(m) && w != NULL && strstr(w, "symbolic link") != NULL &&
	    strstr(w, newer) != NULL, "a symbolic link at kanbao.db: off, naming it and where it points"))
		printf("#   said: %s\n", w ? w : "nothing");
	free(w);
	memory_close(m);

	free(newer);
	free(link);
	free(folder);
}

/* A home behind a symbolic link (/home -> /var/home) is an ordinary home. */
static void
test_linked_directory(void)
{
	char *real = xasprintf("%s/real-home", dir), *linked = xasprintf("%s/linked-home", dir);
	char *path = xasprintf("%s/kanbao.db", linked);
	struct memory *m;

	mkdir(real, 0700);
	symlink(real, linked);
	m = memory_open(path);
	memory_opened(m, "http://a/linked", NULL, "经由链接");
	tap_ok(memory_enabled(m) && is_read(m, "http://a/linked"),
	    "kanbao.db in a directory reached through a symbolic link is used");
	memory_close(m);
	free(real);
	free(linked);
	free(path);
}

static void
test_empty_sqlite(void)
{
	char *path = xasprintf("%s/empty-sqlite.db", dir);
	struct memory *m;

	sql(path, "PRAGMA page_size = 4096; VACUUM;");
	m = memory_open(path);
	tap_ok(memory_enabled(m) && memory_opened(m, "http://a/1", NULL, "t") == 0,
	    "an empty SQLite file (no tables, version 0) becomes kanbao.db");
	memory_close(m);
	tap_int(sql_int(path, "PRAGMA user_version"), 2, "... with its schema version");
	free(path);
}

/* A connection of the test's own that runs how (a BEGIN EXCLUSIVE). */
static sqlite3 *
locker(const char *path, const char *how)
{
	sqlite3 *db = NULL;

	if (sqlite3_open(path, &db) != SQLITE_OK || sqlite3_exec(db, how, NULL, NULL, NULL) != SQLITE_OK)
		printf("# could not lock %s: %s\n", path, sqlite3_errmsg(db));
	return db;
}

/* memory_close(m), and what it said on stderr (a new string). */
static char *
close_saying(struct memory *m)
{
	char *file = xasprintf("%s/stderr", dir), *said;
	int saved = dup(2), fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	size_t n;

	fflush(stderr);
	dup2(fd, 2);
	close(fd);
	memory_close(m);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	said = slurp(file, &n);
	free(file);
	return said;
}

#define COUNT_URL(u) "SELECT count(*) FROM history WHERE url = '" u "'"

static void
test_locked(void)
{
	char *path = xasprintf("%s/locked.db", dir), *w, *said;
	static const char body[] = "<title>锁</title>";
	struct fetched s = {.url = "http://l/s", .body = bytes_copy(body, sizeof body - 1)}, got;
	struct memory_visit *v, *list;
	struct memory *m = memory_open(path);
	sqlite3 *lock;
	size_t n;

	memory_close(m);
	lock = locker(path, "BEGIN EXCLUSIVE; INSERT INTO read VALUES ('http://other/', 1);");
	m = memory_open(path);
	tap_ok(memory_enabled(m), "a kanbao.db another connection holds locked: memory is on");
	tap_int(memory_opened(m, "http://l/1", "http://l/1?final", "一"), 1,
	    "a page opened comes back at once, kept for later");
	tap_int(memory_save(m, &s, "锁"), 1, "so does a story saved");
	tap_int((long)memory_pending(m), 2, "two actions wait");
	w = memory_warning(m);
	tap_ok(w != NULL && strstr(w, "locked by another program") != NULL && strstr(w, path) != NULL,
	    "... and memory says the file is locked, naming it");
	tap_ok(memory_warning(m) == NULL, "... once");
	free(w);
	tap_ok(is_read(m, "http://l/1") && is_read(m, "http://l/1?final"),
	    "what waits counts: both URLs are read");
	tap_ok(memory_load(m, "http://l/s", &got) == 1 && fetched_len(&got) == fetched_len(&s) &&
	    memcmp(fetched_bytes(&got), body, fetched_len(&s)) == 0, "... the story waiting loads whole");
	tap_ok(got.body == s.body, "... its bytes shared, not copied");
	fetched_free(&got);
	tap_ok(memory_saved(m, &list, &n) == 1 && strcmp(list[0].url, "http://l/s") == 0,
	    "... the saved list has it");
	memory_visits_free(list, n);
	tap_ok(memory_history(m, 10, &v, &n) == 1 && strcmp(v[0].url, "http://l/1?final") == 0,
	    "... and so has the history");
	memory_visits_free(v, n);
	tap_int((long)memory_flush(m), 2, "a flush while the lock is held: both still wait");

	sqlite3_exec(lock, "COMMIT", NULL, NULL, NULL);
	tap_int((long)memory_flush(m), 0, "the lock let go, a flush writes them");
	tap_int(sql_int(path, COUNT_URL("http://l/1?final")), 1, "... the history entry is in the file");
	tap_int(sql_int(path, "SELECT count(*) FROM read WHERE url LIKE 'http://l/1%'"), 2, "... the read marks");
	tap_int(sql_int(path, "SELECT length(body) FROM saved WHERE url = 'http://l/s'"), (long)fetched_len(&s),
	    "... the story");
	tap_ok(is_read(m, "http://other/"), "... and what the other connection wrote is seen");

	sqlite3_exec(lock, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
	memory_opened(m, "http://l/2", NULL, "二");
	sqlite3_exec(lock, "COMMIT", NULL, NULL, NULL);
	tap_int(memory_opened(m, "http://l/3", NULL, "三"), 0, "the next write, the lock free, writes all");
	tap_int(sql_int(path, "SELECT (SELECT id FROM history WHERE url = 'http://l/2') <"
	    " (SELECT id FROM history WHERE url = 'http://l/3')"), 1,
	    "... what waited and itself, in the order opened");

	sqlite3_exec(lock, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
	memory_opened(m, "http://l/4", NULL, "四");
	tap_int((long)memory_finish(m), 1, "the last try, still locked: one action lost");
	w = memory_warning(m);
	tap_ok(w != NULL && strstr(w, "still locked") != NULL && strstr(w, "1 page opened") != NULL,
	    "... and memory says what was lost");
	if (w != NULL)
		printf("#   said: %s\n", w);
	free(w);
	sqlite3_exec(lock, "COMMIT", NULL, NULL, NULL);
	tap_int(sql_int(path, COUNT_URL("http://l/4")), 0, "... it is not in the file");

	sqlite3_exec(lock, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
	memory_opened(m, "http://l/5", NULL, "五");
	said = close_saying(m);
	tap_ok(said != NULL && strstr(said, "kanbao: warning: memory ") != NULL &&
	    strstr(said, "still locked") != NULL && strstr(said, "1 page opened") != NULL,
	    "closing while locked says on stderr what was lost");
	free(said);
	sqlite3_exec(lock, "COMMIT", NULL, NULL, NULL);

	m = memory_open(path);
	sqlite3_exec(lock, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
	memory_opened(m, "http://l/6", NULL, "六");
	sqlite3_exec(lock, "COMMIT", NULL, NULL, NULL);
	said = close_saying(m);
	tap_ok(sql_int(path, COUNT_URL("http://l/6")) == 1 && said != NULL && said[0] == '\0',
	    "closing once the lock is free writes what waited, quietly");
	free(said);
	sqlite3_close(lock);
	bytes_drop(s.body);
	free(path);
}

/* A connection that holds the file locked even against readers. */
static void
test_locked_at_start(void)
{
	char *path = xasprintf("%s/locked-start.db", dir), *w;
	struct memory *m = memory_open(path);
	struct strlist urls = {0};
	sqlite3 *lock;

	memory_opened(m, "http://s/old", NULL, "old");
	memory_close(m);
	lock = locker(path, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
	    " INSERT INTO read VALUES ('http://other/', 1); COMMIT; BEGIN EXCLUSIVE;");
	m = memory_open(path);
	w = memory_warning(m);
	tap_ok(memory_enabled(m) && w != NULL && strstr(w, "locked by another program") != NULL,
	    "kanbao.db locked even for reading at the start: memory is on, and says it is locked");
	free(w);
	tap_int(memory_opened(m, "http://s/new", NULL, "new"), 1, "... a page opened is kept for later");
	tap_ok(is_read(m, "http://s/new"), "... and counts as read");
	sqlite3_close(lock);
	tap_int((long)memory_flush(m), 0, "the lock gone, a flush writes it");
	tap_ok(memory_read_urls(m, &urls) == 0 && has(&urls, "http://s/old") && has(&urls, "http://s/new") &&
	    has(&urls, "http://other/"), "... and the file reads whole");
	strlist_free(&urls);
	memory_close(m);
	tap_int(sql_int(path, COUNT_URL("http://s/new")), 1, "... it is in the file");
	free(path);
}

static void
test_full(void)
{
	char *path = xasprintf("%s/full.db", dir), *w;
	size_t big = 1 << 20;
	struct fetched s = {.url = "http://f/big", .body = bytes_own(xcalloc(1, big + 1), big)};
	struct memory *m = memory_open(path);
	sqlite3 *other = NULL;

	memory_opened(m, "http://f/1", NULL, "一");
	memory_close(m);
	small_disk(1);
	sqlite3_open(path, &other);	/* another kanbao: the WAL outlives memory's close */
	m = memory_open(path);
	tap_int(memory_save(m, &s, "大"), -1, "a disk full: the save fails");
	w = memory_warning(m);
	if (!tap_ok(!memory_enabled(m) && w != NULL && strstr(w, "disk full") != NULL,
	    "... memory is off, saying \"disk full\""))
		printf("#   said: %s\n", w ? w : "nothing");
	tap_ok(wal_empty(path), "... and no WAL is left filling the disk");
	memory_close(m);
	sqlite3_close(other);
	small_disk(0);
	tap_int(sql_int(path, COUNT_URL("http://f/1")), 1, "... what was written before is still there");
	free(w);
	bytes_drop(s.body);
	free(path);
}

int
main(void)
{
	char *cmd;

	tap_init();
	if (mkdtemp(dir) == NULL)
		return 99;
	test_read_state();
	test_mark_read();
	test_saved();
	test_saved_pages();
	test_history();
	test_garbage();
	test_readonly();
	test_not_ours();
	test_linked_directory();
	test_empty_sqlite();
	test_locked();
	test_locked_at_start();
	test_full();
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return tap_done();
}
