/* extract_find: words of a list in a line; see extract_find.h. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "extract_find.h"
#include "util.h"

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
	/* the first bytes of the words: find_any runs over any other byte
	 * (a list of English words past a whole line of CJK) a byte at a
	 * time with one test */
	unsigned char lead[256];
	/* those first bytes as a string, when they are a few ASCII bytes
	 * (a list of English words): strpbrk finds the next in a line many
	 * bytes at a time, past a whole line of CJK at once; else "" */
	char ascii_leads[17];
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

#define FILTER_SLOTS 1024	/* ten times the word lists there are (some 90), so
				 * that nearly every list finds its own slot free */

static struct word_filter filters[FILTER_SLOTS];

/* A list's own slot: its address, hashed (Fibonacci), as lists lie at
 * addresses that share their low bits. */
static inline size_t
home_slot(const char *const *words)
{
	return (size_t)(((uint64_t)(uintptr_t)words * 0x9E3779B97F4A7C15u) >> 54);	/* 10 bits */
}

/* The slot where words's filter is or goes: by the list's address, then
 * the next free one.  The lists are static arrays, so their addresses
 * over 8 differ in their low bits and most lists find their own slot
 * on the first try. */
static inline size_t
filter_slot(const char *const *words)
{
	size_t slot = home_slot(words);

	for (size_t i = 0; i < FILTER_SLOTS; i++, slot = (slot + 1) % FILTER_SLOTS)
		if (filters[slot].words == words || filters[slot].words == NULL)
			return slot;
	return FILTER_SLOTS;
}

/* Adds the first byte c of a word to f->ascii_leads, or gives up on the
 * string for good (a byte past ASCII, or too many). */
static void
note_ascii_lead(struct word_filter *f, unsigned char c)
{
	size_t n = strlen(f->ascii_leads);

	if (f->ascii_leads[0] == '\x01' || strchr(f->ascii_leads, c) != NULL)
		return;
	if (c >= 0x80 || c == '\0' || n == sizeof f->ascii_leads - 1) {
		strcpy(f->ascii_leads, "\x01");	/* no string: the byte filter */
		return;
	}
	f->ascii_leads[n] = (char)c;
	f->ascii_leads[n + 1] = '\0';
}

/* Builds the filter of words in its slot, or gives one that passes all
 * when there are more lists than ever were. */
static const struct word_filter *
build_filter(const char *const *words, size_t slot)
{
	static struct word_filter all_pass;
	static size_t n;
	struct word_filter *f;
	size_t len;

	if (slot == FILTER_SLOTS || n * 2 >= FILTER_SLOTS) {
		memset(all_pass.bits, 0xFF, sizeof all_pass.bits);
		memset(all_pass.pair, 0xFF, sizeof all_pass.pair);
		memset(all_pass.lead, 1, sizeof all_pass.lead);
		all_pass.lead[0] = 0;
		return &all_pass;
	}
	n++;
	f = &filters[slot];
	f->words = words;
	for (const char *const *w = words; *w; w++) {
		unsigned key = char_key((const unsigned char *)*w, &len);

		f->bits[key >> 6] |= (uint64_t)1 << (key & 63);
		f->lead[(unsigned char)(*w)[0]] = 1;
		note_ascii_lead(f, (unsigned char)(*w)[0]);
		if ((*w)[0] != '\0' && (*w)[1] == '\0')	/* a word of one byte */
			f->pair[(unsigned char)(*w)[0]] = ~(uint64_t)0;
		else if ((*w)[0] != '\0')
			f->pair[(unsigned char)(*w)[0]] |= (uint64_t)1 << ((*w)[1] & 63);
	}
	return f;
}

/* The filter in a slot past the list's own, or a new one. */
static const struct word_filter *
filter_elsewhere(const char *const *words)
{
	size_t slot = filter_slot(words);

	if (slot < FILTER_SLOTS && filters[slot].words == words)
		return &filters[slot];
	return build_filter(words, slot);
}

/* Inline, and one look at the list's own slot: every line test asks,
 * well over a million times on a page of short paragraphs, where a call
 * and a walk of the slots cost 4% of the run. */
