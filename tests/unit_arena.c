/* unit_arena: strings in an arena stay whole and apart until arena_free. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "tap.h"
#include "util.h"

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
	free(long_s);
	return tap_done();
}
