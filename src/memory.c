/*
 * memory: history, read state and saved stories in SQLite; see memory.h.
 *
 * Three tables.  Each action is one IMMEDIATE transaction.  Errors go
 * through trouble(): a lock held too long by another kanbao lets the
 * action pass; anything else (a damaged file, a full disk, a read-only
 * file) switches memory off for the run with one message.  Nothing here
 * ever deletes, renames or recreates the file: before SQLite opens an
 * existing file, its header must say it is a database, so a file that is
 * something else is never even opened for writing.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "memory.h"
#include "util.h"

#define BUSY_MS 5000	/* how long to wait for another kanbao's write */

struct memory {
	char *path;
	sqlite3 *db;		/* NULL: memory is off */
	struct strlist warnings;
	size_t warnings_taken;
};

static const char schema[] =
    "PRAGMA journal_mode = WAL;"
    "PRAGMA synchronous = NORMAL;"
    "BEGIN IMMEDIATE;"
    "CREATE TABLE IF NOT EXISTS history ("
    " id INTEGER PRIMARY KEY, url TEXT NOT NULL, title TEXT,"
    " time INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS read ("
    " url TEXT PRIMARY KEY, time INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS saved ("
    " url TEXT PRIMARY KEY, title TEXT, final_url TEXT NOT NULL,"
    " charset TEXT, time INTEGER NOT NULL, body BLOB NOT NULL);"
    "PRAGMA user_version = 1;"
    "COMMIT;";


char *
memory_default_path(void)
{
	return xdg_path("XDG_DATA_HOME", ".local/share", "kanbao.db");
}


/* No memory this run: the reason is the warning. */
static void
switch_off(struct memory *m, const char *why)
{
	strlist_pushf(&m->warnings, _("memory %s: %s; history, read marks and saved stories are off "
	    "this run (the file is left as it is)"), m->path, why);
	sqlite3_close_v2(m->db);
	m->db = NULL;
}

/* Does the file at path, if there is one, look like an SQLite database?
 * 1 yes or no file at all or an empty one; 0 no (*why says what). */
static int
looks_like_db(const char *path, const char **why)
{
	static const char magic[16] = "SQLite format 3";	/* and its NUL */
	char head[16];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);

	if (fd < 0) {
		*why = strerror(errno);
		return errno == ENOENT;
	}
	n = read(fd, head, sizeof head);
	close(fd);
	if (n == 0)
		return 1;
	*why = _("it is not a kanbao database, or is damaged");
	return n == (ssize_t)sizeof head && memcmp(head, magic, sizeof head) == 0;
}

/* A statement failed with rc: decide what that means for memory. */
static void
trouble(struct memory *m, int rc)
{
	rc &= 0xff;
	if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
		return;		/* another kanbao was slow: this action is lost */
	if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
		switch_off(m, _("it is not a kanbao database, or is damaged"));
	else
		switch_off(m, sqlite3_errstr(rc));
}

struct memory *
memory_open(const char *path)
{
	struct memory *m = xcalloc(1, sizeof *m);
	const char *why = NULL;
	int rc;

	m->path = path ? xstrdup(path) : memory_default_path();
	if (m->path == NULL) {
		m->path = xstrdup("kanbao.db");
		switch_off(m, _("neither XDG_DATA_HOME nor HOME is set"));
		return m;
	}
	if (make_parents(m->path) != 0) {
		switch_off(m, strerror(errno));
		return m;
	}
	if (!looks_like_db(m->path, &why)) {
		switch_off(m, why);
		return m;
	}
	rc = sqlite3_open_v2(m->path, &m->db,
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(m->db, BUSY_MS);
		rc = sqlite3_exec(m->db, schema, NULL, NULL, NULL);
		if (rc != SQLITE_OK)
			sqlite3_exec(m->db, "ROLLBACK", NULL, NULL, NULL);
	}
	if (rc == SQLITE_OK && sqlite3_db_readonly(m->db, "main") == 1)
		switch_off(m, _("the file is read-only"));
	else if (rc != SQLITE_OK && m->db == NULL)
		switch_off(m, sqlite3_errstr(rc));
	else if (rc != SQLITE_OK && ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT))
		trouble(m, rc);
	else if (rc != SQLITE_OK)	/* even a lock held too long: no schema, no memory */
		switch_off(m, sqlite3_errstr(rc));
	return m;
}

