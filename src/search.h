/*
 * search: every story kanbao has read or kept, found again by its words.
 *
 * What it promises:
 *   - The index holds the stories of the page cache (pages fetched over
 *     http or https, by the reader, a dump or a refresh, that extract as
 *     articles) and the saved stories of kanbao.db, by title and body,
 *     each with its URL, its published and fetched (or saved) time.
 *   - It is in step with the cache: a page the cache drops (its size
 *     bound) or replaces leaves the index in the same transaction, unless
 *     it is a saved story, which stays found.  Pages and saved stories it
 *     has not seen yet are indexed by search_sync(), which search_find()
 *     runs first, so a search sees everything read or saved until then.
 *   - SQLite FTS5 with the trigram tokenizer: a word matches as a
 *     substring, so Chinese needs no word segmenter (海安科创 finds
 *     江苏海安科创新城); Latin letters match in any case.  Words of one or
 *     two characters (海安) are looked for by a scan, as trigrams cannot.
 *   - It lives in cache.db (store.c), whose transactions it shares: a
 *     crash mid-write leaves the index as the last commit left it.  An
 *     index that is missing (a new cache, one from before the index) or
 *     damaged is made again from the cache and the saved stories, with a
 *     one-line message among the cache's (store_warning()).
 *   - Extraction stays pure: this module calls fetched_page() on what the
 *     cache and the memory hold, or takes a page its caller extracted
 *     (search_add), and does the writing.
 *
 * Who owns what: whoever calls search_open() owns the struct search and
 * ends it with search_close(), before the store and memory it was given,
 * which stay the caller's.  Matches are the caller's
 * (search_matches_free).  Nothing here fails the program but running out
 * of memory; a cache that is off (--no-cache, an unusable file) has
 * nothing to search.
 *
 * For the reader's view of matches (F): search_find(s, words, max, &m, &n),
 * then open m[i].key as the reader opens any URL (the cache has it, or
 * memory_load() has the saved story).
 */
#ifndef KANBAO_SEARCH_H
#define KANBAO_SEARCH_H

#include <stddef.h>
#include <stdio.h>
#include <time.h>

struct fetched;
struct memory;
struct page;
struct site_rules;
struct store;

struct search;

/* An index in store's file, with memory's saved stories (memory may be
 * NULL: none), pages extracted with sites' rules (NULL: none).  Never
 * NULL; nothing is opened until it is used. */
struct search *search_open(struct store *store, struct memory *memory,
    const struct site_rules *sites);
void search_close(struct search *s);

/* Indexes what the index has not seen yet: pages in the cache, saved
 * stories; makes the index again when it is missing or damaged.  0, or
 * -1 when there is no index to bring up to date (the cache is off). */
int search_sync(struct search *s);

/* Indexes p, the page the caller extracted from f, when the cache keeps
 * f (under f->url), so that search_sync() need not extract it again. */
void search_add(struct search *s, const struct fetched *f, const struct page *p);

struct search_match {
	char *key;		/* the URL it is kept under: what to open */
	char *url;		/* where it ended, after redirects */
	char *title;
	char *published;	/* as the page gives it, or NULL */
	time_t fetched;		/* when the page was fetched */
	time_t saved;		/* when it was saved; 0: it was not */
	char *snippet;		/* the first match in its context, one line */
};

/* The stories that hold every word of query (words apart by spaces),
 * newest first (published, else fetched), at most max (0: all), into *m
 * (search_matches_free); after search_sync().  The count, or -1 when
 * there is no index (the cache is off). */
int search_find(struct search *s, const char *query, size_t max,
    struct search_match **m, size_t *n);
void search_matches_free(struct search_match *m, size_t n);

/* m as one line of JSON, as the dump prints a page: {"url", "title",
 * "published" (or null), "fetched" and "saved" (UTC, "…Z", or null),
 * "snippet"}; or as text: the title, the date (published, else fetched)
 * and URL, the snippet, a blank line. */
void search_write(const struct search_match *m, int json, FILE *f);
/* kanbao --search: the matches of words (one query, joined by spaces)
 * written to f, all of them; 0, or -1 when there is no index. */
int search_print(struct search *s, char *const *words, int nwords, int json, FILE *f);

#endif
