/*
 * ui_cells: text on the screen at kanbao's widths, not the C library's.
 *
 * kanbao measures every character with text_cp_width(); ncurses places
 * them by wcwidth().  The two differ for East Asian ambiguous characters
 * (“ ” · — …) under `ambiguous-width 2`, and for wide characters newer
 * than the C library.  ui_cells_put() gives ncurses blanks for those and
 * keeps them aside; ui_cells_paint() writes them after the refresh, each
 * at its own cell by absolute cursor address, so nothing after them on
 * the line can drift, whichever width the terminal draws them at.
 *
 * A frame: ui_cells_begin(), the drawing (ui_cells_put), ui_cells_end(),
 * refresh(), ui_cells_paint().
 */
#ifndef KANBAO_UI_CELLS_H
#define KANBAO_UI_CELLS_H

#include <curses.h>
#include <stddef.h>

/* Once, after newterm(): ncurses is told not to shift characters along
 * a line (insert and delete character would carry ours with them) and
 * not to leave a frame half done when a key is waiting, so that the
 * screen it had is the one it was given the frame before. */
void ui_cells_init(void);

void ui_cells_begin(void);
/* A frame that draws row y alone (the status line while a page loads):
 * what the other rows keep, they keep. */
void ui_cells_begin_row(int y);

/* Draws len bytes of cleaned UTF-8 at the cursor in attribute attr,
 * every character ambi_width's text_cp_width() columns wide. */
void ui_cells_put(const char *s, size_t len, attr_t attr, int ambi_width);

/* Before refresh(): rows that lost kept characters are repainted whole,
 * since ncurses cannot know their cells; when ncurses may move lines,
 * every row that held or holds them. */
void ui_cells_end(void);

/* After refresh(): writes the kept characters on the rows ncurses may
 * have written to. */
void ui_cells_paint(void);

void ui_cells_free(void);

#endif
