/*
 * failmalloc: an LD_PRELOAD library for tests/oom.sh.  The allocation
 * numbered FAIL_AT (malloc, calloc and realloc counted together, from 1)
 * returns NULL, as it would when memory runs out; the others go to the C
 * library.  With FAIL_AT unset or 0 nothing fails, and at exit the count
 * goes to the file named by FAIL_COUNT, so a test knows how many there are.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static long count, fail_at = -1;

/* 1 when this allocation is to fail, with errno set as the C library's would. */
static int
fails_now(void)
{
	if (fail_at < 0) {
		const char *at = getenv("FAIL_AT");

		fail_at = at ? atol(at) : 0;
	}
	if (++count != fail_at)
		return 0;
	errno = ENOMEM;
	return 1;
}

void *
malloc(size_t n)
{
	static void *(*real)(size_t);

	if (real == NULL)
		real = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
	return fails_now() ? NULL : real(n);
}

void *
realloc(void *p, size_t n)
{
	static void *(*real)(void *, size_t);

	if (real == NULL)
		real = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
	return fails_now() ? NULL : real(p, n);
}

__attribute__((destructor)) static void
say_count(void)
{
	const char *to = getenv("FAIL_COUNT");
	FILE *f;

	if (to != NULL && (f = fopen(to, "w")) != NULL) {
		fprintf(f, "%ld\n", count);
		fclose(f);
	}
}