void
memory_close(struct memory *m)
{
	if (m == NULL)
		return;
	sqlite3_close_v2(m->db);
	strlist_free(&m->warnings);
	free(m->path);
	free(m);
}

int
memory_enabled(const struct memory *m)
{
	return m != NULL && m->db != NULL;
}

char *
memory_warning(struct memory *m)
{
	char *w;

	if (m == NULL || m->warnings_taken >= m->warnings.n)
		return NULL;
	w = m->warnings.v[m->warnings_taken];
	m->warnings.v[m->warnings_taken++] = NULL;
	return w;
}

/* ---- statements ---- */

static sqlite3_stmt *
prepare(struct memory *m, const char *sql, int *rc)
{
	sqlite3_stmt *st = NULL;

	*rc = sqlite3_prepare_v2(m->db, sql, -1, &st, NULL);
	if (*rc != SQLITE_OK) {
		sqlite3_finalize(st);
		st = NULL;
	}
	return st;
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
exec(struct memory *m, const char *sql)
{
	return sqlite3_exec(m->db, sql, NULL, NULL, NULL);
}

static int
begin(struct memory *m)
{
	int rc;

	if (m == NULL || m->db == NULL)
		return -1;
	if ((rc = exec(m, "BEGIN IMMEDIATE")) != SQLITE_OK) {
		trouble(m, rc);
		return -1;
	}
	return 0;
}

/* Commits when rc is SQLITE_OK, else rolls back; 0 or -1. */
static int
end(struct memory *m, int rc)
{
	if (rc == SQLITE_OK)
		rc = exec(m, "COMMIT");
	if (rc != SQLITE_OK) {
		exec(m, "ROLLBACK");
		trouble(m, rc);
		return -1;
	}
	return 0;
}

static int
mark_read(struct memory *m, const char *url, time_t now)
{
	int rc;
	sqlite3_stmt *st = prepare(m, "INSERT OR REPLACE INTO read (url, time)"
	    " VALUES (?1, ?2)", &rc);

	if (st == NULL)
		return rc;
	sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)now);
	return run(st);
}

int
memory_opened(struct memory *m, const char *url, const char *final_url,
    const char *title)
{
	time_t now = time(NULL);
	sqlite3_stmt *st;
	int rc;

	if (url == NULL || begin(m) != 0)
		return -1;
	st = prepare(m, "INSERT INTO history (url, title, time) VALUES (?1, ?2, ?3)", &rc);
	if (st != NULL) {
		sqlite3_bind_text(st, 1, final_url ? final_url : url, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, title, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)now);
		rc = run(st);
	}
	if (rc == SQLITE_OK)
		rc = mark_read(m, url, now);
	if (rc == SQLITE_OK && final_url != NULL && strcmp(final_url, url) != 0)
		rc = mark_read(m, final_url, now);
	return end(m, rc);
}

static char *
column_str(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? xstrdup((const char *)t) : NULL;
}

int
memory_read_urls(struct memory *m, struct strlist *out)
{
	sqlite3_stmt *st;
	int rc;

	if (!memory_enabled(m))
		return -1;
	if ((st = prepare(m, "SELECT url FROM read", &rc)) != NULL) {
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			strlist_push(out, column_str(st, 0));
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_DONE) {
		trouble(m, rc);
		return -1;
	}
	return 0;
}

