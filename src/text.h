/*
 * text: the cleaning every string from a page goes through, and the width
 * a character takes on screen.  Pure functions, no I/O.  The UTF-8 of
 * bytes and code points is utf8.h's, which this header brings.
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

#include "utf8.h"

int text_is_corrupting(uint32_t cp);

/* Combining marks kept on one base character: as many as a terminal cell
 * holds (ncurses's CCHARW_MAX is 5 with the base), so the dump says what
 * the screen shows, and a "Zalgo" storm of thousands stays small. */
#define TEXT_MAX_MARKS 4

/* A new string: spaces folded to one ASCII space, trimmed, corrupting
 * characters removed, combining marks past TEXT_MAX_MARKS on one base
 * dropped, invalid UTF-8 repaired. */
char *text_clean(const char *s, size_t len);

/* Would text_clean give s[0..len) back as it is?  Yes for printable
 * ASCII, single spaces inside and CJK text alone; no for anything else,
 * though cleaning might keep it too: a caller asks to spare a copy. */
int text_is_clean(const char *s, size_t len);

/* Display width of one code point: 0, 1 or 2; ambiguous-width characters
 * take ambi_width (1 or 2).  -1 for characters that must not be shown. */
int text_cp_width(uint32_t cp, int ambi_width);

#endif
