/*
 * store: the page cache in SQLite; see store.h.
 *
 * The table pages, keyed by the URL as asked for, its rows written and
 * read by store_page.c (compressed), and totals, the bytes they hold,
 * kept by triggers.  A write is one IMMEDIATE transaction that stores the
 * page and then drops the least recently fetched pages beyond the size
 * bound, so another process never sees the cache over its bound or half
 * written.  The search index (search.c) lives in the same file, so that a
 * page dropped takes its entry along in the same transaction.  Errors go
 * through store_trouble(), which decides between "move the file aside and
 * start again" (the file is not a database), "drop the search index" (it
 * alone is damaged: search.c makes it again), "stop caching" (it cannot
 * be written) and "skip it" (another program holds the lock: a miss, or
 * no write).
 * Before any of that, db_claim() (db.c, which memory.c shares) reads the
 * schema of a file that is there, so nothing is written into one that is
 * not a kanbao cache.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fetch.h"
#include "i18n.h"
#include "store_int.h"

/* What the cache's tables are. */
static const char *const tables[] = {
	"pages(url,final_url,status,content_type,charset,etag,last_modified,fetched,size,body,raw_size)",
	"totals(bytes)",
	NULL,
};

/* Version 1 (and 0, the cache before it had a version): bodies as they
 * came, and every write summed the sizes of every page. */
static const char *const tables_v1[] = {
	"pages(url,final_url,status,content_type,charset,etag,last_modified,fetched,size,body)",
	NULL,
};

/* The bytes the pages store, kept as they change; an upsert fires the
 * update trigger (INSERT OR REPLACE would fire none). */
#define TOTALS \
    "CREATE TABLE IF NOT EXISTS totals (bytes INTEGER NOT NULL);" \
    "INSERT INTO totals SELECT coalesce(sum(size), 0) FROM pages" \
    " WHERE NOT EXISTS (SELECT 1 FROM totals);" \
    "CREATE TRIGGER IF NOT EXISTS pages_in AFTER INSERT ON pages BEGIN" \
    " UPDATE totals SET bytes = bytes + new.size; END;" \
    "CREATE TRIGGER IF NOT EXISTS pages_out AFTER DELETE ON pages BEGIN" \
    " UPDATE totals SET bytes = bytes - old.size; END;" \
    "CREATE TRIGGER IF NOT EXISTS pages_resized AFTER UPDATE OF size ON pages BEGIN" \
    " UPDATE totals SET bytes = bytes - old.size + new.size; END;"

/* Made only in a new file: never in somebody else's.  Another kanbao may
 * be making it at the same moment: whoever comes second makes nothing. */
static const char create[] =
    "PRAGMA auto_vacuum = INCREMENTAL;"	/* only takes on a new file */
    "PRAGMA journal_mode = WAL;"
    "BEGIN IMMEDIATE;"
    "CREATE TABLE IF NOT EXISTS pages ("
    " url TEXT PRIMARY KEY,"		/* as asked for */
    " final_url TEXT NOT NULL,"		/* after redirects */
    " status INTEGER NOT NULL,"
    " content_type TEXT, charset TEXT, etag TEXT, last_modified TEXT,"
    " fetched INTEGER NOT NULL,"	/* Unix time, renewed by a 304 */
    " size INTEGER NOT NULL,"		/* of body as stored */
    " body BLOB NOT NULL,"
    " raw_size INTEGER);"		/* NULL: body as it came; else deflated from this */
    "CREATE INDEX IF NOT EXISTS pages_by_age ON pages (fetched);"
    TOTALS
    "PRAGMA user_version = 2;"
    "COMMIT;";

static const struct db_step steps[] = {
	{1, tables_v1, "ALTER TABLE pages ADD COLUMN raw_size INTEGER;"
	    "CREATE INDEX IF NOT EXISTS pages_by_age ON pages (fetched);"
	    TOTALS "PRAGMA user_version = 2;"},
	{0},
};

static const struct db_schema cache_schema = {.version = 2, .tables = tables,
	.create = create, .optional = store_index_tables, .steps = steps};


