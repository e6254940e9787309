/*
 * store: the page cache in SQLite; see store.h.
 *
 * One table, pages, keyed by the URL as asked for.  A write is one
 * IMMEDIATE transaction that stores the page and then drops the least
 * recently fetched pages beyond the size bound, so another process never
 * sees the cache over its bound or half written.  Errors go through
 * trouble(), which decides between "move the file aside and start again"
 * (the file is not a database), "stop caching" (it cannot be written) and
 * "skip it" (another program holds the lock: a miss, or no write).
 * Before any of that, store_fit() reads the schema of a file that is
 * there and db_init() writes nothing into one that is not a kanbao cache;
 * store_fit() serves memory.c too, for kanbao.db.
 */
#include "config.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fetch.h"
#include "i18n.h"
#include "store.h"
#include "util.h"

enum state { CLOSED, OPEN, OFF };

struct store {
	char *path;
	size_t max_bytes;
	sqlite3 *db;
	enum state state;
	int moved_aside;		/* once a run, then give up */
	int wait_ms;			/* for another program's lock */
	int said_locked;
	struct strlist warnings;
	size_t warnings_taken;
	struct fetch_cache cache;
};

#define NOT_OURS SQLITE_PERM	/* db_init's word for a file left alone */

/* What the cache's tables are; version 0 was the cache before it had one. */
static const char *const tables[] = {
	"pages(url,final_url,status,content_type,charset,etag,last_modified,fetched,size,body)",
	NULL,
};
static const struct store_schema cache_schema = {1, tables};

/* Made only in a new file: never in somebody else's. */
static const char schema[] =
    "PRAGMA auto_vacuum = INCREMENTAL;"	/* only takes on a new file */
    "PRAGMA journal_mode = WAL;"
    "BEGIN IMMEDIATE;"
    "CREATE TABLE IF NOT EXISTS pages ("
    " url TEXT PRIMARY KEY,"		/* as asked for */
    " final_url TEXT NOT NULL,"		/* after redirects */
    " status INTEGER NOT NULL,"
    " content_type TEXT, charset TEXT, etag TEXT, last_modified TEXT,"
    " fetched INTEGER NOT NULL,"	/* Unix time, renewed by a 304 */
    " size INTEGER NOT NULL,"
    " body BLOB NOT NULL);"
    "CREATE INDEX IF NOT EXISTS pages_by_age ON pages (fetched);"
    "PRAGMA user_version = 1;"
    "COMMIT;";


char *
store_default_path(void)
{
	return xdg_path("XDG_CACHE_HOME", ".cache", "cache.db");
}


static void
db_close(struct store *s)
{
	sqlite3_close_v2(s->db);
	s->db = NULL;
	s->state = CLOSED;
}

/* No more caching this run: the reason is the warning. */
static void
switch_off(struct store *s, const char *why)
{
	strlist_pushf(&s->warnings, _("cache %s: %s; pages are not cached"), s->path, why);
	db_close(s);
	s->state = OFF;
}

/* Opens the file and makes sure it is a cache, making one in a new file;
 * an SQLite result code, NOT_OURS for somebody else's file.  On failure
 * the message is in *why (a new string) and nothing is open. */
static int
db_init(struct store *s, char **why)
{
	enum store_fit fit = STORE_FIT_ERROR;
	int rc = sqlite3_open_v2(s->path, &s->db,
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(s->db, s->wait_ms);
		fit = store_fit(s->db, &cache_schema, &rc, why);
	}
	if (fit == STORE_FIT_NEW && (rc = sqlite3_exec(s->db, schema, NULL, NULL, NULL)) != SQLITE_OK)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	if (fit == STORE_FIT_NEW || fit == STORE_FIT_OURS)
		sqlite3_exec(s->db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL);
	if (fit == STORE_FIT_NEWER || fit == STORE_FIT_FOREIGN) {
		db_close(s);
		return NOT_OURS;
	}
	if (rc == SQLITE_OK && sqlite3_db_readonly(s->db, "main") == 1) {
		*why = xstrdup(_("the file is read-only"));
		db_close(s);
		return SQLITE_READONLY;
	}
	if (rc != SQLITE_OK) {
		*why = xstrdup(store_errstr(rc));
		db_close(s);
		return rc & 0xff;
	}
	s->state = OPEN;
	return SQLITE_OK;
}

