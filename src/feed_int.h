/*
 * feed_int: what feed.c takes from feed_repair.c.  Pure functions over
 * bytes: no libxml2 tree, no I/O.
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

#endif