static inline const struct word_filter *
filter_of(const char *const *words)
{
	size_t home = home_slot(words);

	return filters[home].words == words ? &filters[home] : filter_elsewhere(words);
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

/* Does one of words start at p?  p's first byte starts one of them. */
static inline int
word_at(const struct word_filter *f, const unsigned char *p, const char *const *words)
{
	size_t len;
	unsigned key;

	if ((f->pair[p[0]] >> (p[1] & 63) & 1) == 0)
		return 0;
	key = char_key(p, &len);
	if ((f->bits[key >> 6] >> (key & 63) & 1) == 0)
		return 0;
	for (const char *const *w = words; *w; w++)
		if ((unsigned char)**w == *p && str_starts((const char *)p, *w))
			return 1;
	return 0;
}

const char *
find_any(const char *s, const char *const *words)
{
	const struct word_filter *f = filter_of(words);
	const unsigned char *p = (const unsigned char *)s;

	/* a list of English words: strpbrk goes to each byte one of them
	 * starts with, past a line of CJK at once */
	if (f->ascii_leads[0] > '\x01') {
		for (; (p = (const unsigned char *)strpbrk((const char *)p, f->ascii_leads)) != NULL; p++)
			if (word_at(f, p, words))
				return (const char *)p;
		return NULL;
	}
	/* else a byte at a time past the bytes no word starts with (those
	 * inside a character among them), and a character of three bytes
	 * (the CJK text) whole when it starts no word */
	for (; *p; ) {
		if (!f->lead[p[0]]) {
			p++;
			continue;
		}
		if (word_at(f, p, words))
			return (const char *)p;
		p += p[0] >= 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 ? 3 : 1;
	}
	return NULL;
}

int
is_one_of(const char *s, size_t n, const char *const *words)
{
	const struct word_filter *f = filter_of(words);

	/* the pair filter turns away most lines at once: a story's every
	 * line is asked whether it is an end mark, a notice, an ad label */
	if (n == 0 || (f->pair[(unsigned char)s[0]] >> ((n > 1 ? s[1] : 0) & 63) & 1) == 0)
		return 0;
	for (; *words; words++)
		if (**words == *s && strncmp(s, *words, n) == 0 && (*words)[n] == '\0')
			return 1;
	return 0;
}

int
ends_in_any(const char *s, size_t n, const char *const *words)
{
	for (; *words; words++) {
		size_t k = strlen(*words);

		if (n > k && memcmp(s + n - k, *words, k) == 0)
			return 1;
	}
	return 0;
}

int
ends_on(const char *s, const char *t)
{
	size_t n = strlen(s), k = strlen(t);

	return k > 0 && n > k && memcmp(s + n - k, t, k) == 0;
}

size_t
colon_at_end(const char *s, size_t n)
{
	if (n >= 1 && s[n - 1] == ':')
		return 1;
	if (n >= 3 && memcmp(s + n - 3, "：", 3) == 0)
		return 3;
	return 0;
}

size_t
trim_end(const char *s, size_t n)
{
	while (n > 0 && strchr(" \t\r\n", s[n - 1]) != NULL)
		n--;
	return n;
}

int
bracketed_line(const char *s, size_t n)
{
	size_t b = strlen("（");

	return n > 2 * b && memcmp(s, "（", b) == 0 && memcmp(s + n - b, "）", b) == 0;
}

const char *
skip_blanks(const char *p)
{
	while (*p == ' ' || str_starts(p, "　"))
		p += *p == ' ' ? 1 : strlen("　");
	return p;
}

int
cjk_run(const char **s)
{
	int k = 0;

	while ((unsigned char)**s >= 0xE4 && (unsigned char)**s <= 0xE9 && (*s)[1] && (*s)[2]) {
		*s += 3;
		k++;
	}
	return k;
}

int
cjk_at(const char *p)
{
	return (unsigned char)p[0] >= 0xE4 && (unsigned char)p[0] <= 0xE9 &&
	    ((unsigned char)p[1] & 0xC0) == 0x80 && ((unsigned char)p[2] & 0xC0) == 0x80;
}

void
blank_marks(char *s, const char *mark)
{
	for (char *c = strstr(s, mark); c != NULL; c = strstr(c, mark))
		memcpy(c, "   ", 3);
}

const char *
past_mark_within(const char *s, const char *const *marks, size_t max)
{
	for (const char *const *m = marks; *m; m++) {
		const char *p = strstr(s, *m);

		if (p != NULL && (size_t)(p - s) <= max)
			return p + strlen(*m);
	}
	return NULL;
}

int
ideographs(const char *s, size_t n)
{
	if (n % 3 != 0)
		return -1;
	for (size_t i = 0; i < n; i += 3)
		if ((unsigned char)s[i] < 0xE4 || (unsigned char)s[i] > 0xE9)
			return -1;
	return (int)(n / 3);
}
