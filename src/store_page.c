/*
 * store_page: a page's row in cache.db; see store_int.h.
 *
 * The body is stored compressed (zlib; raw_size is its length before)
 * when that makes it smaller, and as it came otherwise (raw_size NULL),
 * which is how a cache of schema version 1 kept every page: both read
 * back alike.  size is what the row stores, the bytes the bound counts.
 * Triggers (store.c's schema) keep the sum of size in totals, so a write
 * knows whether the cache is over its bound without reading every row,
 * and eviction walks the index pages_by_age from the oldest page, only as
 * far as it must: a write to a cache of 10,000 pages costs what a write
 * to an empty one does.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "deflate_bytes.h"
#include "store_int.h"

/* deflate's greatest ratio is about 1032:1: a raw_size beyond it is damage */
#define RATIO_MAX 1032
/* no page shorter than this shrinks enough to be worth it */
#define DEFLATE_MIN 128

int
store_page_put(sqlite3 *db, const struct fetched *c)
{
	sqlite3_stmt *st;
	size_t zlen = 0;
	unsigned char *z;
	/* an upsert, not INSERT OR REPLACE: a replaced row fires no delete
	 * trigger, and the totals and the search index go by triggers */
	int rc = db_prepare(db, "INSERT INTO pages (url, final_url, status, content_type, charset,"
	    " etag, last_modified, fetched, size, body, raw_size)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (url) DO UPDATE SET"
	    " final_url = excluded.final_url, status = excluded.status,"
	    " content_type = excluded.content_type, charset = excluded.charset,"
	    " etag = excluded.etag, last_modified = excluded.last_modified,"
	    " fetched = excluded.fetched, size = excluded.size, body = excluded.body,"
	    " raw_size = excluded.raw_size", &st);

	if (rc != SQLITE_OK)
		return rc;
	z = fetched_len(c) < DEFLATE_MIN ? NULL :
	    deflate_bytes(fetched_bytes(c), fetched_len(c), Z_DEFAULT_COMPRESSION, &zlen);
	sqlite3_bind_text(st, 1, c->url, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, c->final_url, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, c->status);
	sqlite3_bind_text(st, 4, c->content_type, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, c->charset, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, c->etag, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, c->last_modified, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 8, (sqlite3_int64)c->fetched);
	if (z != NULL) {
		sqlite3_bind_int64(st, 9, (sqlite3_int64)zlen);
		sqlite3_bind_blob64(st, 10, z, zlen, SQLITE_STATIC);
		sqlite3_bind_int64(st, 11, (sqlite3_int64)fetched_len(c));
	} else {	/* as it came; a non-NULL pointer even for no bytes: an empty blob */
		sqlite3_bind_int64(st, 9, (sqlite3_int64)fetched_len(c));
		sqlite3_bind_blob64(st, 10, fetched_bytes(c), fetched_len(c), SQLITE_STATIC);
	}
	rc = db_run(st);
	free(z);
	return rc;
}

/* The body in column i, inflated to the raw_size in column i + 1 when
 * that is not NULL; NULL when it does not inflate to that size. */
static struct bytes *
read_body(sqlite3_stmt *st, int i)
{
	sqlite3_int64 raw = sqlite3_column_int64(st, i + 1);
	const void *z;
	size_t zlen;
	uLongf n;
	char *b;

	if (sqlite3_column_type(st, i + 1) == SQLITE_NULL) {
		b = db_column_bytes(st, i, &zlen);
		return bytes_own(b, zlen);
	}
	z = sqlite3_column_blob(st, i);
	zlen = (size_t)sqlite3_column_bytes(st, i);
	if (raw < 0 || (uint64_t)raw > (uint64_t)zlen * RATIO_MAX + 64)
		return NULL;
	b = xmalloc((size_t)raw + 1);
	n = (uLongf)raw;
	if (z == NULL || uncompress((Bytef *)b, &n, z, (uLong)zlen) != Z_OK || n != (uLongf)raw) {
		free(b);
		return NULL;
	}
	b[raw] = '\0';
	return bytes_own(b, (size_t)raw);
}

int
store_page_read(sqlite3_stmt *st, const char *url, struct fetched *c)
{
	c->url = xstrdup(url);
	c->final_url = db_column_str(st, 0);
	c->status = sqlite3_column_int(st, 1);
	c->content_type = db_column_str(st, 2);
	c->charset = db_column_str(st, 3);
	c->etag = db_column_str(st, 4);
	c->last_modified = db_column_str(st, 5);
	c->fetched = (time_t)sqlite3_column_int64(st, 6);
	c->from = FETCHED_CACHE;
	if ((c->body = read_body(st, 7)) == NULL) {
		fetched_free(c);
		return -1;
	}
	return 0;
}

/* The bytes the pages store, as the triggers count them. */
static int
total(sqlite3 *db, sqlite3_int64 *n)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT bytes FROM totals", &st);

	*n = 0;
	if (rc != SQLITE_OK)
		return rc;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		*n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int
store_page_evict(sqlite3 *db, size_t max, int *dropped)
{
	sqlite3_int64 have, over, freed = 0, last_time = 0, last_row = 0;
	sqlite3_stmt *st;
	int rc = total(db, &have), all;

	*dropped = 0;
	if (rc != SQLITE_OK || have <= (sqlite3_int64)max)
		return rc;
	over = have - (sqlite3_int64)max;
	/* the oldest first, along the index, until enough is freed */
	if ((rc = db_prepare(db, "SELECT fetched, rowid, size FROM pages"
	    " ORDER BY fetched, rowid", &st)) != SQLITE_OK)
		return rc;
	while (freed < over && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		last_time = sqlite3_column_int64(st, 0);
		last_row = sqlite3_column_int64(st, 1);
		freed += sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return rc;
	all = rc == SQLITE_DONE;
	if ((rc = db_prepare(db, "DELETE FROM pages WHERE fetched <= ?1"
	    " AND (fetched < ?1 OR rowid <= ?2)", &st)) != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, last_time);
	sqlite3_bind_int64(st, 2, last_row);
	rc = db_run(st);
	*dropped = sqlite3_changes(db) > 0;
	/* every page went and the count still said too many: it had drifted
	 * (a file edited by hand); count again, once */
	if (rc == SQLITE_OK && all)
		rc = db_exec(db, "UPDATE totals SET bytes = (SELECT coalesce(sum(size), 0) FROM pages)");
	return rc;
}
