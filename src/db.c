/*
 * db: the SQLite core under the cache and the memory; see db.h.
 *
 * Whose file it is comes before anything is written.  db_open() looks at
 * what stands at the path without opening it (file_kind: a directory, a
 * link, a file that is not SQLite); db_claim() reads the schema
 * (user_version, and each table with its columns) and says whether it is
 * kanbao's, a newer kanbao's or somebody else's, so that a file that is
 * not ours is never written, not even its journal mode.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db.h"
#include "i18n.h"
#include "util.h"

/* What stands where kanbao keeps a database. */
enum file_kind {
	FILE_NONE,		/* nothing there, or an empty file: kanbao may make one */
	FILE_SQLITE,		/* an SQLite file: its schema says whose it is */
	FILE_OTHER,		/* a regular file that is not a database (or is damaged) */
	FILE_UNUSABLE,		/* *why says what it is */
};

/* Whose an SQLite file is, by its schema. */
enum fit {
	FIT_NEW,		/* no tables, user_version 0: kanbao may make its own */
	FIT_OURS,		/* kanbao's tables; this version or an older one */
	FIT_NEWER,		/* kanbao's tables (and more), a newer version: left alone */
	FIT_FOREIGN,		/* anything else: left alone */
	FIT_ERROR,		/* it could not be read: *rc says why (busy, damaged) */
};

/* Do the first bytes of the regular file at path say SQLite?  1 yes, 0
 * no, -1 it cannot be read (errno). */
static int
has_sqlite_header(const char *path)
{
	static const char magic[16] = "SQLite format 3";	/* and its NUL */
	char head[sizeof magic];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);

	if (fd < 0)
		return -1;
	n = read(fd, head, sizeof head);
	close(fd);
	return n == (ssize_t)sizeof head && memcmp(head, magic, sizeof head) == 0;
}

/* What stands at path, looked at without opening it for writing and
 * without following a link there; FILE_UNUSABLE sets *why. */
static enum file_kind
file_kind(const char *path, char **why)
{
	char to[PATH_MAX];
	struct stat st;
	ssize_t n;

	if (lstat(path, &st) != 0) {
		if (errno == ENOENT)
			return FILE_NONE;
		*why = xstrdup(strerror(errno));
		return FILE_UNUSABLE;
	}
	if (S_ISLNK(st.st_mode)) {
		n = readlink(path, to, sizeof to - 1);
		to[n > 0 ? n : 0] = '\0';
		*why = xasprintf(_("it is a symbolic link (to %s), which kanbao does not follow: "
		    "put the file itself there"), to);
	} else if (S_ISDIR(st.st_mode)) {
		*why = xstrdup(_("it is a directory, not a file"));
	} else if (!S_ISREG(st.st_mode)) {
		*why = xstrdup(_("it is not a regular file"));
	} else if ((n = has_sqlite_header(path)) < 0) {
		*why = xstrdup(strerror(errno));
	} else {
		return n ? FILE_SQLITE : st.st_size == 0 ? FILE_NONE : FILE_OTHER;
	}
	return FILE_UNUSABLE;
}

int
db_open(const char *path, int wait_ms, sqlite3 **db, char **why)
{
	int rc;

	*db = NULL;
	*why = NULL;
	if (make_parents(path) != 0) {
		*why = xstrdup(strerror(errno));
		return DB_REFUSED;
	}
	switch (file_kind(path, why)) {
	case FILE_UNUSABLE:
		return DB_REFUSED;
	case FILE_OTHER:	/* never even opened by SQLite */
		return SQLITE_NOTADB;
	default:
		break;
	}
	/* not SQLITE_OPEN_NOFOLLOW: it refuses a link anywhere in the path, and
	 * many homes lie behind one (/home -> /var/home); a link at the file
	 * itself was refused above */
	rc = sqlite3_open_v2(path, db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		db_close(*db);
		*db = NULL;
		return rc;
	}
	sqlite3_busy_timeout(*db, wait_ms);
	/* SQLITE_CORRUPT_VTAB: the search index is damaged, not the file */
	sqlite3_extended_result_codes(*db, 1);
	return SQLITE_OK;
}

void
db_close(sqlite3 *db)
{
	sqlite3_close_v2(db);
}

void
db_wait(sqlite3 *db, int ms)
{
	if (db != NULL)
		sqlite3_busy_timeout(db, ms);
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

/* The tables of db, SQLite's own and a virtual table's shadow tables
 * (name_data, name_idx ... of fts5's name) aside, each as
 * "name(col,col,...)", a virtual table as "name(virtual)": reading its
 * columns opens it, and a damaged one cannot be; an SQLite result code. */
static int
tables_of(sqlite3 *db, struct strlist *out)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, "SELECT m.name || '(' || CASE"
	    " WHEN m.sql LIKE 'CREATE VIRTUAL TABLE%' THEN 'virtual' ELSE (SELECT group_concat(name, ',')"
	    " FROM (SELECT name FROM pragma_table_info(m.name) ORDER BY cid)) END || ')'"
	    " FROM sqlite_master AS m WHERE m.type = 'table'"
	    " AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!'"
	    " AND NOT EXISTS (SELECT 1 FROM sqlite_master AS v WHERE v.type = 'table'"
	    " AND v.sql LIKE 'CREATE VIRTUAL TABLE%'"
	    " AND substr(m.name, 1, length(v.name) + 1) = v.name || '_')", -1, &st, NULL);

	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(st, 0);

		strlist_push(out, xstrdup(t ? (const char *)t : ""));
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* How many of have are in want (NULL: none): to the letter, or by name
 * only. */
