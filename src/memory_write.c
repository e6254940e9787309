/*
 * memory_write: the statements that write one action of memory.c's queue
 * into kanbao.db (a page opened, a headline marked read, a story saved
 * with its further pages), inside the transaction memory.c holds; see
 * memory_int.h.
 */
#include "config.h"

#include <string.h>

#include "db.h"
#include "memory_int.h"

static int
mark_read(struct memory *m, const char *url, time_t when)
{
	sqlite3_stmt *st;
	int rc = db_prepare(m->db, "INSERT OR REPLACE INTO read (url, time) VALUES (?1, ?2)", &st);

	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)when);
	return db_run(st);
}

const char *
memory_final(const struct fetched *f)
{
	return f->final_url != NULL ? f->final_url : f->url;
}

/* A page opened: a history entry, and the URLs marked read; or a
 * headline marked read only. */
static int
write_opened(struct memory *m, const struct pending *p)
{
	const struct fetched *f = &p->f;
	sqlite3_stmt *st;
	int rc;

	if (p->only_read)
		return mark_read(m, f->url, p->when);
	rc = db_prepare(m->db, "INSERT INTO history (url, title, time) VALUES (?1, ?2, ?3)", &st);
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, memory_final(f), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, p->title, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)p->when);
		rc = db_run(st);
	}
	if (rc == SQLITE_OK)
		rc = mark_read(m, f->url, p->when);
	if (rc == SQLITE_OK && f->final_url != NULL && strcmp(f->final_url, f->url) != 0)
		rc = mark_read(m, f->final_url, p->when);
	return rc;
}

/* The further pages of the story f saved (a story in several pages read
 * whole), in place of any it had. */
static int
write_saved_pages(struct memory *m, const struct fetched *f)
{
	sqlite3_stmt *st;
	int rc = db_prepare(m->db, "DELETE FROM saved_pages WHERE url = ?1", &st);

	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, f->url, -1, SQLITE_STATIC);
	rc = db_run(st);
	for (size_t i = 0; rc == SQLITE_OK && i < f->nmore; i++) {
		const struct fetched *page = &f->more[i];

		rc = db_prepare(m->db, "INSERT INTO saved_pages (url, n, final_url, charset, body)"
		    " VALUES (?1, ?2, ?3, ?4, ?5)", &st);
		if (rc != SQLITE_OK)
			break;
		sqlite3_bind_text(st, 1, f->url, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i + 1);
		sqlite3_bind_text(st, 3, memory_final(page), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, page->charset, -1, SQLITE_STATIC);
		sqlite3_bind_blob64(st, 5, fetched_bytes(page), fetched_len(page), SQLITE_STATIC);
		rc = db_run(st);
	}
	return rc;
}

static int
write_saved(struct memory *m, const struct pending *p)
{
	const struct fetched *f = &p->f;
	sqlite3_stmt *st;
	int rc;

	rc = db_prepare(m->db, "INSERT OR REPLACE INTO saved (url, title, final_url,"
	    " charset, time, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", &st);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, f->url, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, p->title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, memory_final(f), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, f->charset, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, (sqlite3_int64)p->when);
	/* never a NULL pointer: an empty blob, not NULL */
	sqlite3_bind_blob64(st, 6, fetched_bytes(f), fetched_len(f), SQLITE_STATIC);
	if ((rc = db_run(st)) != SQLITE_OK)
		return rc;
	return write_saved_pages(m, f);
}

int
memory_write(struct memory *m, const struct pending *p)
{
	return p->save ? write_saved(m, p) : write_opened(m, p);
}