char *
store_default_path(void)
{
	return xdg_path("XDG_CACHE_HOME", ".cache", "cache.db");
}


static void
shut(struct store *s)
{
	db_close(s->db);
	s->db = NULL;
	s->state = STORE_CLOSED;
}

/* No more caching this run: the reason is the warning. */
static void
switch_off(struct store *s, const char *why)
{
	strlist_pushf(&s->warnings, _("cache %s: %s; pages are not cached"), s->path, why);
	shut(s);
	s->state = STORE_OFF;
}

/* Opens the file and makes sure it is a cache, making one in a new file;
 * an SQLite result code, or DB_REFUSED for a file left alone.  On failure
 * the message is in *why (a new string) and nothing is open. */
/* Tries a batch's claim goes to when another kanbao makes the file at the
 * same moment, and the first pause between them, in ms (doubled each
 * time: 300 ms in all). */
#define CLAIM_TRIES 5
#define CLAIM_PAUSE_MS 20

/* Two dumps making a new cache at once race to make it, and SQLite
 * answers some steps of that race (the switch to WAL, a first read of a
 * WAL the other is setting up) with "busy" without waiting in its busy
 * handler.  The other's making takes moments, so a batch, which may wait,
 * looks again a few times before calling the file locked; the reader,
 * which may not, takes the first answer. */
static int
claim(struct store *s, char **why)
{
	int rc = db_claim(s->db, &cache_schema, why);

	for (int i = 1, ms = CLAIM_PAUSE_MS; i < CLAIM_TRIES && db_locked(rc) &&
	    s->wait_ms >= STORE_WAIT_BATCH; i++, ms *= 2) {
		free(*why);
		sqlite3_sleep(ms);
		rc = db_claim(s->db, &cache_schema, why);
	}
	return rc;
}

static int
db_init(struct store *s, char **why)
{
	int rc = db_open(s->path, s->wait_ms, &s->db, why);

	if (rc == SQLITE_OK)
		rc = claim(s, why);
	if (rc == SQLITE_OK) {
		s->state = STORE_OPEN;
		return SQLITE_OK;
	}
	if (*why == NULL)
		*why = xstrdup(db_errstr(rc));
	shut(s);
	return rc;
}

/* Moves the damaged file (and its WAL, which belongs to it) out of the
 * way, keeping it for a post-mortem, and says so. */
static void
move_aside(struct store *s)
{
	static const char *const suffixes[] = {"", "-wal", "-shm"};
	char stamp[32], *to, *from, *aside;
	time_t now = time(NULL);

	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime(&now));
	aside = xasprintf("%s.corrupt-%s", s->path, stamp);
	if (access(aside, F_OK) == 0) {
		free(aside);
		aside = xasprintf("%s.corrupt-%s-%ld", s->path, stamp, (long)getpid());
	}
	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
		from = xasprintf("%s%s", s->path, suffixes[i]);
		to = xasprintf("%s%s", aside, suffixes[i]);
		if (rename(from, to) != 0 && errno != ENOENT && i == 0)
			unlink(from);
		free(from);
		free(to);
	}
	strlist_pushf(&s->warnings, _("cache %s was not a database or was damaged; moved it to %s and began a new one"),
	    s->path, aside);
	free(aside);
	s->moved_aside = 1;
}

/* Another program holds the lock longer than s->wait_ms: this read is a
 * miss, this write is skipped, and the first time says so. */
static void
locked(struct store *s)
{
	if (!s->said_locked)
		strlist_pushf(&s->warnings, _("cache %s: it is locked by another program; "
		    "pages are not cached while it is"), s->path);
	s->said_locked = 1;
}

sqlite3 *
store_db(struct store *s)
{
	char *why = NULL;
	int rc;

	if (s->state != STORE_CLOSED)
		return s->db;
	rc = db_init(s, &why);	/* a directory, a link: refused, and *why says so */
	if (db_damaged(rc) && !s->moved_aside) {
		free(why);
		why = NULL;
		move_aside(s);
		rc = db_init(s, &why);
	}
	if (db_locked(rc))
		locked(s);	/* closed: the next use tries again */
	else if (rc != SQLITE_OK)
		switch_off(s, why);
	else
		store_index_begin(s);
	free(why);
	return s->db;
}

