/*
 * ui_graphics: a story's pictures in pixels, on a terminal with sixel or
 * kitty graphics (which term_graphics.c finds out before curses starts).
 *
 * ncurses knows nothing of pictures: it draws a picture's box as blank
 * cells, and the pixels are written over them after the frame, each
 * picture's band (the rows of it on the screen: a picture partly shown
 * is cut to its part) at its box's place.  A frame:
 *     ui_graphics_frame()   as it begins (after a resize, a cell's
 *                           pixels are read again from TIOCGWINSZ
 *                           into term_cell.h, which keeps them)
 *     ui_graphics_add()     for each row of a picture drawn
 *     ui_graphics_end()     before refresh(): the rows a covering text
 *                           (a long message) took are cut off; when the
 *                           pictures moved, came or went, a sixel
 *                           terminal has its screen cleared and written
 *                           whole by ncurses, since only that takes
 *                           sixel paint away
 *     ui_graphics_paint()   after refresh(): kitty's gone placements
 *                           deleted (and pictures the story no longer
 *                           holds, with their data), then the bands that
 *                           must be drawn, drawn: kitty's transmitted
 *                           once and then only placed (picture_kitty.h),
 *                           sixel's encoded from the kept pixels
 *                           (picture_sixel.h)
 * Frames in which nothing moved write nothing.  Only sequences kanbao
 * builds reach the terminal.
 */
#ifndef KANBAO_UI_GRAPHICS_H
#define KANBAO_UI_GRAPHICS_H

#include <stddef.h>

struct ui;

/* Before newterm(): what the terminal shows for images (enum
 * picture_mode, the config's or --images'); asks it when it must. */
void ui_graphics_detect(int images);
/* After newterm(): keys typed during the asking go to curses. */
void ui_graphics_start(void);

/* PICTURE_SIXEL or PICTURE_KITTY when pictures are drawn in pixels, else
 * PICTURE_SYMBOLS (also with a libchafa that has no pixel modes). */
int ui_graphics_mode(void);

void ui_graphics_frame(void);
/* Row row of the cols x rows cells of picture serial (page block block)
 * is drawn at screen row y, from column x. */
void ui_graphics_add(size_t block, unsigned serial, int row, int y, int x, int cols, int rows);
void ui_graphics_end(void);
void ui_graphics_paint(struct ui *u);
/* Before endwin(): kitty's pictures deleted, none left on the screen. */
void ui_graphics_stop(void);

#endif
