/*
 * db: the SQLite core under kanbao's two files, as newsraft's db.c serves
 * its modules: the cache (store.c, cache.db) and the memory (memory.c
 * and memory_read.c, kanbao.db).  It opens a file behind its guards, says whose the file is
 * (its schema), makes the tables in a new one, and runs statements and
 * transactions; it names SQLite's result codes in words.
 *
 * It keeps no handle and no policy.  Each caller holds its own connection
 * and decides what an error means for its file: the cache moves a damaged
 * file aside and treats a locked one as a miss; the memory never touches a
 * file that is not a kanbao database and keeps what a lock holds back.
 *
 * Includes: db.h brings in sqlite3.h, and only db.c, the cache's files
 * (store.c, search.c, through store_int.h) and the memory's (memory.c,
 * memory_read.c, through memory_int.h) include db.h: SQLite stays in the
 * storage layer, whose modules bind, step and read their own statements.
 *
 * Who owns what: whoever db_open() gives a connection ends it with
 * db_close().  A *why and every string or byte a column gives is a new
 * one, the caller's; db_errstr()'s words are not.  Nothing here fails the
 * program but running out of memory.
 */
#ifndef KANBAO_DB_H
#define KANBAO_DB_H

#include <sqlite3.h>
#include <stddef.h>

/* Not an SQLite result code: a file kanbao must leave alone (a
 * directory, a link, another program's database, a newer kanbao's, a
 * read-only file); *why says which. */
#define DB_REFUSED (-1)

/* Opens the file at path for reading and writing, making it and the
 * directories above it, and waits wait_ms for another program's lock.
 * What stands there is looked at first, without opening it: a directory,
 * a symbolic link (a link higher up the path is followed, one at the file
 * itself is not), anything but a regular file, or one that cannot be read
 * is DB_REFUSED with *why; a regular file that is not SQLite is
 * SQLITE_NOTADB, never opened.  SQLITE_OK with *db, else *db is NULL. */
int db_open(const char *path, int wait_ms, sqlite3 **db, char **why);
void db_close(sqlite3 *db);
/* How long a statement waits for another program's lock, in ms. */
void db_wait(sqlite3 *db, int ms);

/* An older version of a schema: its tables, and the SQL that makes a
 * file of it the next version (setting user_version), run in the
 * transaction that upgrades the file. */
struct db_step {
	int version;
	const char *const *tables;
	const char *upgrade;
};

/* The schema kanbao writes: its user_version, the tables each as
 * "name(col,col,...)" with the columns in order (NULL ends the list), and
 * the SQL that makes them in a new file, setting the version.  optional:
 * tables a file of this version may hold or not (made and dropped by a
 * module that rebuilds them, as the search index), NULL for none.  steps:
 * the older versions, oldest first, ending with {0}; NULL for none.  A
 * file of version 0 with tables is of the first step's tables (or these).
 * A virtual table is listed as "name(virtual)", without its columns, and
 * its shadow tables (fts5's name_data ...) not at all. */
struct db_schema {
	int version;
	const char *const *tables;
	const char *create;
	const char *const *optional;
	const struct db_step *steps;
};

/* Is the open database kanbao's?  Reads the schema, writing nothing, and
 * makes the tables in a new file (no tables, user_version 0), or brings
 * one of an older version up to this one (one transaction: a crash leaves
 * it as it was).  SQLITE_OK: ours, this version now, and writable;
 * DB_REFUSED: another program's file, a newer kanbao's or a read-only
 * one, left as it is (whatever its WAL holds is not checkpointed into it
 * on close); else an SQLite result code (locked: not known yet; damaged). */
int db_claim(sqlite3 *db, const struct db_schema *want, char **why);

/* ---- statements ---- */

/* Compiles sql into *st (NULL on failure); an SQLite result code. */
int db_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st);
/* Steps a statement without results to its end and finalizes it;
 * SQLITE_OK or the error. */
int db_run(sqlite3_stmt *st);
int db_exec(sqlite3 *db, const char *sql);
/* Column i as a new string, or NULL for NULL. */
char *db_column_str(sqlite3_stmt *st, int i);
/* Column i as new bytes, NUL-terminated past *len. */
char *db_column_bytes(sqlite3_stmt *st, int i, size_t *len);

/* One write: db_begin() takes the write lock at once (BEGIN IMMEDIATE),
 * db_end(db, rc) commits when rc is SQLITE_OK and rolls back when that or
 * the writes failed; the result. */
int db_begin(sqlite3 *db);
int db_end(sqlite3 *db, int rc);

/* ---- what a result code means ---- */

int db_locked(int rc);		/* another program holds the lock */
int db_damaged(int rc);		/* not a database, or a corrupt one */
/* After a full disk: leaves no WAL behind to fill it. */
void db_empty_wal(sqlite3 *db);
/* A result code in words for the user ("disk full"). */
const char *db_errstr(int rc);

#endif
