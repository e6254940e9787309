/*
 * term_cell: the size of the terminal's cells in pixels, kept here alone.
 *
 * ui_graphics.c tells it what the terminal was found to be (at start-up,
 * from term_graphics_detect) and what the pty says after a resize;
 * everyone who sizes a picture reads it here: the pixel writers for a
 * cell's pixels, ui_picture.c for the pixels a picture is kept at.  It
 * sits below all of them, so none keeps a copy of its own.  No curses.
 */
#ifndef KANBAO_TERM_CELL_H
#define KANBAO_TERM_CELL_H

/* the most pixels a cell's side may have: more is taken as not known */
#define TERM_CELL_MAX 256

/* A cell's pixels as the pty on fd tells them (TIOCGWINSZ): 0, or -1
 * when it tells none, or sides of 0 or past TERM_CELL_MAX. */
int term_cell_measure(int fd, int *w, int *h);

/* The terminal's cell is w x h pixels; a side outside 1..TERM_CELL_MAX
 * is not known. */
void term_cell_set(int w, int h);

/* Whether the terminal draws pictures in pixels (sixel or kitty): as
 * found at start-up (libchafa is not opened to know more), until the
 * first picture drawn finds libchafa without pixel modes. */
void term_cell_set_pixels(int pixels);

/* A cell's pixels: the terminal's, or 10 x 20 when it did not say. */
void term_cell_size(int *w, int *h);

/* The pixels of a cell to keep a picture at (picture_scale.h): a cell's
 * when the terminal draws pixels, else 8 x 16, more than chafa looks at
 * for block symbols. */
void term_cell_keep(int *w, int *h);

#endif
