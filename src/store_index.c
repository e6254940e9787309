/*
 * store_index: the search index's tables in cache.db (see search.c): their
 * schema, made with the cache and dropped with it, and the repairs the
 * cache makes when the index alone is damaged.  Below both the cache
 * (store.c) and the search (search.c), so neither calls the other back.
 */
#include "config.h"

#include "i18n.h"
#include "store_int.h"

const char *const store_index_tables[] = {
	"docs(id,key,url,title,body,published,fetched,saved)",
	"docs_fts(virtual)",
	NULL,
};

static const char make_index[] =
    "CREATE TABLE docs ("
    " id INTEGER PRIMARY KEY,"
    " key TEXT NOT NULL UNIQUE,"	/* the URL the cache or the memory keeps it under */
    " url TEXT NOT NULL,"		/* where it ended */
    " title TEXT, body TEXT,"		/* NULL: seen, and not a story */
    " published TEXT,"			/* as the page gives it */
    " fetched INTEGER NOT NULL,"
    " saved INTEGER NOT NULL);"		/* when it was saved; 0: only in the cache */
    /* detail none: no positions, a smaller index; LIKE checks the order */
    "CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content = 'docs',"
    " content_rowid = 'id', tokenize = 'trigram', detail = 'none');"
    "CREATE TRIGGER docs_in AFTER INSERT ON docs BEGIN"
    " INSERT INTO docs_fts (rowid, title, body) VALUES (new.id, new.title, new.body); END;"
    "CREATE TRIGGER docs_out AFTER DELETE ON docs BEGIN"
    " INSERT INTO docs_fts (docs_fts, rowid, title, body)"
    " VALUES ('delete', old.id, old.title, old.body); END;"
    "CREATE TRIGGER docs_up AFTER UPDATE ON docs BEGIN"
    " INSERT INTO docs_fts (docs_fts, rowid, title, body)"
    " VALUES ('delete', old.id, old.title, old.body);"
    " INSERT INTO docs_fts (rowid, title, body) VALUES (new.id, new.title, new.body); END;"
    /* in step with the cache: a page dropped or replaced leaves the index */
    "CREATE TRIGGER pages_gone AFTER DELETE ON pages BEGIN"
    " DELETE FROM docs WHERE key = old.url AND saved = 0; END;"
    "CREATE TRIGGER pages_changed AFTER UPDATE OF body ON pages BEGIN"
    " DELETE FROM docs WHERE key = old.url AND saved = 0; END;";

/* docs' own triggers go with it */
static const char drop_index[] =
    "DROP TRIGGER IF EXISTS pages_gone; DROP TRIGGER IF EXISTS pages_changed;"
    "DROP TABLE IF EXISTS docs_fts; DROP TABLE IF EXISTS docs;";

/* An fts5 table too damaged to be opened cannot be dropped: it is taken
 * out of the schema by hand, and its shadow tables dropped as the plain
 * tables they are. */
static const char drop_damaged[] =
    "PRAGMA writable_schema = ON;"
    "DELETE FROM sqlite_master WHERE type = 'table' AND name = 'docs_fts';"
    "PRAGMA writable_schema = RESET;"
    "DROP TABLE IF EXISTS docs_fts_data; DROP TABLE IF EXISTS docs_fts_idx;"
    "DROP TABLE IF EXISTS docs_fts_docsize; DROP TABLE IF EXISTS docs_fts_config;"
    "DROP TABLE IF EXISTS docs_fts_content;";

/* Drops the index, damaged or not. */
static int
drop(sqlite3 *db)
{
	int rc = db_exec(db, drop_index);

	if ((rc & 0xff) == SQLITE_CORRUPT && (rc = db_exec(db, drop_damaged)) == SQLITE_OK)
		rc = db_exec(db, drop_index);	/* what is left of it */
	return rc;
}

/* Are the index's tables and triggers all there?  An SQLite result
 * code; *all says. */
int
store_index_whole(sqlite3 *db, int *all)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT count(*) FROM sqlite_master WHERE name IN"
	    " ('docs', 'docs_fts', 'pages_gone', 'pages_changed')", &st);

	*all = 0;
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		*all = sqlite3_column_int(st, 0) == 4;
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

/* Drops the index and makes it anew, in one transaction; unless damaged,
 * only when it is not whole: another kanbao may have just made it. */
int
store_index_remake(sqlite3 *db, int damaged)
{
	int rc = db_begin(db), all = 0;

	if (rc == SQLITE_OK && !damaged)
		rc = store_index_whole(db, &all);
	if (rc == SQLITE_OK && !all)
		rc = drop(db);
	if (rc == SQLITE_OK && !all)
		rc = db_exec(db, make_index);
	return db_end(db, rc);
}

void
store_index_begin(struct store *store)
{
	sqlite3_stmt *st;
	int make = 0;

	if (db_prepare(store->db, "SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'docs')"
	    " AND NOT EXISTS (SELECT 1 FROM pages)", &st) != SQLITE_OK)
		return;
	if (sqlite3_step(st) == SQLITE_ROW)
		make = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (make)
		store_index_remake(store->db, 0);	/* a failure (no fts5) the first search says */
}

int
store_index_drop(struct store *store)
{
	int rc = drop(store->db);

	if (rc == SQLITE_OK)
		strlist_pushf(&store->warnings, _("cache %s: the search index was damaged; "
		    "dropped it, and the next search makes it again"), store->path);
	return rc;
}

