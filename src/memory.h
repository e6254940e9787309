/*
 * memory: what kanbao remembers across sessions, in SQLite at
 * $XDG_DATA_HOME/kanbao/kanbao.db (default ~/.local/share/kanbao/kanbao.db):
 * history (url, title, time), read state (url, time) and saved stories
 * (the page's bytes, charset and final URL, so they read offline: a
 * struct fetched, fetched.h, goes in and comes out).  It
 * stands on db.c, the SQLite core it shares with the cache (store.c).
 *
 * Who owns what: whoever calls memory_open() owns the struct memory and
 * ends it with memory_close().  Every string handed out is the caller's.
 *
 * Unlike the cache, this file is never lost: a file that is not a
 * kanbao database (not SQLite, damaged, another program's, a newer
 * kanbao's, a directory, a symbolic link) is left exactly as it is (never
 * replaced, moved or written) and memory is switched off for the run, with
 * one message for memory_warning().  So is a file that cannot be opened or
 * written (a full disk).  Each action is one transaction (WAL), so a
 * kanbao killed mid-write loses at most that action.
 *
 * Nothing here makes the reader wait: when another program holds the lock
 * longer than a moment, what is opened and saved is kept in memory (and
 * read back from there), written by the next action or memory_flush(),
 * and tried a last time by memory_finish(); only what still cannot be
 * written then is lost, and a message says so.
 */
#ifndef KANBAO_MEMORY_H
#define KANBAO_MEMORY_H

#include <stddef.h>
#include <time.h>

#include "fetched.h"
#include "util.h"

struct memory;

/* $XDG_DATA_HOME/kanbao/kanbao.db, or ~/.local/share/kanbao/kanbao.db; a
 * new string, or NULL when neither variable says where. */
char *memory_default_path(void);

/* Opens (or creates) the file at path (NULL: the default).  Never NULL;
 * memory_enabled() says whether it works. */
struct memory *memory_open(const char *path);
/* Ends it after memory_finish(); what that loses it says on stderr, as
 * nobody is left to show a message. */
void memory_close(struct memory *m);
int memory_enabled(const struct memory *m);

/* How many actions wait to be written (the file was locked). */
size_t memory_pending(const struct memory *m);
/* Writes what waits if the lock is free now, without waiting for it; the
 * count still waiting.  For the reader's loop. */
size_t memory_flush(struct memory *m);
/* The last try: waits a little for the lock; what still cannot be written
 * is dropped, and the next memory_warning() says what.  The count lost. */
size_t memory_finish(struct memory *m);

/* A page was opened at url (the URL asked for) and ended at final_url
 * (may be NULL or the same): one history entry, both marked read, in one
 * transaction.  0 written; 1 kept, to be written when the lock is free;
 * -1 when memory is off or the write failed. */
int memory_opened(struct memory *m, const char *url, const char *final_url,
    const char *title);

/* The n URLs marked read without being opened (no history entry), in
 * one transaction; 0, 1 or -1 as memory_opened(). */
int memory_mark_read(struct memory *m, const char *const *urls, size_t n);

/* Every URL marked read, appended to out (unsorted); -1 when off. */
int memory_read_urls(struct memory *m, struct strlist *out);

/* Saves (or replaces) the story f under f->url, with its title (may be
 * NULL), now: its bytes, charset and final URL, and the further pages of
 * a story read whole (f->more: the bytes, charset and final URL of each);
 * 0, 1 or -1 as memory_opened().  The bytes are shared, not copied, while
 * it waits. */
int memory_save(struct memory *m, const struct fetched *f, const char *title);
/* The story saved under url into *f (fetched_free): f->url is url,
 * f->fetched when it was saved, f->from FETCHED_SAVED, its further pages
 * (if any) in f->more as fetched_page() joins them; 1 found, 0 not. */
int memory_load(struct memory *m, const char *url, struct fetched *f);

/* A line of kanbao.db's lists: a page in the history (the URL it ended
 * at, after redirects, its title, when it was opened) or a saved story
 * (the URL it is saved under, its title, when it was saved). */
struct memory_visit {
	char *url;
	char *title;		/* may be NULL */
	time_t when;
};

/* Saved stories, newest first, into *v (memory_visits_free); the count,
 * or -1. */
int memory_saved(struct memory *m, struct memory_visit **v, size_t *n);

/* The last max pages opened, newest first, each URL once (its latest
 * visit), into *v (memory_visits_free); the count, or -1. */
int memory_history(struct memory *m, size_t max, struct memory_visit **v, size_t *n);
void memory_visits_free(struct memory_visit *v, size_t n);

/* The oldest message not yet taken (a new string), or NULL. */
char *memory_warning(struct memory *m);

#endif
