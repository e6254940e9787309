/*
 * extract_label: what a short line of text says, by the words it holds:
 * a byline field (来源：X), a notice (字号, 打印本页), 上一篇 / 下一篇, the
 * heading of a related list.  Text only: no document, no page.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

/* s without spaces, for comparing titles that differ only in spacing. */
char *
squeeze(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;

	for (; *s; s++)
		if (*s != ' ')
			*o++ = *s;
	*o = '\0';
	return out;
}

const char *
starts_any(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (str_starts(s, *words))
			return *words;
	return NULL;
}

int
is_nav_label(const char *s)
{
	return utf8_chars_upto(s, 60) < 60 && (starts_any(s, prev_labels) || starts_any(s, next_labels));
}

/* Strips the label, a colon and brackets from the front of a link text;
 * s itself when it does not start with the label. */
const char *
after_label(const char *s, const char *label)
{
	if (!str_starts(s, label))
		return s;	/* never step past the end of a shorter text */
	s += strlen(label);
	while (*s == ' ' || *s == ':' || *s == '>' || *s == ']' || *s == ')')
		s++;
	while (str_starts(s, "：") || str_starts(s, "】") || str_starts(s, "）") ||
	    str_starts(s, "》"))
		s += 3;
	while (*s == ' ')
		s++;
	/* 上一篇 文章：…, as WordPress themes split the label */
	if (str_starts(s, "文章") && (s[6] == ' ' || s[6] == ':' || str_starts(s + 6, "：")))
		return after_label(s, "文章");
	return s;
}

int
says_none(const char *s)
{
	return starts_any(s, none_words) != NULL;
}

int
is_related_heading(const char *s)
{
	const char *p = s;

	while (str_starts(p, "【") || str_starts(p, "[") || *p == ' ' || str_starts(p, "■") ||
	    str_starts(p, "◆") || str_starts(p, "▍") || str_starts(p, "|"))
		p += (unsigned char)*p < 0x80 ? 1 : 3;
	if (utf8_chars_upto(s, 17) > 16)
		return 0;
	if (starts_any(p, related_words) != NULL)
		return 1;
	/* 关键词阅读, 深度阅读, 拓展阅读: a short heading ending in 阅读 */
	size_t n = strlen(p);

	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == ':'))
		n--;
	if (n >= 3 && strncmp(p + n - 3, "：", 3) == 0)
		n -= 3;
	return utf8_chars_upto(p, 9) <= 8 && n > 6 && strncmp(p + n - 6, "阅读", 6) == 0;
}

size_t
colon_at(const char *p)
{
	while (*p == ' ')
		p++;
	if (*p == ':')
		return 1;
	if (str_starts(p, "："))
		return strlen("：");
	return 0;
}

/* p past spaces, one colon and spaces again. */
const char *
after_colon(const char *p)
{
	while (*p == ' ')
		p++;
	if (*p == ':')
		p++;
	else if (str_starts(p, "："))
		p += strlen("：");
	while (*p == ' ')
		p++;
	return p;
}

/* The value after label at p (already past the label and its colon). */
char *
label_value(const char *p)
{
	static const char *const stops[] = {"|", "丨", "│", "【", "[", "（", "(",
		"）", ")", "】", "]", "　", "，", ",", "；", ";", "/", NULL};
	const char *start, *q;

	while (*p == ' ')
		p++;
	start = p;
	for (q = p; *q; ) {
		const char *const *s;

		for (s = stops; *s && !str_starts(q, *s); s++)
			;
		if (*s)
			break;
		for (s = stop_labels; *s && !(q > start && str_starts(q, *s) && colon_at(q + strlen(*s)) > 0); s++)
			;
		if (*s)
			break;
		if (*q == ' ') {
			/* a CJK name ends at a space; an English name may have one */
			int latin = 1;

			for (const char *r = start; r < q; r++)
				if ((unsigned char)*r >= 0x80)
					latin = 0;
			if (!latin || (isdigit((unsigned char)q[1])))
				break;
		}
		if (isdigit((unsigned char)*q) && q > start && q[-1] == ' ')
			break;
		q++;
	}
	while (q > start && q[-1] == ' ')
		q--;
	if (q == start || q - start > 90)
		return NULL;
	return text_clean(start, (size_t)(q - start));
}

/*
 * A filter of the places where one of a list of words may start: a bit
 * for each hash of a word's first character.  A body's every line is
 * asked for dozens of label words: one pass over the line with this
 * filter costs a few instructions a character, a strstr for each word
 * many times that.  Built once for each list, on first use; kanbao has
 * no threads.
 */
struct word_filter {
	const char *const *words;
	uint64_t bits[64];
};

/* The hash (12 bits) of the character at p, and its length in *len: a
 * character of one, two or three bytes; any other byte alone. */
static inline unsigned
char_key(const unsigned char *p, size_t *len)
{
	unsigned a = p[0], b = 0, c = 0;

	*len = 1;
	if (a >= 0xC0 && (p[1] & 0xC0) == 0x80) {
		if (a < 0xE0) {
			b = p[1];
			*len = 2;
		} else if (a < 0xF0 && (p[2] & 0xC0) == 0x80) {
			b = p[1];
			c = p[2];
			*len = 3;
		}
	}
	return ((a << 16 | b << 8 | c) * 2654435761u) >> 20;
}

