/*
 * db_stmt: the statements, transactions and result codes under the cache
 * and the memory; see db.h.  db.c opens a file and claims its schema.
 */
#include "config.h"

#include <stdlib.h>

#include "db.h"
#include "i18n.h"
#include "util.h"

/* ---- statements ---- */

int
db_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st)
{
	int rc = sqlite3_prepare_v2(db, sql, -1, st, NULL);

	if (rc != SQLITE_OK) {
		sqlite3_finalize(*st);
		*st = NULL;
	}
	return rc;
}

int
db_run(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_finalize(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

int
db_exec(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

char *
db_column_str(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? xstrdup((const char *)t) : NULL;
}

char *
db_column_bytes(sqlite3_stmt *st, int i, size_t *len)
{
	const void *b = sqlite3_column_blob(st, i);

	*len = (size_t)sqlite3_column_bytes(st, i);
	return xstrndup(b, *len);
}

int
db_begin(sqlite3 *db)
{
	return db_exec(db, "BEGIN IMMEDIATE");
}

int
db_end(sqlite3 *db, int rc)
{
	if (rc == SQLITE_OK)
		rc = db_exec(db, "COMMIT");
	if (rc != SQLITE_OK && !sqlite3_get_autocommit(db))
		db_exec(db, "ROLLBACK");
	return rc;
}

/* ---- what a result code means ---- */

int
db_locked(int rc)
{
	return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

int
db_damaged(int rc)
{
	return (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT;
}

void
db_empty_wal(sqlite3 *db)
{
	db_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
}

const char *
db_errstr(int rc)
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
