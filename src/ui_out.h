/*
 * ui_out: the bytes kanbao writes to the terminal beside curses (the
 * glyphs ui_cells.c paints itself, the pictures ui_graphics.c sends),
 * gathered in one buffer and written whole after curses' own output, so
 * a sequence is never split by curses writing in its middle.
 */
#ifndef KANBAO_UI_OUT_H
#define KANBAO_UI_OUT_H

#include "util.h"

struct buf *ui_out(void);	/* the buffer: append with buf_add */
int ui_out_char(int c);		/* appends c: tputs()'s and vid_puts()'s writer */
void ui_out_write(void);	/* stdout flushed, then the buffer written and emptied */
void ui_out_free(void);

#endif
