/*
 * arena: strings that live and die together, copied into big blocks
 * instead of one allocation each.  A page of 16 MiB of small tables has
 * half a million segment texts of a few bytes: malloc's overhead on each
 * cost more than the texts themselves.  The tree of a page lives in one
 * too (html_tree.c).
 */
#ifndef KANBAO_ARENA_H
#define KANBAO_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *blocks;	/* the newest first; zeroed: empty */
	size_t small;			/* blocks of the first size made */
};

/* size bytes aligned for any object, the arena's: they live until
 * arena_free. */
void *arena_alloc(struct arena *a, size_t size);
/* A copy of s[0..len) and a NUL, the arena's: it lives until arena_free. */
char *arena_strndup(struct arena *a, const char *s, size_t len);
/* Frees every string of a, and leaves it empty. */
void arena_free(struct arena *a);

#endif
