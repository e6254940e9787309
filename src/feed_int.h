/*
 * feed_int: what feed.c takes from feed_repair.c and feed_date.c.  Pure
 * functions over bytes: no libxml2 tree, no I/O.
 */
#ifndef KANBAO_FEED_INT_H
#define KANBAO_FEED_INT_H

#include <stddef.h>

/* The position after the first mark at or after i, or len. */
size_t feed_skip_past(const char *s, size_t len, size_t i, const char *mark);

/* The position after a DOCTYPE whose name ends at i; its internal subset
 * ([...]) may hold '>' inside declarations, quoted strings and comments. */
size_t feed_skip_doctype(const char *s, size_t len, size_t i);

/* The feed as libxml2 should read it: every entity reference a character
 * reference, no DOCTYPE or comment, no character XML forbids.  A new
 * string of *outlen bytes. */
char *feed_repair(const char *s, size_t len, size_t *outlen);

/* RFC 822 as RSS prints it, "Tue, 05 Mar 2024 08:30:00 +0800", to
 * "2024-03-05T08:30:00" (the zone ignored: dates stay as printed); a new
 * string, or NULL when s is not of that form.  feed_date.c. */
char *feed_rfc822_date(const char *s);

#endif
