/*
 * memory_read: reading kanbao.db; see memory.h.  Every read sees what
 * waits in memory.c's queue (a page opened, a story saved, kept back by a
 * lock) before the file, so the reader finds what it wrote at once; the
 * newest comes first, each URL once.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "memory_int.h"

/* Can the file be read?  One that was locked when it was opened is
 * checked again now, without waiting. */
static int
readable(struct memory *m)
{
	if (m->db != NULL && !m->checked)
		memory_flush(m);
	return m->db != NULL && m->checked;
}

int
memory_read_urls(struct memory *m, struct strlist *out)
{
	sqlite3_stmt *st;
	int rc;

	if (!memory_enabled(m))
		return -1;
	for (size_t i = 0; i < m->nqueue; i++)
		if (!m->queue[i].save) {
			strlist_push(out, xstrdup(m->queue[i].f.url));
			if (m->queue[i].f.final_url != NULL)
				strlist_push(out, xstrdup(m->queue[i].f.final_url));
		}
	if (!readable(m))
		return 0;	/* locked since the start: what waits, for now */
	if ((rc = db_prepare(m->db, "SELECT url FROM read", &st)) == SQLITE_OK) {
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			strlist_push(out, db_column_str(st, 0));
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_DONE) {
		memory_trouble(m, rc);
		return -1;
	}
	return 0;
}

/* A saved story as memory_load gives it: what the file keeps of it. */
static void
story(struct fetched *f, const char *url, const char *final_url, const char *charset,
    time_t when, struct bytes *body)
{
	f->url = xstrdup(url);
	f->final_url = xstrdup(final_url != NULL ? final_url : url);
	f->charset = memory_dup(charset);
	f->fetched = when;
	f->body = body;
	f->from = FETCHED_SAVED;
}

/* The further pages of the story saved under f->url, read whole when it
 * was saved, into f->more; an SQLite result code. */
static int
saved_pages(struct memory *m, struct fetched *f)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc = db_prepare(m->db, "SELECT final_url, charset, body FROM saved_pages"
	    " WHERE url = ?1 ORDER BY n", &st);

	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, f->url, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *url = (const char *)sqlite3_column_text(st, 0);
		size_t len;
		char *body = db_column_bytes(st, 2, &len);

		f->more = memory_grow(f->more, f->nmore, &cap, sizeof *f->more);
		story(&f->more[f->nmore++], url != NULL ? url : f->url,
		    NULL, (const char *)sqlite3_column_text(st, 1), f->fetched, bytes_own(body, len));
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The story saved and waiting in p, into f. */
static void
waiting_story(struct fetched *f, const char *url, const struct pending *p)
{
	story(f, url, p->f.final_url, p->f.charset, p->when,
	    p->f.body ? bytes_hold(p->f.body) : bytes_own(NULL, 0));
	f->more = p->f.nmore > 0 ? xcalloc(p->f.nmore, sizeof *f->more) : NULL;
	for (f->nmore = 0; f->nmore < p->f.nmore; f->nmore++) {
		const struct fetched *page = &p->f.more[f->nmore];

		story(&f->more[f->nmore], memory_final(page), NULL, page->charset, p->when,
		    page->body ? bytes_hold(page->body) : bytes_own(NULL, 0));
	}
}

int
memory_load(struct memory *m, const char *url, struct fetched *f)
{
	sqlite3_stmt *st;
	int rc;

	memset(f, 0, sizeof *f);
	if (!memory_enabled(m) || url == NULL)
		return 0;
	for (size_t i = m->nqueue; i-- > 0;) {	/* the newest: not written yet */
		const struct pending *p = &m->queue[i];

		if (p->save && strcmp(p->f.url, url) == 0) {
			waiting_story(f, url, p);
			return 1;
		}
	}
	if (!readable(m))
		return 0;
	rc = db_prepare(m->db, "SELECT final_url, charset, time, body"
	    " FROM saved WHERE url = ?1", &st);
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			size_t len;
			char *body = db_column_bytes(st, 3, &len);

			story(f, url, (const char *)sqlite3_column_text(st, 0),
			    (const char *)sqlite3_column_text(st, 1),
			    (time_t)sqlite3_column_int64(st, 2), bytes_own(body, len));
		}
		sqlite3_finalize(st);
	}
	if (rc == SQLITE_ROW && (rc = saved_pages(m, f)) == SQLITE_OK)
		return 1;
	if (rc != SQLITE_DONE) {
		fetched_free(f);	/* not half a story */
		memset(f, 0, sizeof *f);
		memory_trouble(m, rc);
	}
	return 0;
}

/* Adds a visit to *v unless its URL is in seen already. */
static struct memory_visit *
add_visit(struct memory_visit *v, size_t *n, size_t *cap, struct strset *seen,
    const char *url, const char *title, time_t when)
{
	if (url == NULL || !strset_add(seen, url))
		return v;
	v = memory_grow(v, *n, cap, sizeof *v);
	v[*n].url = xstrdup(url);
	v[*n].title = memory_dup(title);
	v[(*n)++].when = when;
	return v;
}

/* Lines of kanbao.db's lists, newest first, each URL once, at most max:
 * what waits in the queue (stories saved, or pages opened), then the rows
 * of sql (url, title, time; ?1 the limit).  The count, or -1. */
static int
visits(struct memory *m, int saved, const char *sql, size_t max,
    struct memory_visit **v, size_t *n)
{
	struct strset seen = {0};
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc = SQLITE_DONE;

	*v = NULL;
	*n = 0;
	if (!memory_enabled(m))
		return -1;
	for (size_t i = m->nqueue; i-- > 0 && *n < max;) {	/* the newest: not written yet */
		const struct pending *p = &m->queue[i];

		if (!p->save == !saved && !p->only_read)
			*v = add_visit(*v, n, &cap, &seen, saved ? p->f.url : memory_final(&p->f),
			    p->title, p->when);
	}
	if (*n < max && readable(m))
		rc = db_prepare(m->db, sql, &st);
	if (st != NULL)
		sqlite3_bind_int64(st, 1, (sqlite3_int64)(max > INT32_MAX ? INT32_MAX : max));
	while (st != NULL && *n < max && (rc = sqlite3_step(st)) == SQLITE_ROW)
		*v = add_visit(*v, n, &cap, &seen, (const char *)sqlite3_column_text(st, 0),
		    (const char *)sqlite3_column_text(st, 1), (time_t)sqlite3_column_int64(st, 2));
	sqlite3_finalize(st);
	strset_free(&seen);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		memory_trouble(m, rc);
		return -1;
	}
	return (int)*n;
}

int
memory_saved(struct memory *m, struct memory_visit **v, size_t *n)
{
	return visits(m, 1, "SELECT url, title, time FROM saved"
	    " ORDER BY time DESC, rowid DESC LIMIT ?1", SIZE_MAX, v, n);
}

int
memory_history(struct memory *m, size_t max, struct memory_visit **v, size_t *n)
{
	return visits(m, 0, "SELECT url, title, time FROM history WHERE id IN"
	    " (SELECT MAX(id) FROM history GROUP BY url) ORDER BY id DESC LIMIT ?1", max, v, n);
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
