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

int
is_nav_label(const char *s)
{
	return !utf8_longer_than(s, 59) && (starts_any(s, prev_labels) || starts_any(s, next_labels));
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

/* Is s at most n words of Latin letters? */
static int
few_words(const char *s, int n)
{
	int words = 0;

	for (const char *p = s; *p; p++) {
		if ((unsigned char)*p >= 0x80)
			return 0;
		if (*p != ' ' && (p == s || p[-1] == ' '))
			words++;
	}
	return words <= n;
}

/* "More storm coverage", "More Election Coverage" */
static int
more_topic(const char *p)
{
	size_t n = strlen(p);

	for (const char *const *e = more_topic_ends; str_starts(p, "More ") && *e; e++)
		if (n > strlen(*e) + 5 && strcmp(p + n - strlen(*e), *e) == 0)
			return 1;
	return 0;
}

#define INTEREST_HEADING_MAX 40	/* characters of "Other items that may interest you" */

/* "Other items that may interest you": a short heading of a few words
 * ending so, with no stop or comma of a sentence. */
static int
interest_heading(const char *s)
{
	size_t n = strlen(s);

	for (const char *const *e = interest_ends; *e; e++)
		if (n > strlen(*e) && strcmp(s + n - strlen(*e), *e) == 0)
			return few_words(s, 8) && strpbrk(s, ",;:\"") == NULL;
	return 0;
}

int
is_related_heading(const char *s)
{
	const char *p = s, *l;

	/* a heading, not a sentence: 16 characters, or five English words
	 * ("Related to this story") */
	if (utf8_longer_than(s, 16) && (utf8_longer_than(s, 32) || !few_words(s, 5)))
		return !utf8_longer_than(s, INTEREST_HEADING_MAX) && interest_heading(s);
	while (str_starts(p, "【") || str_starts(p, "[") || *p == ' ' || str_starts(p, "■") ||
	    str_starts(p, "◆") || str_starts(p, "▍") || str_starts(p, "|"))
		p += (unsigned char)*p < 0x80 ? 1 : 3;
	if (starts_any(p, related_words) != NULL || more_topic(p))
		return 1;
	if ((l = starts_any(p, more_from_words)) != NULL && isupper((unsigned char)p[strlen(l)]))
		return 1;
	/* 关键词阅读, 深度阅读, 拓展阅读: a short heading ending in 阅读 */
	size_t n = strlen(p);

	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == ':'))
		n--;
	if (n >= 3 && strncmp(p + n - 3, "：", 3) == 0)
		n -= 3;
	if (n > 6 && strncmp(p + n - 6, "阅读", 6) == 0 && !utf8_longer_than(p, 8))
		return 1;
	/* TA的其他头条文章, 作者更多文章: the writer's other posts */
	for (const char *const *w = post_nouns; *w; w++)
		if (n > strlen(*w) && strncmp(p + n - strlen(*w), *w, strlen(*w)) == 0 &&
		    !utf8_longer_than(p, 12) && find_any(p, others_words) != NULL &&
		    find_any(p, writer_marks) != NULL)
			return 1;
	return 0;
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
	/* a bit for each first byte and the low six bits of the second of
	 * a word: no word starts inside a character, so a scan a byte at a
	 * time passes the rest of a character (and most others) at once */
	uint64_t pair[256];
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

#define FILTER_SLOTS 128	/* more than twice the word lists there are */

