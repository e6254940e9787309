/*
 * feed: RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0 feeds to a list
 * page.  Pure: no I/O, no state of its own; the fetch time is passed in.
 *
 * The text is UTF-8 (charset.c converted it; an encoding declaration in it
 * is ignored).  Before libxml2's XML parser reads it, every entity
 * reference becomes a character (XML's five, HTML's &nbsp; ...) or plain
 * text, and the DOCTYPE is left out: an entity the feed declares is shown
 * as written, never expanded, so a feed cannot make kanbao read a file or
 * the network, nor expand a billion laughs.  At most FEED_MAX_ITEMS items
 * (and 16 MiB of text) are read.
 *
 * feed_parse() gives a new struct page of kind PAGE_LIST that the caller
 * owns (page_free): its title is the channel's, and one headline per item,
 * newest first (linklist_sort_newest: undated items last, in document
 * order), with a cleaned text title (HTML in a title is reduced
 * to its text; an item without a title takes the first 40 characters of
 * its description, one without either its URL), an absolute http/https URL
 * (RSS <link>, else Atom rel="alternate", else the first link without rel,
 * else an RSS <guid> permalink; file: only in a file: feed; items without
 * one are skipped, as are repeated URLs) and the date as printed,
 * "YYYY-MM-DD[THH:MM[:SS]]" with no time-zone shift, or NULL, and as its
 * snippet the first 300 characters of its description or content as
 * text, or NULL.
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
