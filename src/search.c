/*
 * search: the index of stories in cache.db; see search.h.  Finding is
 * search_find.c's.
 *
 * docs holds a row per page the index has seen, keyed by the URL the
 * cache (or the memory) keeps it under: its title and body when it is a
 * story, NULL when it is not (a list, a feed: seen, so not extracted
 * again).  docs_fts is an fts5 index over docs (external content, kept by
 * triggers), with the trigram tokenizer.  Two triggers on the cache's
 * pages drop a row when its page goes (eviction) or changes (a new
 * version, indexed again by the next sync), unless it is a saved story.
 *
 * search_sync() extracts what no row stands for yet: pages the cache
 * holds, and saved stories whose time of saving the index has not seen.
 * It extracts outside any transaction and writes BATCH rows a
 * transaction, so the write lock is held for moments, as the reader
 * needs.  An index found missing or damaged (SQLITE_CORRUPT_VTAB) is
 * dropped and made again, and the sync that fills it says so.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "memory.h"
#include "page.h"
#include "search_int.h"

#define BATCH 32		/* rows a transaction */
#define BODY_MAX ((size_t)1 << 20)	/* of a story's text indexed */

/* A row to write: what a page or a saved story gives the index. */
struct doc {
	char *key, *url, *title, *body, *published;
	time_t fetched, saved;
};

struct search *
search_open(struct store *store, struct memory *memory, const struct site_rules *sites)
{
	struct search *s = xcalloc(1, sizeof *s);

	s->store = store;
	s->memory = memory;
	s->sites = sites;
	return s;
}

void
search_close(struct search *s)
{
	free(s);
}

/* The open cache with its index whole, making it when it is missing;
 * NULL when there is none (caching is off, SQLite has no fts5). */
sqlite3 *
search_db(struct search *s)
{
	sqlite3 *db = store_db(s->store);
	int rc, all;

	if (db == NULL)
		return NULL;
	if ((rc = store_index_whole(db, &all)) == SQLITE_OK && all)
		return db;
	if (rc == SQLITE_OK)
		rc = store_index_remake(db, 0);
	if ((rc & 0xff) == SQLITE_ERROR) {	/* no fts5, no trigram: said once */
		if (!s->said_off)
			strlist_pushf(&s->store->warnings, _("cache %s: no search index: %s "
			    "(it needs SQLite 3.34 or later, with FTS5)"), s->store->path,
			    sqlite3_errmsg(db));
		s->said_off = 1;
		return NULL;
	}
	if (rc != SQLITE_OK) {
		store_trouble(s->store, rc);
		return NULL;
	}
	s->made = 1;
	return db;
}

/* A statement of the index failed with rc: a damaged index is made
 * again (once a run); anything else is the cache's trouble. */
void
search_trouble(struct search *s, int rc)
{
	if (rc == SQLITE_CORRUPT_VTAB && !s->remade) {
		s->remade = 1;
		if (store_index_remake(s->store->db, 1) == SQLITE_OK) {
			s->damaged = 1;
			return;
		}
	}
	store_trouble(s->store, rc);
}

/* The row of f (the cache's page, or a saved story) extracted as p (NULL:
 * extract it here), into *d. */
static void
doc_of(struct search *s, const struct fetched *f, const struct page *p, time_t saved,
    struct doc *d)
{
	struct page *own = NULL;
	struct buf body = {0};

	memset(d, 0, sizeof *d);
	d->key = xstrdup(f->url);
	d->url = xstrdup(f->final_url != NULL ? f->final_url : f->url);
	d->fetched = f->fetched;
	d->saved = saved;
	if (f->status != 0 && (f->status < 200 || f->status > 299))
		return;		/* an error page is no story */
	if (p == NULL)
		p = own = fetched_page(f, s->sites);
	if (p->kind == PAGE_ARTICLE && (p->title != NULL || p->body.n > 0)) {
		for (size_t i = 0; i < p->body.n && body.len < BODY_MAX; i++) {
			if (i > 0)
				buf_addc(&body, '\n');
			buf_adds(&body, p->body.v[i]);
		}
		d->title = xstrdup(p->title != NULL ? p->title : "");
		d->body = body.len > 0 ? buf_steal(&body) : xstrdup("");
		d->published = p->published != NULL ? xstrdup(p->published) : NULL;
	}
	buf_free(&body);
	page_free(own);
}

static void
doc_free(struct doc *d)
{
	free(d->key);
	free(d->url);
	free(d->title);
	free(d->body);
	free(d->published);
}

/* Writes d: a cached page's row only while the cache still has the page,
 * and never over a saved story's; a saved story's always. */
static int
write_doc(sqlite3 *db, const struct doc *d)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "INSERT INTO docs (key, url, title, body, published, fetched, saved)"
	    " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE ?7 > 0"
	    " OR EXISTS (SELECT 1 FROM pages WHERE url = ?1)"
	    " ON CONFLICT (key) DO UPDATE SET url = excluded.url, title = excluded.title,"
	    " body = excluded.body, published = excluded.published, fetched = excluded.fetched,"
	    " saved = excluded.saved WHERE docs.saved = 0 OR excluded.saved > 0", &st);

	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, d->key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, d->url, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, d->title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, d->body, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, d->published, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)d->fetched);
	sqlite3_bind_int64(st, 7, (sqlite3_int64)d->saved);
	return db_run(st);
}

