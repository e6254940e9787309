/*
 * utf8: UTF-8 bytes and code points: decoding, encoding, repair, and
 * counting characters up to a limit.  Pure functions, no I/O.
 */
#ifndef KANBAO_UTF8_H
#define KANBAO_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define TEXT_REPLACEMENT 0xFFFD

/* Decodes one code point at s (len > 0 bytes left); returns the bytes used
 * (at least 1).  Invalid, overlong, surrogate or out-of-range sequences give
 * U+FFFD and consume one byte, so decoding always makes progress. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);

/* The code point at s (len bytes left) when it is one of the characters
 * most of a Chinese page is made of, which no text check changes: a CJK
 * ideograph U+4000..U+9FFF, the CJK punctuation U+3001..U+3029 (、。《》
 * 「」: not the ideographic space U+3000, not the marks from U+302A), a
 * fullwidth form U+FF00..U+FF7F (，：！？（）) or U+FFFD, which stands for
 * each bad byte of a damaged page; 0 for any other.  All are 3 bytes.
 * Inline: a page's every character is asked. */
static inline uint32_t
utf8_plain_wide(const char *str, size_t len)
{
	const unsigned char *u = (const unsigned char *)str;

	if (len < 3 || u[0] < 0xE3 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
		return 0;
	if (u[0] >= 0xE4 && u[0] <= 0xE9)
		return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
	if (u[0] == 0xE3)
		return u[1] == 0x80 && u[2] >= 0x81 && u[2] <= 0xA9 ? 0x3000u | (u[2] & 0x3F) : 0;
	if (u[0] == 0xEF && (u[1] == 0xBC || u[1] == 0xBD))
		return 0xFF00u | (uint32_t)(u[1] & 1) << 6 | (u[2] & 0x3F);
	return u[0] == 0xEF && u[1] == 0xBF && u[2] == 0xBD ? TEXT_REPLACEMENT : 0;
}

/* The bytes of the run of characters at s (len bytes left) that
 * utf8_plain_wide passes: the ideographs, the commonest of them, take a
 * test of their lead byte and no code point. */
static inline size_t
utf8_plain_wide_run(const char *str, size_t len)
{
	const unsigned char *u = (const unsigned char *)str;
	size_t n = 0;

	while (len - n >= 3 && (u[n + 1] & 0xC0) == 0x80 && (u[n + 2] & 0xC0) == 0x80 &&
	    ((unsigned)(u[n] - 0xE4) <= 0xE9 - 0xE4 || utf8_plain_wide(str + n, len - n)))
		n += 3;
	return n;
}

/* Writes cp as UTF-8 into out (4 bytes room); returns the length. */
size_t utf8_encode(uint32_t cp, char *out);

/* Valid UTF-8 with invalid sequences replaced by U+FFFD and NUL dropped;
 * *replaced (when not NULL) gets the count of invalid sequences. */
char *utf8_repair(const char *s, size_t len, size_t *outlen);
char *utf8_repair_count(const char *s, size_t len, size_t *outlen, size_t *replaced);

/* The length of the longest prefix of s that is valid UTF-8 without NUL:
 * len when s needs no repair. */
size_t utf8_valid_run(const char *s, size_t len);

/* Counts invalid sequences and multi-byte characters. */
void utf8_stats(const char *s, size_t len, size_t *invalid, size_t *multibyte);

/* Characters of s that are not white space (invalid bytes count one
 * each); utf8_chars_upto stops at limit, so comparing a text of any length
 * with a small limit costs only the limit: utf8_chars(s) > L exactly when
 * utf8_chars_upto(s, L + 1) > L. */
size_t utf8_chars(const char *s);
size_t utf8_chars_upto(const char *s, size_t limit);
/* utf8_chars(s) > limit, answered from the bytes alone when s has no more
 * bytes than limit (a character is a byte at least): most lines asked
 * are shorter than the bound. */
int utf8_longer_than(const char *s, size_t limit);

/* Is cp white space: ASCII's, NEL, no-break spaces, the ideographic
 * space U+3000 and the spaces of U+2000..U+200A? */
int text_is_space(uint32_t cp);

#endif