static size_t
count_ours(const struct strlist *have, const char *const *want, int by_name)
{
	size_t n = 0;

	for (size_t i = 0; want != NULL && i < have->n; i++) {
		size_t len = by_name ? strcspn(have->v[i], "(") + 1 : strlen(have->v[i]) + 1;

		for (size_t k = 0; want[k] != NULL; k++)
			if (strncmp(have->v[i], want[k], len) == 0) {
				n++;
				break;
			}
	}
	return n;
}

/* The tables a file of version v holds: its step's, or the schema's. */
static const char *const *
tables_at(const struct db_schema *want, int v)
{
	for (const struct db_step *s = want->steps; s != NULL && s->tables != NULL; s++)
		if (v <= s->version)
			return s->tables;
	return want->tables;
}

/* Does have hold every table of want, to the letter, and nothing else
 * but some of optional? */
static int
same_tables(const struct strlist *have, const char *const *want, const char *const *optional)
{
	size_t nwant = 0, n = count_ours(have, want, 0);

	while (want[nwant] != NULL)
		nwant++;
	return n == nwant && n + count_ours(have, optional, 0) == have->n;
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

/* Reads the schema of db, writing nothing, and says whose it is, and
 * its *version.  *rc gets an SQLite result code; NEWER and FOREIGN set
 * *why. */
static enum fit
fit(sqlite3 *db, const struct db_schema *want, int *version, int *rc, char **why)
{
	struct strlist have = {0};
	size_t nwant = 0;
	enum fit f;

	while (want->tables[nwant] != NULL)
		nwant++;
	*version = 0;
	/* one snapshot: another kanbao may make the schema between the two
	 * reads, and a version of 0 beside its tables looks foreign */
	sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	if ((*rc = query_int(db, "PRAGMA user_version", version)) == SQLITE_OK)
		*rc = tables_of(db, &have);
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	if (*rc != SQLITE_OK && (*rc & 0xff) != SQLITE_ERROR)
		f = FIT_ERROR;	/* busy, damaged: the caller decides */
	else if (*rc == SQLITE_OK && have.n == 0 && *version == 0)
		f = FIT_NEW;
	else if (*rc == SQLITE_OK && *version > want->version && count_ours(&have, want->tables, 1) == nwant)
		f = FIT_NEWER;	/* our tables are there, and more may be */
	else if (*rc == SQLITE_OK && *version >= 0 && *version <= want->version &&
	    same_tables(&have, tables_at(want, *version),
	    *version == want->version ? want->optional : NULL))
		f = FIT_OURS;
	else	/* some other program's tables, or ones SQLite cannot even list */
		f = FIT_FOREIGN;
	strlist_free(&have);
	if (f == FIT_NEWER)
		*why = xasprintf(_("it was made by a newer kanbao (schema version %d; this one knows %d)"),
		    *version, want->version);
	else if (f == FIT_FOREIGN)
		*why = xstrdup(_("it is not a kanbao database"));
	if (f == FIT_NEWER || f == FIT_FOREIGN)
		*rc = SQLITE_OK;
	keep_wal(db, f != FIT_NEW && f != FIT_OURS);
	return f;
}

/* Brings a file of ours of an older version up to want's, in one
 * transaction; another kanbao may have done it since fit() looked. */
static int
upgrade(sqlite3 *db, const struct db_schema *want)
{
	int v = 0, rc = db_begin(db);

	if (rc == SQLITE_OK)
		rc = query_int(db, "PRAGMA user_version", &v);
	for (const struct db_step *s = want->steps; rc == SQLITE_OK && s != NULL && s->tables != NULL; s++)
		if (v <= s->version)
			rc = db_exec(db, s->upgrade);
	return db_end(db, rc);
}

int
db_claim(sqlite3 *db, const struct db_schema *want, char **why)
{
	int rc, version;
	enum fit f;

	*why = NULL;
	switch ((f = fit(db, want, &version, &rc, why))) {
	case FIT_NEWER:
	case FIT_FOREIGN:
		return DB_REFUSED;
	case FIT_NEW:	/* made only in a new file: never in somebody else's */
		if ((rc = db_exec(db, want->create)) != SQLITE_OK && !sqlite3_get_autocommit(db))
			db_exec(db, "ROLLBACK");
		break;
	default:
		break;
	}
	if (rc == SQLITE_OK && sqlite3_db_readonly(db, "main") == 1) {
		*why = xstrdup(_("the file is read-only"));
		return DB_REFUSED;
	}
	if (rc == SQLITE_OK && f == FIT_OURS && version < want->version && want->steps != NULL)
		rc = upgrade(db, want);
	/* this connection's, not the file's; only now, as it reads the schema
	 * and so waits for a lock a second time on a file held against readers */
	if (rc == SQLITE_OK)
		db_exec(db, "PRAGMA synchronous = NORMAL");
	return rc;
}