/* Writes n rows in one transaction and frees them; an SQLite result code. */
static int
write_docs(sqlite3 *db, struct doc *d, size_t n)
{
	int rc = db_begin(db);

	for (size_t i = 0; i < n; i++) {
		if (rc == SQLITE_OK)
			rc = write_doc(db, &d[i]);
		doc_free(&d[i]);
	}
	return db_end(db, rc);
}

void
search_add(struct search *s, const struct fetched *f, const struct page *p)
{
	sqlite3 *db;
	struct doc d;
	int rc;

	if (f->url == NULL || !(str_istarts(f->url, "http://") || str_istarts(f->url, "https://")) ||
	    (db = search_db(s)) == NULL)
		return;		/* only http(s) is cached */
	doc_of(s, f, p, 0, &d);
	if ((rc = write_docs(db, &d, 1)) != SQLITE_OK)
		search_trouble(s, rc);
}

/* The strings statement sql gives in its first column, into out. */
static int
column_list(sqlite3 *db, const char *sql, struct strlist *out)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, sql, &st);

	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		strlist_push(out, db_column_str(st, 0));
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Indexes the pages of the cache no row stands for; *n counts them.
 * SQLITE_ABORT: the cache met trouble reading one, and closed the file. */
static int
sync_pages(struct search *s, sqlite3 *db, size_t *n)
{
	const struct fetch_cache *c = store_fetch_cache(s->store);
	struct strlist urls = {0};
	struct doc d[BATCH];
	size_t k = 0;
	int rc = column_list(db, "SELECT url FROM pages WHERE NOT EXISTS"
	    " (SELECT 1 FROM docs WHERE key = pages.url)", &urls);

	for (size_t i = 0; rc == SQLITE_OK && i < urls.n; i++) {
		struct fetched f;

		if (!c->get(c->ctx, urls.v[i], &f)) {	/* gone meanwhile, or not whole */
			if (s->store->db != db)
				rc = SQLITE_ABORT;
			continue;
		}
		doc_of(s, &f, NULL, 0, &d[k++]);
		fetched_free(&f);
		if (k == BATCH) {
			rc = write_docs(db, d, k);
			k = 0;
		}
	}
	if (rc == SQLITE_OK && k > 0)
		rc = write_docs(db, d, k);
	else
		for (size_t i = 0; i < k; i++)
			doc_free(&d[i]);
	*n = urls.n;
	strlist_free(&urls);
	return rc;
}

/* When the saved story at url was saved, by its row; 0: no row. */
static time_t
saved_time(sqlite3 *db, const char *url)
{
	sqlite3_stmt *st;
	time_t t = 0;

	if (db_prepare(db, "SELECT saved FROM docs WHERE key = ?1", &st) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		t = (time_t)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return t;
}

/* Indexes the saved stories whose time of saving no row has; *n counts
 * them.  Saved stories are never unsaved, so rows are only added. */
static int
sync_saved(struct search *s, sqlite3 *db, size_t *n)
{
	struct memory_visit *v;
	size_t nv = 0, k = 0;
	struct doc *d;
	int rc;

	*n = 0;
	if (s->memory == NULL || memory_saved(s->memory, &v, &nv) < 0)
		return SQLITE_OK;	/* memory is off: what the index has stays */
	d = xcalloc(nv + 1, sizeof *d);
	for (size_t i = 0; i < nv; i++) {
		struct fetched f;

		if (saved_time(db, v[i].url) == v[i].when || !memory_load(s->memory, v[i].url, &f))
			continue;
		doc_of(s, &f, NULL, v[i].when, &d[k++]);
		fetched_free(&f);
	}
	*n = k;
	rc = write_docs(db, d, k);
	free(d);
	memory_visits_free(v, nv);
	return rc;
}

int
search_sync(struct search *s)
{
	size_t pages = 0, saved = 0;
	sqlite3 *db;
	int rc = SQLITE_OK;

	for (int again = 0; again < 2; again++) {	/* once more after a remake */
		if ((db = search_db(s)) == NULL)
			return -1;
		rc = sync_saved(s, db, &saved);
		if (rc == SQLITE_OK)
			rc = sync_pages(s, db, &pages);
		if (rc == SQLITE_OK)
			break;
		if (rc == SQLITE_ABORT)		/* the cache said why */
			return store_db(s->store) != NULL ? 0 : -1;
		search_trouble(s, rc);
		if (!s->damaged)
			return store_db(s->store) != NULL ? 0 : -1;	/* a lock: what is there */
	}
	if ((s->made || s->damaged) && pages + saved > 0)
		strlist_pushf(&s->store->warnings, s->damaged ?
		    _("cache %s: the search index was damaged; made it again from %zu cached pages "
		    "and %zu saved stories") : _("cache %s: the search index was missing; "
		    "made it from %zu cached pages and %zu saved stories"),
		    s->store->path, pages, saved);
	s->made = s->damaged = 0;
	return 0;
}
