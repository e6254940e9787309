/*
 * store: kanbao's SQLite files.  Today the page cache,
 * $XDG_CACHE_HOME/kanbao/cache.db: fetched pages with their validators,
 * safe to delete.  Only store.c includes sqlite3.h.
 *
 * Who owns what: whoever calls store_open() owns the struct store and
 * ends it with store_close().  The struct fetch_cache that
 * store_fetch_cache() lends points into the store and dies with it; the
 * fetch core calls it, and every string it hands out is the caller's.
 *
 * Nothing here fails the program but running out of memory.  The file is
 * opened on first use, so a run that fetches nothing over http(s) never
 * touches it.  A file that is not a database, or is corrupt, is moved aside
 * (cache.db.corrupt-TIME) and made anew; a database that is not a kanbao
 * cache (another program's, a newer kanbao's: see store_fit below) is
 * never written, nor moved, and a cache that cannot be written (a
 * directory, a symbolic link, a read-only directory, a full disk) is
 * switched off for the run.  Two processes share the file: WAL, and a
 * transaction per write.  A cache is only a cache, so nobody waits long
 * for it: when another program holds the lock longer than the wait
 * (store_set_wait), a read is a miss and a write is skipped.  Each such
 * event leaves one message for store_warning(), once a run.
 */
#ifndef KANBAO_STORE_H
#define KANBAO_STORE_H

#include <stddef.h>

#include "fetch.h"

#define STORE_MAX_DEFAULT ((size_t)200 << 20)	/* bytes of pages: 200 MiB */

struct store;

/* $XDG_CACHE_HOME/kanbao/cache.db, or ~/.cache/kanbao/cache.db; a new
 * string, or NULL when neither variable says where. */
char *store_default_path(void);

/* A cache at path (NULL: the default) keeping at most max_bytes of pages,
 * the least recently fetched going first.  Never NULL. */
struct store *store_open(const char *path, size_t max_bytes);
void store_close(struct store *s);

/* How long a read or a write waits for another program's lock, in ms:
 * the reader's loop must not freeze, a batch (the dump) may wait. */
#define STORE_WAIT_DEFAULT 100
#define STORE_WAIT_BATCH 5000
void store_set_wait(struct store *s, int ms);

const struct fetch_cache *store_fetch_cache(struct store *s);

/* The oldest message not yet taken (a new string), or NULL. */
char *store_warning(struct store *s);

/* ---- whose file is it: the check store.c and memory.c share ----
 *
 * A file kanbao opens may be somebody else's SQLite database, or one a
 * newer kanbao wrote.  Such a file is never written: not a table, not the
 * journal mode, not its version. */

struct sqlite3;

/* The schema kanbao writes: user_version and the tables, each as
 * "name(col,col,...)" with its columns in order; NULL ends the list. */
struct store_schema {
	int version;
	const char *const *tables;
};

enum store_fit {
	STORE_FIT_NEW,		/* no tables, user_version 0: kanbao may make its own */
	STORE_FIT_OURS,		/* kanbao's tables; this version or an older one */
	STORE_FIT_NEWER,	/* kanbao's tables (and more), a newer version: left alone */
	STORE_FIT_FOREIGN,	/* anything else: left alone */
	STORE_FIT_ERROR,	/* it could not be read: *rc says why (busy, damaged) */
};

/* Reads the schema of the open database db, writing nothing, and says
 * whose it is.  *rc gets an SQLite result code; NEWER and FOREIGN set
 * *why, a new string for the user ("not a kanbao database", "made by a
 * newer kanbao"). */
enum store_fit store_fit(struct sqlite3 *db, const struct store_schema *want, int *rc,
    char **why);

/* An SQLite result code in words for the user ("disk full"). */
const char *store_errstr(int rc);

#endif
