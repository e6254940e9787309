/* arena: strings in big blocks; see arena.h. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "arena.h"
#include "util.h"

#define ARENA_BLOCK 65536	/* bytes of strings in one block */
#define ARENA_SMALL 32		/* blocks of ARENA_BLOCK before they grow */
#define ARENA_HUGE (2u << 20)	/* the grown block: one huge page */

struct arena_block {
	struct arena_block *next;
	size_t used, cap;
	max_align_t data[];	/* cap bytes */
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

/* A block of one huge page, where the kernel gives them: the tree of a
 * page of 16 MiB fills 70 MiB of blocks, and faulting them in 4 KiB at a
 * time cost a third of its run in system time.  Without one it is a
 * plain block of ARENA_BLOCK. */
static struct arena_block *
huge_block_new(void)
{
	struct arena_block *b;
	void *p;

	if (posix_memalign(&p, ARENA_HUGE, ARENA_HUGE) != 0)
		return block_new(ARENA_BLOCK);
#ifdef MADV_HUGEPAGE
	(void)madvise(p, ARENA_HUGE, MADV_HUGEPAGE);	/* a hint: it may fail */
#endif
	b = p;
	b->next = NULL;
	b->used = 0;
	b->cap = ARENA_HUGE - sizeof *b;
	return b;
}

/* size bytes from a's blocks, at a multiple of align (a power of two) */
static void *
take(struct arena *a, size_t size, size_t align)
{
	struct arena_block *b = a->blocks;
	size_t at = 0;
	void *out;

	if (b != NULL)
		at = (b->used + align - 1) & ~(align - 1);
	if (b == NULL || at > b->cap || b->cap - at < size) {
		if (size > ARENA_BLOCK / 4) {
			/* a big piece gets a block of its own, behind the
			 * newest, which keeps filling */
			b = block_new(size);
			if (a->blocks != NULL) {
				b->next = a->blocks->next;
				a->blocks->next = b;
			} else {
				a->blocks = b;
			}
		} else {
			b = a->small < ARENA_SMALL ? block_new(ARENA_BLOCK) : huge_block_new();
			a->small += b->cap == ARENA_BLOCK;
			b->next = a->blocks;
			a->blocks = b;
		}
		at = 0;
	}
	out = (char *)b->data + at;
	b->used = at + size;
	return out;
}

void *
arena_alloc(struct arena *a, size_t size)
{
	return take(a, size, sizeof(void *));
}

/* strings need no alignment: a text of three bytes takes four, not eight */
char *
arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *out = take(a, len + 1, 1);

	memcpy(out, s, len);
	out[len] = '\0';
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
	a->small = 0;
}
