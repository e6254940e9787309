/*
 * layout: UTF-8 text to terminal columns.  Pure: no I/O, no curses.
 *
 * Widths come from one function, layout_width(); breaking follows UAX #14
 * (libunibreak) with the Chinese 避头尾 rules on top: no line starts with
 * closing punctuation such as ，。、；：？！）」』》, none ends with opening
 * punctuation such as （「『《.  Latin words are not split unless a single
 * word is wider than the line.
 */
#ifndef KANBAO_LAYOUT_H
#define KANBAO_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Columns that s takes; characters that must not be shown count 0. */
int layout_width(const char *s, size_t len, int ambi_width);

/* Appends to out the lines (new strings) of text wrapped to width columns
 * (width >= 1).  A character wider than the line gets a line of its own. */
void layout_wrap(const char *text, int width, int ambi_width, struct strlist *out);

/* 避头尾: characters that may not begin / end a line. */
int layout_no_line_start(uint32_t cp);
int layout_no_line_end(uint32_t cp);

#endif
