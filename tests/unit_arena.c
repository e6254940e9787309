/* unit_arena: strings in an arena stay whole and apart until arena_free. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "tap.h"
#include "util.h"

/* Objects (a tree's nodes) among strings: each aligned for a pointer,
 * each whole, however odd the strings' lengths between them. */
static void
test_objects(void)
{
	struct arena a = {0};
	void **obj[3000];
	size_t misaligned = 0, bad = 0;

	for (size_t i = 0; i < 3000; i++) {
		arena_strndup(&a, "abcdefg", i % 7);	/* 1 to 7 bytes with the NUL */
		obj[i] = arena_alloc(&a, 7 * sizeof(void *));
		misaligned += (uintptr_t)obj[i] % sizeof(void *) != 0;
		for (size_t k = 0; k < 7; k++)
			obj[i][k] = &obj[i][k];
	}
	for (size_t i = 0; i < 3000; i++)
		for (size_t k = 0; k < 7; k++)
			bad += obj[i][k] != &obj[i][k];
	tap_ok(misaligned == 0, "objects between strings of odd lengths are aligned for a pointer");
	tap_ok(bad == 0, "3000 objects over several blocks keep what was stored in them");
	tap_ok(arena_alloc(&a, 100000) != NULL, "an object bigger than a block");
	arena_free(&a);
}

/* Past its first blocks an arena takes blocks of a huge page: 8 MiB of
 * objects and strings over both kinds keep what was stored in them. */
static void
test_grown(void)
{
	enum { N = 120000 };
	struct arena a = {0};
	uint64_t **obj = xmalloc(N * sizeof *obj);
	char **str = xmalloc(N * sizeof *str), want[32];
	size_t bad = 0, misaligned = 0;

	for (size_t i = 0; i < N; i++) {
		obj[i] = arena_alloc(&a, 6 * sizeof(uint64_t));
		misaligned += (uintptr_t)obj[i] % sizeof(void *) != 0;
		for (size_t k = 0; k < 6; k++)
			obj[i][k] = i * 6 + k;
		snprintf(want, sizeof want, "item %zu", i);
		str[i] = arena_strndup(&a, want, strlen(want));
	}
	for (size_t i = 0; i < N; i++) {
		for (size_t k = 0; k < 6; k++)
			bad += obj[i][k] != i * 6 + k;
		snprintf(want, sizeof want, "item %zu", i);
		bad += strcmp(str[i], want) != 0;
	}
	tap_ok(misaligned == 0, "8 MiB of objects in grown blocks are aligned for a pointer");
	tap_ok(bad == 0, "8 MiB of objects and strings over small and grown blocks stay whole");
	arena_free(&a);
	tap_ok(a.blocks == NULL && a.small == 0, "arena_free empties a grown arena and its count");
	tap_str(arena_strndup(&a, "again", 5), "again", "and it takes strings again");
	arena_free(&a);
	free(obj);
	free(str);
}

int
main(void)
{
	struct arena a = {0};
	char *v[5000], want[32], *big, *after, *empty;
	size_t bad = 0, big_len = 100000;
	char *long_s = xmalloc(big_len);

	tap_init();
	/* enough short strings to fill several blocks */
	for (size_t i = 0; i < 5000; i++) {
		snprintf(want, sizeof want, "第%zu段", i);
		v[i] = arena_strndup(&a, want, strlen(want));
	}
	memset(long_s, 'x', big_len);
	big = arena_strndup(&a, long_s, big_len);	/* longer than a block */
	after = arena_strndup(&a, "after", 5);
	empty = arena_strndup(&a, "abc", 0);
	for (size_t i = 0; i < 5000; i++) {
		snprintf(want, sizeof want, "第%zu段", i);
		bad += strcmp(v[i], want) != 0;
	}
	tap_ok(bad == 0, "5000 short strings, over several blocks, each as copied");
	tap_ok(strlen(big) == big_len && big[0] == 'x' && big[big_len - 1] == 'x',
	    "a string longer than a block, whole and NUL-terminated");
	tap_str(after, "after", "a short string after it");
	tap_str(empty, "", "an empty copy is an empty string");
	tap_str(v[0], "第0段", "the first string is still whole after all the others");
	arena_free(&a);
	tap_ok(a.blocks == NULL, "arena_free leaves the arena empty");
	tap_str(arena_strndup(&a, "again", 5), "again", "an emptied arena takes strings again");
	arena_free(&a);
	test_objects();
	test_grown();
	free(long_s);
	return tap_done();
}
