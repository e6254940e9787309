/*
 * extract_pagerword: what a pager's words say: a page number (2, [3],
 * 第2页), one of the pager's words (下一页, 尾页, 共3页), a whole line of
 * them.  Text only, in the words layer beside extract_label.c.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract_words.h"
#include "text.h"
#include "util.h"

/* The marks around a pager's words: « 2 », [3], 分页：, 下一页>> */
#define MARK(m) {m, sizeof m - 1}
static const struct mark {
	const char *s;
	size_t len;
} pager_marks[] = {MARK("«"), MARK("»"), MARK("‹"), MARK("›"), MARK("【"), MARK("】"),
	MARK("："), MARK("…"), MARK("<"), MARK(">"), MARK("["), MARK("]"), MARK("("),
	MARK(")"), MARK(":"), MARK("|"), MARK(".")};
#define MARKS (sizeof pager_marks / sizeof pager_marks[0])

/* Does some mark start (at_end 0) or end with the byte?  A table of
 * both edges, built on first use. */
static int
mark_edge(unsigned char byte, int at_end)
{
	static unsigned char edges[256];	/* bit 1: first byte, bit 2: last */
	static int built;

	if (!built) {
		for (size_t i = 0; i < MARKS; i++) {
			edges[(unsigned char)pager_marks[i].s[0]] |= 1;
			edges[(unsigned char)pager_marks[i].s[pager_marks[i].len - 1]] |= 2;
		}
		built = 1;
	}
	return edges[byte] & (at_end ? 2 : 1);
}

/* The length of the mark s[0..n) starts with (at_end 0) or ends with; 0
 * for none.  The first byte is compared before the rest: most words of a
 * page have no mark around them. */
static size_t
mark_length(const char *s, size_t n, int at_end)
{
	const unsigned char *u = (const unsigned char *)s + (at_end && n >= 3 ? n - 3 : 0);
	unsigned char edge = n > 0 ? (unsigned char)s[at_end ? n - 1 : 0] : 0;

	/* an ASCII letter or digit, or an ideograph, is no mark */
	if (n == 0 || (edge < 0x80 && isalnum(edge)) || (n >= 3 && u[0] >= 0xE4 &&
	    u[0] <= 0xE9 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80))
		return 0;
	/* nor is a byte that no mark has at that edge (。, 、, most others) */
	if (!mark_edge(edge, at_end))
		return 0;
	for (size_t i = 0; i < MARKS; i++) {
		const struct mark *m = &pager_marks[i];
		const char *at = at_end && n >= m->len ? s + n - m->len : s;

		if (n >= m->len && *at == *m->s && memcmp(at, m->s, m->len) == 0)
			return m->len;
	}
	return 0;
}

/* s[0..n) without the marks at either end: *from and *len.  Marks are
 * whole characters, so stripping the front first, then the end, leaves
 * what any order would. */
static void
strip_marks(const char *s, size_t n, const char **from, size_t *len)
{
	size_t k;

	while ((k = mark_length(s, n, 0)) > 0)
		s += k, n -= k;
	while ((k = mark_length(s, n, 1)) > 0)
		n -= k;
	*from = s;
	*len = n;
}

/* The number of digits s[0..n) is (1 to 999, no leading zero), or 0. */
static int
small_number(const char *s, size_t n)
{
	int v = 0;

	if (n == 0 || n > 3 || *s == '0')
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* The page number a word without its marks says: 2, 第2页; 0 for none. */
static int
bare_number(const char *s, size_t n)
{
	if (n > 6 && memcmp(s, "第", 3) == 0 && memcmp(s + n - 3, "页", 3) == 0)
		return small_number(s + 3, n - 6);
	return small_number(s, n);
}

/* Is a word without its marks one of the pager's (下一页, 尾页, 共3页), or
 * nothing (the marks were all)? */
static int
bare_pager_word(const char *s, size_t n)
{
	if (n == 0 || (n > 6 && memcmp(s, "共", 3) == 0 && memcmp(s + n - 3, "页", 3) == 0 &&
	    small_number(s + 3, n - 6)))
		return 1;
	for (const char *const *w = story_pager_words; *w; w++)
		if (**w == *s && strlen(*w) == n && memcmp(s, *w, n) == 0)
			return 1;
	return 0;
}

/* The page number of one word of a pager: 2, [2], 第2页; 0 for none. */
static int
pager_word_number(const char *s, size_t n)
{
	strip_marks(s, n, &s, &n);
	return bare_number(s, n);
}

int
pager_number(const char *s)
{
	return pager_word_number(s, strlen(s));
}

/* Is s[0..n) one of the pager's words (下一页, 尾页, 共3页), or marks alone? */
static int
pager_word(const char *s, size_t n)
{
	strip_marks(s, n, &s, &n);
	return bare_pager_word(s, n);
}

int
is_pager_word(const char *s)
{
	return *s != '\0' && pager_word(s, strlen(s));
}

int
is_pager_number_or_word(const char *s)
{
	size_t n;

	if (*s == '\0')
		return 0;
	strip_marks(s, strlen(s), &s, &n);
	return bare_number(s, n) > 0 || bare_pager_word(s, n);
}

/* Page numbers and the pager's words, nothing else: two numbers and a
 * word, or 1 2 3 in a row.  A line of prose never is one. */
int
is_pager_line(const char *s)
{
	int numbers = 0, words = 0, in_row = 1;

	/* a pager is two words at least, so a line with no space and no
	 * colon is none: most lines of a story are turned away here */
	if (strpbrk(s, " :") == NULL && strstr(s, "：") == NULL)
		return 0;
	if (utf8_longer_than(s, 80))
		return 0;
	while (*s) {
		/* a word ends at a space or after a colon: 分页：1 */
		const char *colon = strstr(s, "：");
		size_t n = strcspn(s, " :");

		if (colon != NULL && (size_t)(colon - s) < n)
			n = (size_t)(colon - s) + strlen("：");
		else if (s[n] == ':')
			n++;
		/* the marks stripped once for both questions */
		const char *w;
		size_t wn;
		int v;

		strip_marks(s, n, &w, &wn);
		if ((v = bare_number(w, wn)) > 0)
			in_row &= v == ++numbers;
		else if (bare_pager_word(w, wn))
			words++;
		else
			return 0;
		s += n;
		s += strspn(s, " ");
	}
	return (numbers >= 2 && words >= 1) || (numbers >= 3 && in_row);
}