static int
is_damaged(int rc)
{
	return rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT;
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

static int
is_locked(int rc)
{
	return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

/* The open database, opening it on first use; NULL when caching is off,
 * or for now, while another program holds the file locked. */
static sqlite3 *
store_db(struct store *s)
{
	char *why = NULL;
	int rc;

	if (s->state != CLOSED)
		return s->db;
	if (make_parents(s->path) != 0) {
		switch_off(s, strerror(errno));
		return NULL;
	}
	if (db_file_kind(s->path, 0, &why) == DB_FILE_UNUSABLE) {	/* a directory, a link */
		switch_off(s, why);
		free(why);
		return NULL;
	}
	rc = db_init(s, &why);
	if (is_damaged(rc) && !s->moved_aside) {
		free(why);
		why = NULL;
		move_aside(s);
		rc = db_init(s, &why);
	}
	if (is_locked(rc))
		locked(s);	/* closed: the next use tries again */
	else if (rc != SQLITE_OK)
		switch_off(s, why);
	free(why);
	return s->db;
}

/* A statement failed with rc: decide what that means for the cache. */
static void
trouble(struct store *s, int rc)
{
	if (is_locked(rc)) {
		locked(s);
		return;
	}
	rc &= 0xff;
	if (is_damaged(rc) && !s->moved_aside) {
		db_close(s);
		move_aside(s);	/* and store_db() begins a new file */
		return;
	}
	if (rc == SQLITE_FULL)	/* leave no WAL behind to fill the disk */
		sqlite3_exec(s->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
	switch_off(s, store_errstr(rc));
}

/* Compiles sql into *st; an SQLite result code.  The caller made sure
 * the database is open (store_db). */
static int
prepare(struct store *s, const char *sql, sqlite3_stmt **st)
{
	int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);

	if (rc != SQLITE_OK) {
		sqlite3_finalize(*st);
		*st = NULL;
	}
	return rc;
}

/* Runs a statement without results to its end; an SQLite result code. */
static int
run(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_finalize(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

static int
exec(struct store *s, const char *sql)
{
	return sqlite3_exec(s->db, sql, NULL, NULL, NULL);
}

static char *
column_str(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? xstrdup((const char *)t) : NULL;
}

static void
read_row(sqlite3_stmt *st, struct fetch_cached *c)
{
	const void *body = sqlite3_column_blob(st, 7);

	c->url = column_str(st, 0);
	c->status = sqlite3_column_int(st, 1);
	c->content_type = column_str(st, 2);
	c->charset = column_str(st, 3);
	c->etag = column_str(st, 4);
	c->last_modified = column_str(st, 5);
	c->fetched = (time_t)sqlite3_column_int64(st, 6);
	c->len = (size_t)sqlite3_column_bytes(st, 7);
	c->body = xmalloc(c->len + 1);
	if (c->len > 0)
		memcpy(c->body, body, c->len);
	c->body[c->len] = '\0';
}

static int
cache_get(void *ctx, const char *url, struct fetch_cached *c)
{
	struct store *s = ctx;
	sqlite3_stmt *st;
	int rc;

	memset(c, 0, sizeof *c);
	if (store_db(s) == NULL)
		return 0;
	rc = prepare(s, "SELECT final_url, status, content_type, charset, etag,"
	    " last_modified, fetched, body FROM pages WHERE url = ?1", &st);
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW)
			read_row(st, c);
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		trouble(s, rc);
	if (rc != SQLITE_ROW || c->url == NULL) {
		fetch_cached_free(c);
		return 0;
	}
	return 1;
}

static int
insert_page(struct store *s, const char *url, const struct fetch_cached *c)
{
	sqlite3_stmt *st;
	int rc = prepare(s, "INSERT OR REPLACE INTO pages (url, final_url, status,"
	    " content_type, charset, etag, last_modified, fetched, size, body)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", &st);

	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, c->url, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, c->status);
	sqlite3_bind_text(st, 4, c->content_type, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, c->charset, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, c->etag, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, c->last_modified, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 8, (sqlite3_int64)c->fetched);
	sqlite3_bind_int64(st, 9, (sqlite3_int64)c->len);
	/* a non-NULL pointer even for no bytes: an empty blob, not NULL */
	sqlite3_bind_blob64(st, 10, c->body ? c->body : "", c->len, SQLITE_STATIC);
	return run(st);
}

/* Drops the least recently fetched pages until the rest fit the bound. */
static int
evict(struct store *s, int *dropped)
{
	sqlite3_stmt *st;
	int rc = prepare(s, "DELETE FROM pages WHERE rowid IN (SELECT r FROM"
	    " (SELECT rowid AS r, sum(size) OVER (ORDER BY fetched DESC, rowid DESC)"
	    " AS kept FROM pages) WHERE kept > ?1)", &st);

	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)s->max_bytes);
	rc = run(st);
	*dropped = sqlite3_changes(s->db) > 0;
	return rc;
}

static void
cache_put(void *ctx, const char *url, const struct fetch_cached *c)
{
	struct store *s = ctx;
	int rc, dropped = 0;

	if (c->url == NULL || store_db(s) == NULL)
		return;
	if ((rc = exec(s, "BEGIN IMMEDIATE")) != SQLITE_OK) {
		trouble(s, rc);
		return;
	}
	rc = insert_page(s, url, c);
	if (rc == SQLITE_OK)
		rc = evict(s, &dropped);
	if (rc == SQLITE_OK)
		rc = exec(s, "COMMIT");
	if (rc != SQLITE_OK) {
		exec(s, "ROLLBACK");
		trouble(s, rc);
		return;
	}
	if (dropped)	/* give the freed pages back to the file system */
		exec(s, "PRAGMA incremental_vacuum");
}