static const struct word_filter *
filter_of(const char *const *words)
{
	static struct word_filter cache[32], all_pass;
	static size_t n;
	struct word_filter *f;
	size_t len;

	for (size_t i = 0; i < n; i++)
		if (cache[i].words == words)
			return &cache[i];
	if (n == sizeof cache / sizeof cache[0]) {	/* more lists than ever were */
		memset(all_pass.bits, 0xFF, sizeof all_pass.bits);
		return &all_pass;
	}
	f = &cache[n++];
	f->words = words;
	for (const char *const *w = words; *w; w++) {
		unsigned key = char_key((const unsigned char *)*w, &len);

		f->bits[key >> 6] |= (uint64_t)1 << (key & 63);
	}
	return f;
}

const char *
find_any(const char *s, const char *const *words)
{
	const struct word_filter *f = filter_of(words);
	size_t len;

	/* a character at a time: no word starts inside one */
	for (const unsigned char *p = (const unsigned char *)s; *p; p += len) {
		unsigned key = char_key(p, &len);

		if ((f->bits[key >> 6] >> (key & 63) & 1) == 0)
			continue;
		for (const char *const *w = words; *w; w++)
			if ((unsigned char)**w == *p && str_starts((const char *)p, *w))
				return (const char *)p;
	}
	return NULL;
}

/* Finds the first of labels followed by a colon in s; returns its value. */
char *
find_labelled(const char *s, const char *const *labels)
{
	/* the earliest place; where labels overlap, the first in the list */
	for (const char *p = find_any(s, labels); p != NULL; p = find_any(p + 1, labels))
		for (const char *const *l = labels; *l; l++)
			if (str_starts(p, *l) && colon_at(p + strlen(*l)) > 0)
				return label_value(after_colon(p + strlen(*l)));
	return NULL;
}

int
is_noise_line(const char *s)
{
	if (utf8_chars_upto(s, 81) > 80)
		return 0;
	for (const char *const *n = notice_lines; *n; n++)
		if (strcmp(s, *n) == 0)
			return 1;
	if (find_any(s, notice_parts) != NULL)
		return 1;
	return is_pager_line(s);
}

/* The marks around a pager's words: « 2 », [3], 分页：, 下一页>> */
#define MARK(m) {m, sizeof m - 1}
static const struct mark {
	const char *s;
	size_t len;
} pager_marks[] = {MARK("«"), MARK("»"), MARK("‹"), MARK("›"), MARK("【"), MARK("】"),
	MARK("："), MARK("…"), MARK("<"), MARK(">"), MARK("["), MARK("]"), MARK("("),
	MARK(")"), MARK(":"), MARK("|"), MARK(".")};
#define MARKS (sizeof pager_marks / sizeof pager_marks[0])

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

	if (utf8_chars_upto(s, 81) > 80)
		return 0;
	while (*s) {
		/* a word ends at a space or after a colon: 分页：1 */
		const char *colon = strstr(s, "：");
		size_t n = strcspn(s, " :");

		if (colon != NULL && (size_t)(colon - s) < n)
			n = (size_t)(colon - s) + strlen("：");
		else if (s[n] == ':')
			n++;
		int v = pager_word_number(s, n);

		if (v > 0)
			in_row &= v == ++numbers;
		else if (pager_word(s, n))
			words++;
		else
			return 0;
		s += n;
		s += strspn(s, " ");
	}
	return (numbers >= 2 && words >= 1) || (numbers >= 3 && in_row);
}

/* Bytes of the tail word (更多, [详细], ...) that s[0..n) ends with, or 0. */
size_t
tail_word_length(const char *s, size_t n)
{
	for (const char *const *tl = tail_words; *tl; tl++) {
		size_t k = strlen(*tl);

		if (n >= k && memcmp(s + n - k, *tl, k) == 0)
			return k;
	}
	return 0;
}

/* A short run of a date inside an item, as printed. */
char *
item_date(const char *s)
{
	const char *p;

	for (p = s; *p; p++) {
		const char *q = p;
		int digits = 0, seps = 0;

		if (p > s && p[-1] >= '0' && p[-1] <= '9')
			continue;
		while ((*q >= '0' && *q <= '9') || *q == '-' || *q == '/' || *q == ':' ||
		    *q == '.' || (*q == ' ' && q[1] >= '0' && q[1] <= '9' && digits >= 4)) {
			if (*q >= '0' && *q <= '9')
				digits++;
			else if (*q == '-' || *q == '/')
				seps++;
			q++;
		}
		while (q > p && (q[-1] == ' ' || q[-1] == ':' || q[-1] == '.'))
			q--;
		if (seps >= 1 && digits >= 4 && (q - p) >= 5)
			return xstrndup(p, (size_t)(q - p));
		if (q > p)
			p = q - 1;
	}
	if ((p = strstr(s, "年")) != NULL || (p = strstr(s, "月")) != NULL) {
		char *d = extract_date(s, 0);

		if (d != NULL)
			return d;
	}
	return NULL;
}
