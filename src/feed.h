/*
 * feed: RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0 feeds to a list
 * page.  Pure: no I/O, no globals; the fetch time is passed in.
 *
 * The text is UTF-8 (charset.c converted it; an encoding declaration in it
 * is ignored).  The document is read with libxml2's XML parser, never
 * resolving an external entity or loading a DTD, so a feed cannot make
 * kanbao read a file or the network.  Entities the feed declares itself
 * are dropped, not expanded.  At most FEED_MAX_ITEMS items are read.
 *
 * feed_parse() gives a new struct page of kind PAGE_LIST that the caller
 * owns (page_free): its title is the channel's, and one headline per item
 * in document order with a cleaned text title (HTML in a title is reduced
 * to its text; an item without a title takes the first 40 characters of
 * its description), an absolute http/https URL (file: only in a file:
 * feed; items without one are skipped, as are repeated URLs) and the date
 * as printed, "YYYY-MM-DD[THH:MM[:SS]]" with no time-zone shift, or NULL.
 */
#ifndef KANBAO_FEED_H
#define KANBAO_FEED_H

#include <stddef.h>
#include <time.h>

#include "page.h"

#define FEED_MAX_ITEMS 10000

/* 1 when the text looks like a feed: after an optional BOM, white space,
 * XML declaration, processing instructions, comments and DOCTYPE, within
 * the first few KiB, the root element is <rss, <feed or <rdf:RDF. */
int feed_detect(const char *utf8, size_t len);

/* The feed as a list page, or NULL when the text is no feed (libxml2 could
 * not parse it, or its root is none of rss, rdf:RDF, feed).  url is the
 * feed's own URL: relative links resolve against it. */
struct page *feed_parse(const char *utf8, size_t len, const char *url, time_t fetched);

#endif
