/*
 * fetched: a fetched page, the one value that fetch gives, the cache keeps
 * (its port, struct fetch_cache), the memory saves (saved stories), and
 * the prefetch and the reader's views hold; fetched_page() makes a
 * struct page of it, the one way from bytes to a page.
 *
 * What a struct fetched promises:
 *   url            the input as it was asked for (a URL or a path): the
 *                  key of the cache, of the prefetched pages, of a save
 *   final_url      where it ended, after redirects (file:// for a path):
 *                  the page's links resolve against it
 *   body           the bytes as they came, not decoded, NUL-terminated
 *                  after body->len; never changed once made, and shared:
 *                  a struct bytes counts its holders, so the prefetch, a
 *                  view and the memory's queue hold one copy.  NULL only
 *                  in a struct fetched that holds no page
 *   charset        from the Content-Type header, or NULL
 *   content_type   the header itself, or NULL
 *   etag, last_modified   the validators as the server sent them, or NULL
 *   status         the HTTP status of the response; 0 when there was none
 *   fetched        when it was fetched (a saved story: when it was saved)
 *   from           where the bytes came from this time
 *   stale          NULL, or why this is the cache's old copy (the server
 *                  or the network failed): one line, with the copy's age
 *   more, nmore    a story's further pages, in order, read by
 *                  story_pages.c after this one (its 第2页, 3, or its
 *                  全文 page); fetched_page joins them into one story.
 *                  Each is a struct fetched of its own, with none more.
 *                  NULL and 0 for a page alone
 *   more_note      NULL, or why the story's pages stop short (one of
 *                  them could not be read): one line
 *   disposition    a file's fetch (FETCH_FILE) only: its Content-Disposition
 *                  header, or NULL
 *
 * Who owns what: a struct fetched owns its strings and one hold on its
 * body; fetched_free() lets go of them, fetched_copy() makes another
 * holder without copying the bytes.
 */
#ifndef KANBAO_FETCHED_H
#define KANBAO_FETCHED_H

#include <stddef.h>
#include <time.h>

/* Bytes with a count of their holders (one thread: a plain count). */
struct bytes {
	char *s;		/* len bytes, then a NUL */
	size_t len;
	size_t refs;
};

/* Takes s (malloc'd, s[len] a NUL; NULL: no bytes), with one holder. */
struct bytes *bytes_own(char *s, size_t len);
/* A copy of the n bytes at s, with one holder. */
struct bytes *bytes_copy(const char *s, size_t n);
struct bytes *bytes_hold(struct bytes *b);	/* one more holder; b */
void bytes_drop(struct bytes *b);		/* one holder fewer; NULL: none */

enum fetched_from {
	FETCHED_NETWORK,	/* a response with its body */
	FETCHED_FILE,		/* a path or a file:// URL */
	FETCHED_CACHE,		/* the cache's copy: offline, a 304, or stale */
	FETCHED_SAVED,		/* a story saved in kanbao.db */
};

struct fetched {
	char *url;
	char *final_url;
	struct bytes *body;
	char *charset;
	char *content_type;
	char *etag, *last_modified;
	long status;
	time_t fetched;
	enum fetched_from from;
	char *stale;
	struct fetched *more;
	size_t nmore;
	char *more_note;
	char *disposition;
};

static inline const char *
fetched_bytes(const struct fetched *f)
{
	return f->body != NULL ? f->body->s : "";
}

static inline size_t
fetched_len(const struct fetched *f)
{
	return f->body != NULL ? f->body->len : 0;
}

/* The bytes f holds, its further pages' too: what keeping it costs. */
static inline size_t
fetched_len_all(const struct fetched *f)
{
	size_t n = fetched_len(f);

	for (size_t i = 0; i < f->nmore; i++)
		n += fetched_len(&f->more[i]);
	return n;
}

/* *to becomes another holder of f: its strings copied, its bytes shared. */
void fetched_copy(struct fetched *to, const struct fetched *f);
void fetched_free(struct fetched *f);	/* and zeroes it */

struct page;
struct site_rules;

/* The page of f, extracted as from its final URL with the rule of that
 * URL's host in sites (NULL: none), and f's further pages (more) joined
 * to it in order (page_join.h); the caller owns it (page_free).
 * Never NULL (see extract_bytes). */
struct page *fetched_page(const struct fetched *f, const struct site_rules *sites);
/* The whole page of f instead of its story (extract.h's in->whole). */
struct page *fetched_whole_page(const struct fetched *f);
/* As fetched_page, or fetched_whole_page with whole, for a caller done
 * with the bytes of f (the dump): each page's bytes are let go as soon as
 * libxml2 holds its tree (its body NULL after), so that a page of 16 MiB
 * is not held beside the tree it was read into. */
struct page *fetched_page_last(struct fetched *f, const struct site_rules *sites, int whole);

#endif
