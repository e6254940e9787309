/*
 * tap: a minimal Test Anything Protocol writer for the unit tests.
 * Each check prints "ok N - what" or "not ok N - what"; tap_done()
 * prints the plan and returns the exit status.
 */
#ifndef KANBAO_TAP_H
#define KANBAO_TAP_H

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tap_n, tap_failed;

static inline void
tap_init(void)
{
	/* tests set their own locale: widths and mbrtowc need UTF-8 */
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "");
}

static inline int
tap_ok(int cond, const char *what)
{
	tap_n++;
	printf("%sok %d - %s\n", cond ? "" : "not ", tap_n, what);
	if (!cond)
		tap_failed++;
	return cond;
}

/* Compares strings (NULL is a value of its own) and shows both on failure. */
static inline int
tap_str(const char *got, const char *want, const char *what)
{
	int same = (got == NULL || want == NULL) ? got == want : strcmp(got, want) == 0;

	if (!tap_ok(same, what))
		printf("#   got:  %s\n#   want: %s\n", got ? got : "(null)", want ? want : "(null)");
	return same;
}

static inline int
tap_int(long got, long want, const char *what)
{
	if (!tap_ok(got == want, what))
		printf("#   got:  %ld\n#   want: %ld\n", got, want);
	return got == want;
}

static inline int
tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

#endif
