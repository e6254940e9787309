/*
 * sqlite_test: what the unit tests of kanbao's SQLite files share: a
 * connection of the test's own to make or lock a file, and a disk made
 * small, so that SQLite says "database or disk is full" (SQLITE_FULL)
 * wherever the test runs, without a mount.
 */
#ifndef KANBAO_SQLITE_TEST_H
#define KANBAO_SQLITE_TEST_H

#include <sqlite3.h>
#include <stdio.h>
#include <sys/stat.h>

/* Runs statements on the file at path through a connection of the test's. */
static inline int
sql(const char *path, const char *statements)
{
	sqlite3 *db = NULL;
	int rc = sqlite3_open(path, &db);

	if (rc == SQLITE_OK && (rc = sqlite3_exec(db, statements, NULL, NULL, NULL)) != SQLITE_OK)
		printf("# %s: %s\n", statements, sqlite3_errmsg(db));
	sqlite3_close(db);
	return rc;
}

/* Every connection opened from here on: a disk of 40 pages, and a page
 * cache of 5, so that a large write spills into the WAL before it fails. */
static inline int
small_disk_pragmas(sqlite3 *db, char **err, const struct sqlite3_api_routines *api)
{
	(void)err;
	(void)api;
	return sqlite3_exec(db, "PRAGMA max_page_count = 40; PRAGMA cache_size = 5", NULL, NULL, NULL);
}

/* small_disk(1) until small_disk(0). */
static inline void
small_disk(int on)
{
	if (on)
		sqlite3_auto_extension((void (*)(void))small_disk_pragmas);
	else
		sqlite3_reset_auto_extension();
}

/* Is the WAL beside the database at path gone, or empty?  Says its size if not. */
static inline int
wal_empty(const char *path)
{
	char wal[4096];
	struct stat st;

	snprintf(wal, sizeof wal, "%s-wal", path);
	if (stat(wal, &st) != 0 || st.st_size == 0)
		return 1;
	printf("#   %s: %lld bytes\n", wal, (long long)st.st_size);
	return 0;
}

#endif
