/* unit_strset: a set of strings says each string is new once, however
 * many it grows to hold, and keeps copies unless it borrows. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tap.h"
#include "util.h"

/* Each of 5,000 URLs is new the first time and known every time after,
 * across the set's doublings (64 slots at first). */
static void
test_many(void)
{
	struct strset set = {0};
	char url[64];
	size_t first_new = 0, again_new = 0;

	for (size_t i = 0; i < 5000; i++) {
		snprintf(url, sizeof url, "https://news.test/n/%zu.html", i);
		first_new += strset_add(&set, url);
	}
	for (size_t i = 0; i < 5000; i++) {
		snprintf(url, sizeof url, "https://news.test/n/%zu.html", i);
		again_new += strset_add(&set, url);
	}
	tap_int((long)first_new, 5000, "strset: each of 5,000 strings is new once");
	tap_int((long)again_new, 0, "strset: ... and known after, across growing");
	tap_int((long)set.n, 5000, "strset: holds 5,000");
	tap_int(strset_add(&set, "https://news.test/n/5000.html"), 1, "strset: a string one past them is new");
	strset_free(&set);
	tap_ok(set.slots == NULL && set.n == 0, "strset_free: empty again");
}

/* A set that copies keeps its strings when the caller's buffer changes;
 * the empty string is a string like any. */
static void
test_copies(void)
{
	struct strset set = {0};
	char buf[16] = "下一篇";

	tap_int(strset_add(&set, buf), 1, "strset: new");
	strcpy(buf, "上一篇");
	tap_int(strset_add(&set, "下一篇"), 0, "strset: a copy is kept, not the caller's buffer");
	tap_int(strset_add(&set, buf), 1, "strset: the buffer's new text is new");
	tap_int(strset_add(&set, ""), 1, "strset: the empty string is new once");
	tap_int(strset_add(&set, ""), 0, "strset: ... and known after");
	strset_free(&set);
}

/* A borrowing set holds the caller's strings themselves. */
static void
test_borrows(void)
{
	struct strset set = {.borrows = 1};
	const char *a = "https://news.test/a.html";
	int found = 0;

	strset_add(&set, a);
	for (size_t i = 0; i < set.cap; i++)
		found |= set.slots[i] == a;
	tap_ok(found, "strset: a borrowing set holds the string itself");
	strset_free(&set);
}

int
main(void)
{
	tap_init();
	test_many();
	test_copies();
	test_borrows();
	return tap_done();
}
