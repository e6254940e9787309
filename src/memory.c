/*
 * memory: history, read state and saved stories in SQLite; see memory.h.
 *
 * Four tables.  Whose file it is comes first (db_open and db_claim, in
 * db.c): a file that is somebody else's, or a newer kanbao's, is never
 * written, not even its journal mode.  Nothing here ever deletes, renames
 * or recreates the file.
 *
 * Every write goes through a queue: a page opened or a story saved waits
 * in memory until it is written, all that waits in one IMMEDIATE
 * transaction.  The reader must not freeze, so a write waits only BUSY_MS
 * for the lock; when another program holds it longer, the queue is
 * written by the next write, by memory_flush() (which does not wait), or
 * at the end by memory_finish(), which waits FINISH_MS and then says what
 * was lost.  Reads (memory_read.c) see the queue too.  Any other error (a
 * damaged file, a full disk, a read-only file) switches memory off for
 * the run with one message, which says what the queue lost.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db.h"
#include "i18n.h"
#include "memory_int.h"

#define BUSY_MS 100		/* a write waits this long for another kanbao's */
#define FINISH_MS 2000		/* the last try, once the reader is gone */

static const char *const tables[] = {
	"history(id,url,title,time)",
	"read(url,time)",
	"saved(url,title,final_url,charset,time,body)",
	"saved_pages(url,n,final_url,charset,body)",
	NULL,
};

/* Version 1: a saved story kept its first page only. */
static const char *const tables_v1[] = {
	"history(id,url,title,time)",
	"read(url,time)",
	"saved(url,title,final_url,charset,time,body)",
	NULL,
};

/* A saved story's further pages (n from 1), beside its first in saved. */
#define SAVED_PAGES \
    "CREATE TABLE IF NOT EXISTS saved_pages (" \
    " url TEXT NOT NULL, n INTEGER NOT NULL, final_url TEXT NOT NULL," \
    " charset TEXT, body BLOB NOT NULL, PRIMARY KEY (url, n));"

/* Made only in a new file: never in somebody else's. */
static const char create[] =
    "PRAGMA journal_mode = WAL;"
    "BEGIN IMMEDIATE;"
    "CREATE TABLE IF NOT EXISTS history ("
    " id INTEGER PRIMARY KEY, url TEXT NOT NULL, title TEXT,"
    " time INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS read ("
    " url TEXT PRIMARY KEY, time INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS saved ("
    " url TEXT PRIMARY KEY, title TEXT, final_url TEXT NOT NULL,"
    " charset TEXT, time INTEGER NOT NULL, body BLOB NOT NULL);"
    SAVED_PAGES
    "PRAGMA user_version = 2;"
    "COMMIT;";

static const struct db_step steps[] = {
	{1, tables_v1, SAVED_PAGES "PRAGMA user_version = 2;"},
	{0},
};

static const struct db_schema memory_schema = {.version = 2, .tables = tables,
	.create = create, .steps = steps};

static size_t flush(struct memory *m, int ms);


char *
memory_default_path(void)
{
	return xdg_path("XDG_DATA_HOME", ".local/share", "kanbao.db");
}

