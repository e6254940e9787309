/*
 * store_int: what the cache's files share: store.c (the file, its schema,
 * its troubles, the fetch core's port), store_page.c (a page's row:
 * compressed, read back, and the size bound) and search.c (the search
 * index, kept in the same file so that dropping a page drops its entry in
 * the same transaction).  Nobody else sees a struct store's insides.
 */
#ifndef KANBAO_STORE_INT_H
#define KANBAO_STORE_INT_H

#include "db.h"
#include "fetched.h"
#include "store.h"
#include "util.h"

enum store_state { STORE_CLOSED, STORE_OPEN, STORE_OFF };

struct store {
	char *path;
	size_t max_bytes;
	sqlite3 *db;
	enum store_state state;
	int moved_aside;		/* once a run, then give up */
	int wait_ms;			/* for another program's lock */
	int said_locked;
	struct strlist warnings;
	size_t warnings_taken;
	struct fetch_cache cache;
};

/* The open database, opening it on first use; NULL when caching is off,
 * or for now, while another program holds the file locked. */
sqlite3 *store_db(struct store *s);
/* A statement failed with rc: decide what that means for the cache (a
 * lock: skip it; damage: move the file aside; else: caching off). */
void store_trouble(struct store *s, int rc);

/* ---- store_page.c ---- */

/* Stores c under c->url, compressed when that makes it smaller. */
int store_page_put(sqlite3 *db, const struct fetched *c);
/* The page in row st (final_url, status, content_type, charset, etag,
 * last_modified, fetched, body, raw_size) into *c, asked for as url;
 * 0, or -1 for a body that does not inflate to its size (*c freed). */
int store_page_read(sqlite3_stmt *st, const char *url, struct fetched *c);
#define STORE_PAGE_COLUMNS "final_url, status, content_type, charset, etag," \
	" last_modified, fetched, body, raw_size"
/* Drops the least recently fetched pages until the rest fit in max
 * bytes (stored); *dropped says whether any went. */
int store_page_evict(sqlite3 *db, size_t max, int *dropped);

/* ---- store_index.c ---- */

/* The search index's tables, which a cache may hold or not: made, and
 * made again when damaged, by search.c through these. */
extern const char *const store_index_tables[];
/* A cache that has no search index and no pages (a new file, one
 * emptied) gets the index now, silently: one with pages gets it from the
 * next search_sync(), which says it was missing. */
void store_index_begin(struct store *s);
/* Drops the search index (damaged), saying so; the next search_sync()
 * makes it again.  An SQLite result code. */
int store_index_drop(struct store *s);
/* Are the index's tables and triggers all there (*all)?  An SQLite code. */
int store_index_whole(sqlite3 *db, int *all);
/* Drops the index and makes it anew, in one transaction; unless damaged,
 * only when it is not whole. */
int store_index_remake(sqlite3 *db, int damaged);

#endif
