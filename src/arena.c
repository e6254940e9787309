/* arena: strings in big blocks; see arena.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "util.h"

#define ARENA_BLOCK 65536	/* bytes of strings in one block */

struct arena_block {
	struct arena_block *next;
	size_t used, cap;
	char data[];
};

static struct arena_block *
block_new(size_t cap)
{
	struct arena_block *b = xmalloc(sizeof *b + cap);

	b->next = NULL;
	b->used = 0;
	b->cap = cap;
	return b;
}

char *
arena_strndup(struct arena *a, const char *s, size_t len)
{
	struct arena_block *b = a->blocks;
	char *out;

	if (b == NULL || b->cap - b->used < len + 1) {
		if (len + 1 > ARENA_BLOCK / 4) {
			/* a long string gets a block of its own, behind the
			 * newest, which keeps filling */
			b = block_new(len + 1);
			if (a->blocks != NULL) {
				b->next = a->blocks->next;
				a->blocks->next = b;
			} else {
				a->blocks = b;
			}
		} else {
			b = block_new(ARENA_BLOCK);
			b->next = a->blocks;
			a->blocks = b;
		}
	}
	out = b->data + b->used;
	memcpy(out, s, len);
	out[len] = '\0';
	b->used += len + 1;
	return out;
}

void
arena_free(struct arena *a)
{
	while (a->blocks != NULL) {
		struct arena_block *next = a->blocks->next;

		free(a->blocks);
		a->blocks = next;
	}
}