static void
cache_fresh(void *ctx, const char *url, time_t t)
{
	struct store *s = ctx;
	sqlite3_stmt *st;
	int rc;

	if (store_db(s) == NULL)
		return;
	rc = prepare(s, "UPDATE pages SET fetched = ?2 WHERE url = ?1", &st);
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)t);
		rc = run(st);
	}
	if (rc != SQLITE_OK)
		trouble(s, rc);
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
	sqlite3_close(s->db);
	strlist_free(&s->warnings);
	free(s->path);
	free(s);
}

void
store_set_wait(struct store *s, int ms)
{
	s->wait_ms = ms;
	if (s->db != NULL)
		sqlite3_busy_timeout(s->db, ms);
}

const struct fetch_cache *
store_fetch_cache(struct store *s)
{
	return &s->cache;
}

char *
store_warning(struct store *s)
{
	char *w;

	if (s->warnings_taken >= s->warnings.n)
		return NULL;
	w = s->warnings.v[s->warnings_taken];
	s->warnings.v[s->warnings_taken++] = NULL;
	return w;
}

/* ---- whose file is it ---- */

/* An integer a statement without parameters gives; an SQLite result code. */
static int
query_int(sqlite3 *db, const char *sql, int *out)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);

	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = sqlite3_column_int(st, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

/* The tables of db, SQLite's own aside, each as "name(col,col,...)"; an
 * SQLite result code. */
static int
tables_of(sqlite3 *db, struct strlist *out)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, "SELECT m.name || '(' || (SELECT group_concat(name, ',')"
	    " FROM (SELECT name FROM pragma_table_info(m.name) ORDER BY cid)) || ')'"
	    " FROM sqlite_master AS m WHERE m.type = 'table'"
	    " AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!'", -1, &st, NULL);

	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(st, 0);

		strlist_push(out, xstrdup(t ? (const char *)t : ""));
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* How many of have are in want: to the letter, or by name only. */
static size_t
count_ours(const struct strlist *have, const char *const *want, int by_name)
{
	size_t n = 0;

	for (size_t i = 0; i < have->n; i++) {
		size_t len = by_name ? strcspn(have->v[i], "(") + 1 : strlen(have->v[i]) + 1;

		for (size_t k = 0; want[k] != NULL; k++)
			if (strncmp(have->v[i], want[k], len) == 0) {
				n++;
				break;
			}
	}
	return n;
}

/* A file left alone (keep) is not checkpointed when it is closed: what
 * its WAL holds belongs to whoever wrote it.  An empty WAL, as reading
 * makes one, goes away on close as usual. */
static void
keep_wal(sqlite3 *db, int keep)
{
	const char *wal = sqlite3_filename_wal(sqlite3_db_filename(db, "main"));
	struct stat st;

	keep = keep && wal != NULL && stat(wal, &st) == 0 && st.st_size > 0;
	sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, keep, (int *)NULL);
}

enum store_fit
store_fit(sqlite3 *db, const struct store_schema *want, int *rc, char **why)
{
	struct strlist have = {0};
	size_t nwant = 0;
	int version = 0;
	enum store_fit fit;

	*why = NULL;
	while (want->tables[nwant] != NULL)
		nwant++;
	if ((*rc = query_int(db, "PRAGMA user_version", &version)) == SQLITE_OK)
		*rc = tables_of(db, &have);
	if (*rc != SQLITE_OK && (*rc & 0xff) != SQLITE_ERROR)
		fit = STORE_FIT_ERROR;	/* busy, damaged: the caller decides */
	else if (*rc == SQLITE_OK && have.n == 0 && version == 0)
		fit = STORE_FIT_NEW;
	else if (*rc == SQLITE_OK && version > want->version && count_ours(&have, want->tables, 1) == nwant)
		fit = STORE_FIT_NEWER;	/* our tables are there, and more may be */
	else if (*rc == SQLITE_OK && version >= 0 && version <= want->version &&
	    have.n == nwant && count_ours(&have, want->tables, 0) == nwant)
		fit = STORE_FIT_OURS;
	else	/* some other program's tables, or ones SQLite cannot even list */
		fit = STORE_FIT_FOREIGN;
	strlist_free(&have);
	if (fit == STORE_FIT_NEWER)
		*why = xasprintf(_("it was made by a newer kanbao (schema version %d; this one knows %d)"),
		    version, want->version);
	else if (fit == STORE_FIT_FOREIGN)
		*why = xstrdup(_("it is not a kanbao database"));
	if (fit == STORE_FIT_NEWER || fit == STORE_FIT_FOREIGN)
		*rc = SQLITE_OK;
	keep_wal(db, fit != STORE_FIT_NEW && fit != STORE_FIT_OURS);
	return fit;
}

const char *
store_errstr(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_FULL:
		return _("disk full");
	case SQLITE_READONLY:
		return _("the file is read-only");
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return _("it is locked by another program");
	default:
		return sqlite3_errstr(rc);
	}
}