char *
memory_dup(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

void *
memory_grow(void *v, size_t n, size_t *cap, size_t size)
{
	if (n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		v = xreallocarray(v, *cap, size);
	}
	memset((char *)v + n * size, 0, size);
	return v;
}

/* ---- the queue of what waits to be written ---- */

static void
queue_push(struct memory *m, int save, const struct fetched *f, const char *title,
    time_t when)
{
	struct pending *p;

	m->queue = memory_grow(m->queue, m->nqueue, &m->capqueue, sizeof *m->queue);
	p = &m->queue[m->nqueue++];
	p->save = save;
	p->title = memory_dup(title);
	p->when = when;
	fetched_copy(&p->f, f);
}

static void
queue_clear(struct memory *m)
{
	for (size_t i = 0; i < m->nqueue; i++) {
		free(m->queue[i].title);
		fetched_free(&m->queue[i].f);
	}
	m->nqueue = 0;
}

/* Drops what waits; the words for what was lost (a new string), or NULL
 * when nothing waited. */
static char *
queue_drop(struct memory *m)
{
	size_t saved = 0, opened;
	char *o, *s, *lost;

	if (m->nqueue == 0)
		return NULL;
	for (size_t i = 0; i < m->nqueue; i++)
		saved += m->queue[i].save != 0;
	opened = m->nqueue - saved;
	queue_clear(m);
	o = xasprintf(ngettext("%zu page opened (its history entry and read mark)",
	    "%zu pages opened (their history entries and read marks)", opened), opened);
	s = xasprintf(ngettext("%zu story saved", "%zu stories saved", saved), saved);
	if (opened > 0 && saved > 0)
		lost = xasprintf(_("not written: %s and %s"), o, s);
	else
		lost = xasprintf(_("not written: %s"), opened > 0 ? o : s);
	free(o);
	free(s);
	return lost;
}

/* No memory this run: the reason is the warning, with what waited. */
static void
switch_off(struct memory *m, const char *why)
{
	char *lost = queue_drop(m);

	strlist_pushf(&m->warnings, _("memory %s: %s; history, read marks and saved stories are off "
	    "this run (the file is left as it is)"), m->path, why);
	if (lost != NULL) {
		char *w = m->warnings.v[m->warnings.n - 1];

		m->warnings.v[m->warnings.n - 1] = xasprintf("%s; %s", w, lost);
		free(w);
		free(lost);
	}
	db_close(m->db);
	m->db = NULL;
}

/* What an error that switches memory off says. */
static const char *
words(int rc)
{
	return db_damaged(rc) ? _("it is not a kanbao database, or is damaged") : db_errstr(rc);
}

void
memory_trouble(struct memory *m, int rc)
{
	if (db_locked(rc)) {
		if (!m->said_busy)	/* what waits is written when it is free */
			strlist_pushf(&m->warnings, _("memory %s: it is locked by another program; "
			    "what you open and save is kept, and written when it is free"), m->path);
		m->said_busy = 1;
		return;
	}
	if ((rc & 0xff) == SQLITE_FULL)
		db_empty_wal(m->db);
	switch_off(m, words(rc));
}

/* Is the open file ours?  Makes the tables in a new one.  An SQLite
 * result code (busy: not known yet); a file that is not ours, or cannot
 * be written, switches memory off. */
static int
check(struct memory *m)
{
	char *why = NULL;
	int rc = db_claim(m->db, &memory_schema, &why);

	if (rc == DB_REFUSED) {
		switch_off(m, why);
		free(why);
		return SQLITE_OK;
	}
	m->checked = rc == SQLITE_OK;
	return rc;
}

struct memory *
memory_open(const char *path)
{
	struct memory *m = xcalloc(1, sizeof *m);
	char *why = NULL;
	int rc;

	m->path = path ? xstrdup(path) : memory_default_path();
	if (m->path == NULL) {
		m->path = xstrdup("kanbao.db");
		switch_off(m, _("neither XDG_DATA_HOME nor HOME is set"));
		return m;
	}
	if ((rc = db_open(m->path, BUSY_MS, &m->db, &why)) != SQLITE_OK) {
		switch_off(m, why ? why : words(rc));	/* a directory, a link, not SQLite */
		free(why);
		return m;
	}
	if ((rc = check(m)) != SQLITE_OK)
		memory_trouble(m, rc);		/* locked: checked again on the next write */
	return m;
}

size_t
memory_finish(struct memory *m)
{
	size_t n;
	char *lost;

	if (m == NULL || flush(m, FINISH_MS) == 0)
		return 0;
	n = m->nqueue;
	lost = queue_drop(m);
	strlist_pushf(&m->warnings, _("memory %s: still locked by another program at the end; %s"),
	    m->path, lost);
	free(lost);
	return n;
}

void
memory_close(struct memory *m)
{
	if (m == NULL)
		return;
	if (memory_finish(m) > 0)	/* nobody is left to show it */
		fprintf(stderr, _("%s: warning: %s\n"), PACKAGE, m->warnings.v[m->warnings.n - 1]);
	db_close(m->db);
	free(m->queue);
	strlist_free(&m->warnings);
	free(m->path);
	free(m);
}

int
memory_enabled(const struct memory *m)
{
	return m != NULL && m->db != NULL;
}

size_t
memory_pending(const struct memory *m)
{
	return m != NULL ? m->nqueue : 0;
}

char *
memory_warning(struct memory *m)
{
	return m != NULL ? strlist_take(&m->warnings, &m->warnings_taken) : NULL;
}

/* Writes what waits, in one transaction, waiting at most ms for the lock
 * (0: not at all); what cannot be written yet stays.  The count waiting. */
static size_t
flush(struct memory *m, int ms)
{
	int rc = SQLITE_OK;

	if (m->db == NULL || (m->checked && m->nqueue == 0))
		return m->nqueue;
	db_wait(m->db, ms);
	if (!m->checked)
		rc = check(m);
	if (rc == SQLITE_OK && m->db != NULL && m->nqueue > 0) {
		rc = db_begin(m->db);
		for (size_t i = 0; rc == SQLITE_OK && i < m->nqueue; i++)
			rc = memory_write(m, &m->queue[i]);
		if ((rc = db_end(m->db, rc)) == SQLITE_OK)
			queue_clear(m);
	}
	if (rc != SQLITE_OK)
		memory_trouble(m, rc);
	db_wait(m->db, BUSY_MS);
	return m->nqueue;
}

size_t
memory_flush(struct memory *m)
{
	return m != NULL ? flush(m, 0) : 0;
}

/* An action joins the queue, and the queue is written if it can be. */
static int
submit(struct memory *m, int save, const struct fetched *f, const char *title)
{
	queue_push(m, save, f, title, time(NULL));
	if (flush(m, BUSY_MS) > 0)
		return 1;
	return memory_enabled(m) ? 0 : -1;
}

int
memory_opened(struct memory *m, const char *url, const char *final_url,
    const char *title)
{
	/* lent: the queue copies what it keeps */
	struct fetched f = {.url = (char *)url, .final_url = (char *)final_url};

	if (!memory_enabled(m) || url == NULL)
		return -1;
	return submit(m, 0, &f, title);
}

int
memory_mark_read(struct memory *m, const char *const *urls, size_t n)
{
	time_t now = time(NULL);

	if (!memory_enabled(m))
		return -1;
	for (size_t i = 0; i < n; i++) {
		struct fetched f = {.url = (char *)urls[i]};	/* lent: copied */

		queue_push(m, 0, &f, NULL, now);
		m->queue[m->nqueue - 1].only_read = 1;
	}
	if (flush(m, BUSY_MS) > 0)
		return 1;
	return memory_enabled(m) ? 0 : -1;
}

int
memory_save(struct memory *m, const struct fetched *f, const char *title)
{
	if (!memory_enabled(m) || f->url == NULL)
		return -1;
	return submit(m, 1, f, title);
}
