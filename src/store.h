/*
 * store: the page cache, $XDG_CACHE_HOME/kanbao/cache.db: fetched pages
 * with their validators, safe to delete.  It stands on db.c, the SQLite
 * core it shares with memory.c, and implements the fetch core's cache
 * port (struct fetch_cache).
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
 * cache (another program's, a newer kanbao's: see db_claim in db.h) is
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

#endif
