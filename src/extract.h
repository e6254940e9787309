/*
 * extract: a page's bytes to a struct page.  Pure: no I/O, no globals, no
 * curses; the fetch time is passed in, so relative dates are testable.
 *
 * extract_bytes() runs charset -> html -> extract (or, for an RSS / Atom
 * feed, charset -> feed); the caller owns the
 * struct page it returns (page_free).  It never returns NULL: a page
 * without anything recognisable is an article with an empty body.
 */
#ifndef KANBAO_EXTRACT_H
#define KANBAO_EXTRACT_H

#include <stddef.h>
#include <time.h>

#include "page.h"

struct site_rule;

struct extract_input {
	const char *bytes;
	size_t len;
	const char *http_charset;	/* from Content-Type, or NULL */
	const char *url;		/* the final URL: links resolve against it */
	time_t fetched;			/* for 3小时前, 昨天 10:20 */
	const struct site_rule *rule;	/* per-host overrides, or NULL */
	int whole;			/* the whole page, not the story: see below */
	/* Called once, when libxml2 holds the page's tree and bytes are read
	 * no more, so that a caller done with them can free them then: a big
	 * page's bytes need not lie beside its tree while it is extracted.
	 * NULL: nothing is called. */
	void (*parsed)(void *arg);
	void *parsed_arg;
};

struct page *extract_bytes(const struct extract_input *in);
/* With in->whole, the page is the whole page's visible text in document
 * order (extract_whole.c), for a page whose story extraction gets wrong:
 * an article whose blocks are every heading, paragraph, list, data table
 * and picture of it, navigation, sidebars and footer included, with
 * every link in the block it stands in; body[] holds the same text, the
 * title is the page's <title>; no byline, tags, 上一篇 / 下一篇, related.
 * Site rules do not apply.  An RSS or Atom feed is its items either way. */

/* Dates as pages print them, normalised to the contract's form
 * "YYYY-MM-DD[THH:MM[:SS]]"; relative ones resolved against now (local
 * time), none when now is 0.  NULL when s holds no date.  Exposed for the
 * unit tests. */
char *extract_date(const char *s, time_t now);

#define DATE_ZONE 1	/* add the zone the page gives: +08:00, Z */
#define DATE_ROC 2	/* read a year of the Republic (113-04-08): after a label */
/* The first date in s, as extract_date, with flags. */
char *date_find(const char *s, time_t now, int flags);
/* The date that starts exactly at s, or NULL; *end (when not NULL) gets
 * the byte past it, its time and zone. */
char *date_here(const char *s, time_t now, int flags, const char **end);
/* The time that starts exactly at t, on the day of the first date in s
 * ("first published 4:00pm" on a line dated March 14 2024), or NULL;
 * *end gets the byte of t past the time. */
char *time_on_day(const char *s, const char *t, int flags, const char **end);
/* The number (1-12) of an English month's name at s, whole or short
 * (March, Nov., Sept.), *end past it; 0 when none. */
int english_month_at(const char *s, const char **end);

#endif