static const struct word_filter *
filter_of(const char *const *words)
{
	static struct word_filter cache[FILTER_SLOTS], all_pass;
	static size_t n;
	struct word_filter *f;
	size_t len, slot = ((uintptr_t)words >> 3) * 2654435761u % FILTER_SLOTS;

	/* found by the list's address, in a slot or the next free one: every
	 * line test asks, and a walk over all the lists was 3% of a page of
	 * short paragraphs */
	for (size_t i = 0; i < FILTER_SLOTS; i++, slot = (slot + 1) % FILTER_SLOTS) {
		if (cache[slot].words == words)
			return &cache[slot];
		if (cache[slot].words == NULL)
			break;
	}
	if (cache[slot].words != NULL || n * 2 >= FILTER_SLOTS) {	/* more lists than ever were */
		memset(all_pass.bits, 0xFF, sizeof all_pass.bits);
		memset(all_pass.pair, 0xFF, sizeof all_pass.pair);
		return &all_pass;
	}
	n++;
	f = &cache[slot];
	f->words = words;
	for (const char *const *w = words; *w; w++) {
		unsigned key = char_key((const unsigned char *)*w, &len);

		f->bits[key >> 6] |= (uint64_t)1 << (key & 63);
		if ((*w)[0] != '\0' && (*w)[1] == '\0')	/* a word of one byte */
			f->pair[(unsigned char)(*w)[0]] = ~(uint64_t)0;
		else if ((*w)[0] != '\0')
			f->pair[(unsigned char)(*w)[0]] |= (uint64_t)1 << ((*w)[1] & 63);
	}
	return f;
}

const char *
starts_any(const char *s, const char *const *words)
{
	const struct word_filter *f = filter_of(words);

	/* most lines start with no word of the list: the pair filter says
	 * so before the list is walked (an empty s has no second byte) */
	if (*s != '\0' && (f->pair[(unsigned char)s[0]] >> (s[1] & 63) & 1) == 0)
		return NULL;
	for (; *words; words++)
		if (str_starts(s, *words))
			return *words;
	return NULL;
}

const char *
find_any(const char *s, const char *const *words)
{
	const struct word_filter *f = filter_of(words);
	size_t len;

	/* a byte at a time through the pair filter, which passes no byte
	 * inside a character (no word starts there); then the character's */
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned key;

		if ((f->pair[p[0]] >> (p[1] & 63) & 1) == 0)
			continue;
		key = char_key(p, &len);
		if ((f->bits[key >> 6] >> (key & 63) & 1) == 0)
			continue;
		for (const char *const *w = words; *w; w++)
			if ((unsigned char)**w == *p && str_starts((const char *)p, *w))
				return (const char *)p;
	}
	return NULL;
}

const char *
labelled_at(const char *s, const char *const *labels)
{
	/* the earliest place; where labels overlap, the first in the list */
	for (const char *p = find_any(s, labels); p != NULL; p = find_any(p + 1, labels))
		for (const char *const *l = labels; *l; l++)
			if (str_starts(p, *l) && colon_at(p + strlen(*l)) > 0)
				return after_colon(p + strlen(*l));
	return NULL;
}

/* Does s open with a disclaimer's label (免责声明：…, 【版权声明】…),
 * state that the text is not the site's view (本文…不代表…立场, "The
 * views expressed are the author's own"), or that everyone it names is
 * presumed innocent (a police blotter's note)? */
static int
opens_disclaimer(const char *s)
{
	if (str_starts(s, "【") || str_starts(s, "["))
		s += str_starts(s, "【") ? strlen("【") : 1;
	return starts_any(s, disclaimer_labels) != NULL ||
	    (starts_any(s, statement_opens) != NULL && find_any(s, not_view_words) != NULL) ||
	    (find_any(s, innocence_words) != NULL && find_any(s, everyone_words) != NULL);
}

int
is_noise_line(const char *s)
{
	if (opens_disclaimer(s) || is_syndication_note(s))
		return 1;
	if (utf8_longer_than(s, 80))
		return 0;
	if (is_jump_line(s) || is_framed_ad(s))
		return 1;
	for (const char *const *n = notice_lines; *n; n++)
		if (**n == *s && strcmp(s, *n) == 0)
			return 1;
	if (find_any(s, notice_parts) != NULL || is_numbered_ad(s) || is_ad_label(s))
		return 1;
	return is_pager_line(s);
}

#define END_MARK_MAX 16	/* bytes an end mark may take (－完－ takes 9) */

int
is_end_mark(const char *s)
{
	if (strnlen(s, END_MARK_MAX + 1) > END_MARK_MAX)
		return 0;	/* a story's line, the common case */
	for (const char *const *m = end_marks; *m; m++)
		if (strcmp(s, *m) == 0)
			return 1;
	return 0;
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
