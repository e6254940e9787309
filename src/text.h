/*
 * text: UTF-8 decoding and the cleaning every string from a page goes
 * through.  Pure functions, no I/O.
 *
 * text_clean() is the one gate between page text and everything kanbao
 * prints: it folds white space and removes C0/C1 controls, ESC, bidi
 * overrides, zero-width and other display-corrupting characters, so no
 * string in a struct page can move a cursor or retitle a terminal.
 */
#ifndef KANBAO_TEXT_H
#define KANBAO_TEXT_H

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

int text_is_space(uint32_t cp);
int text_is_corrupting(uint32_t cp);

/* Combining marks kept on one base character: as many as a terminal cell
 * holds (ncurses's CCHARW_MAX is 5 with the base), so the dump says what
 * the screen shows, and a "Zalgo" storm of thousands stays small. */
#define TEXT_MAX_MARKS 4

/* A new string: spaces folded to one ASCII space, trimmed, corrupting
 * characters removed, combining marks past TEXT_MAX_MARKS on one base
 * dropped, invalid UTF-8 repaired. */
char *text_clean(const char *s, size_t len);

/* Display width of one code point: 0, 1 or 2; ambiguous-width characters
 * take ambi_width (1 or 2).  -1 for characters that must not be shown. */
int text_cp_width(uint32_t cp, int ambi_width);

#endif