int
memory_is_read(struct memory *m, const char *url)
{
	sqlite3_stmt *st;
	int rc, found = 0;

	if (!memory_enabled(m) || url == NULL)
		return 0;
	if ((st = prepare(m, "SELECT 1 FROM read WHERE url = ?1", &rc)) != NULL) {
		sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
		found = (rc = sqlite3_step(st)) == SQLITE_ROW;
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		trouble(m, rc);
	return found;
}

/* ---- saved stories ---- */

int
memory_save(struct memory *m, const struct memory_story *s)
{
	sqlite3_stmt *st;
	int rc;

	if (s->url == NULL || begin(m) != 0)
		return -1;
	st = prepare(m, "INSERT OR REPLACE INTO saved (url, title, final_url,"
	    " charset, time, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", &rc);
	if (st != NULL) {
		sqlite3_bind_text(st, 1, s->url, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, s->title, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, s->final_url ? s->final_url : s->url, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, s->charset, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 5, (sqlite3_int64)(s->saved ? s->saved : time(NULL)));
		/* a non-NULL pointer even for no bytes: an empty blob, not NULL */
		sqlite3_bind_blob64(st, 6, s->body ? s->body : "", s->len, SQLITE_STATIC);
		rc = run(st);
	}
	return end(m, rc);
}

static void
read_story(sqlite3_stmt *st, struct memory_story *s, int body)
{
	s->url = column_str(st, 0);
	s->title = column_str(st, 1);
	s->final_url = column_str(st, 2);
	s->charset = column_str(st, 3);
	s->saved = (time_t)sqlite3_column_int64(st, 4);
	if (body) {
		const void *b = sqlite3_column_blob(st, 5);

		s->len = (size_t)sqlite3_column_bytes(st, 5);
		s->body = xmalloc(s->len + 1);
		if (s->len > 0)
			memcpy(s->body, b, s->len);
		s->body[s->len] = '\0';
	}
}

int
memory_load(struct memory *m, const char *url, struct memory_story *s)
{
	sqlite3_stmt *st;
	int rc;

	memset(s, 0, sizeof *s);
	if (!memory_enabled(m) || url == NULL)
		return 0;
	st = prepare(m, "SELECT url, title, final_url, charset, time, body"
	    " FROM saved WHERE url = ?1", &rc);
	if (st != NULL) {
		sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW)
			read_story(st, s, 1);
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		trouble(m, rc);
	return rc == SQLITE_ROW;
}

int
memory_saved(struct memory *m, struct memory_story **v, size_t *n)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	*v = NULL;
	*n = 0;
	if (!memory_enabled(m))
		return -1;
	st = prepare(m, "SELECT url, title, final_url, charset, time FROM saved"
	    " ORDER BY time DESC, rowid DESC", &rc);
	if (st != NULL) {
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			if (*n == cap) {
				cap = cap ? cap * 2 : 16;
				*v = xreallocarray(*v, cap, sizeof **v);
			}
			memset(&(*v)[*n], 0, sizeof **v);
			read_story(st, &(*v)[(*n)++], 0);
		}
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_DONE) {
		trouble(m, rc);
		return -1;
	}
	return (int)*n;
}

int
memory_history(struct memory *m, size_t max, struct memory_visit **v, size_t *n)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	*v = NULL;
	*n = 0;
	if (!memory_enabled(m))
		return -1;
	st = prepare(m, "SELECT url, title, time FROM history WHERE id IN"
	    " (SELECT MAX(id) FROM history GROUP BY url) ORDER BY id DESC LIMIT ?1", &rc);
	if (st != NULL) {
		sqlite3_bind_int64(st, 1, (sqlite3_int64)(max > INT32_MAX ? INT32_MAX : max));
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			if (*n == cap) {
				cap = cap ? cap * 2 : 16;
				*v = xreallocarray(*v, cap, sizeof **v);
			}
			(*v)[*n].url = column_str(st, 0);
			(*v)[*n].title = column_str(st, 1);
			(*v)[(*n)++].opened = (time_t)sqlite3_column_int64(st, 2);
		}
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_DONE) {
		trouble(m, rc);
		return -1;
	}
	return (int)*n;
}

void
memory_visits_free(struct memory_visit *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].url);
		free(v[i].title);
	}
	free(v);
}

void
memory_story_free(struct memory_story *s)
{
	free(s->url);
	free(s->title);
	free(s->final_url);
	free(s->charset);
	free(s->body);
	memset(s, 0, sizeof *s);
}

void
memory_stories_free(struct memory_story *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		memory_story_free(&v[i]);
	free(v);
}