void
store_trouble(struct store *s, int rc)
{
	if (db_locked(rc)) {
		locked(s);
		return;
	}
	if (rc == SQLITE_CORRUPT_VTAB && store_index_drop(s) == SQLITE_OK)
		return;		/* the index alone, made again by the next search */
	if (db_damaged(rc) && !s->moved_aside) {
		shut(s);
		move_aside(s);	/* and store_db() begins a new file */
		return;
	}
	if ((rc & 0xff) == SQLITE_FULL)
		db_empty_wal(s->db);
	switch_off(s, db_errstr(rc));
}

static int
cache_get(void *ctx, const char *url, struct fetched *c)
{
	struct store *s = ctx;
	sqlite3_stmt *st;
	int rc;

	memset(c, 0, sizeof *c);
	if (store_db(s) == NULL)
		return 0;
	rc = db_prepare(s->db, "SELECT " STORE_PAGE_COLUMNS " FROM pages WHERE url = ?1", &st);
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
		/* a body that does not inflate is a miss: fetched again */
		if ((rc = sqlite3_step(st)) == SQLITE_ROW && store_page_read(st, url, c) != 0)
			rc = SQLITE_DONE;
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		store_trouble(s, rc);
	if (rc != SQLITE_ROW || c->final_url == NULL) {
		fetched_free(c);
		return 0;
	}
	return 1;
}

static void
cache_put(void *ctx, const struct fetched *c)
{
	struct store *s = ctx;
	int rc, dropped = 0;

	if (c->url == NULL || c->final_url == NULL || store_db(s) == NULL)
		return;
	if ((rc = db_begin(s->db)) != SQLITE_OK) {
		store_trouble(s, rc);
		return;
	}
	rc = store_page_put(s->db, c);
	if (rc == SQLITE_OK)
		rc = store_page_evict(s->db, s->max_bytes, &dropped);
	if ((rc = db_end(s->db, rc)) != SQLITE_OK) {
		store_trouble(s, rc);
		return;
	}
	if (dropped)	/* give the freed pages back to the file system */
		db_exec(s->db, "PRAGMA incremental_vacuum");
}

static void
cache_fresh(void *ctx, const char *url, time_t t)
{
	struct store *s = ctx;
	sqlite3_stmt *st;
	int rc;

	if (store_db(s) == NULL)
		return;
	rc = db_prepare(s->db, "UPDATE pages SET fetched = ?2 WHERE url = ?1", &st);
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)t);
		rc = db_run(st);
	}
	if (rc != SQLITE_OK)
		store_trouble(s, rc);
}

static char *
cache_warning(void *ctx)
{
	return store_warning(ctx);
}

struct store *
store_open(const char *path, size_t max_bytes)
{
	struct store *s = xcalloc(1, sizeof *s);

	s->path = path ? xstrdup(path) : store_default_path();
	s->max_bytes = max_bytes;
	s->wait_ms = STORE_WAIT_DEFAULT;
	if (s->path == NULL) {
		s->path = xstrdup("cache.db");
		switch_off(s, _("neither XDG_CACHE_HOME nor HOME is set"));
	}
	s->cache.ctx = s;
	s->cache.get = cache_get;
	s->cache.put = cache_put;
	s->cache.fresh = cache_fresh;
	s->cache.warning = cache_warning;
	return s;
}

void
store_close(struct store *s)
{
	if (s == NULL)
		return;
	db_close(s->db);
	strlist_free(&s->warnings);
	free(s->path);
	free(s);
}

void
store_set_wait(struct store *s, int ms)
{
	s->wait_ms = ms;
	db_wait(s->db, ms);
}

const struct fetch_cache *
store_fetch_cache(struct store *s)
{
	return &s->cache;
}

char *
store_warning(struct store *s)
{
	return strlist_take(&s->warnings, &s->warnings_taken);
}
