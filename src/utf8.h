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
