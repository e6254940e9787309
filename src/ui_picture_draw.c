/*
 * ui_picture_draw: a row of a picture's box on the screen, its cells
 * (picture_cells: a block symbol and two palette colours each) in colour
 * pairs made as they are met; on a terminal that draws pixels, blank
 * cells that ui_graphics.c paints after the frame.  The pairs are handed out anew each frame
 * (ui_picture_frame), from PAIR_BASE up, so a screen of pictures never
 * runs out of them while the ones it shows stay the same; the colours
 * the UI's own elements use (pairs below PAIR_BASE) are left alone.
 */
#include "config.h"

#include <curses.h>
#include <string.h>

#include "picture.h"
#include "term_cell.h"
#include "ui_graphics.h"
#include "ui_int.h"

#define PAIR_BASE 64
#define NCOLORS 257		/* -1 (the terminal's own) and 0..255 */

static short pair_of[NCOLORS * NCOLORS];
static unsigned frame_of[NCOLORS * NCOLORS];
static unsigned frame = 1;
static int next_pair = PAIR_BASE;

void
ui_picture_frame(void)
{
	ui_graphics_frame();
	frame++;
	next_pair = PAIR_BASE;
}

/* The colours the cells may use on this terminal. */
static enum picture_colors
colors_here(const struct ui *u)
{
	if (!u->color)
		return PICTURE_MONO;
	if (COLORS >= 256)
		return PICTURE_COLORS_256;
	return COLORS >= 16 ? PICTURE_COLORS_16 : PICTURE_COLORS_8;
}

/* The pair of fg on bg, or 0 when none is left. */
static short
pair_for(int fg, int bg)
{
	int limit = COLOR_PAIRS < 32767 ? COLOR_PAIRS : 32767;
	size_t k;

	if (fg < -1 || fg >= COLORS || fg > 255)
		fg = -1;
	if (bg < -1 || bg >= COLORS || bg > 255)
		bg = -1;
	k = (size_t)(fg + 1) * NCOLORS + (size_t)(bg + 1);
	if (frame_of[k] == frame)
		return pair_of[k];
	if (next_pair >= limit)
		return 0;
	init_pair((short)next_pair, (short)fg, (short)bg);
	frame_of[k] = frame;
	pair_of[k] = (short)next_pair++;
	return pair_of[k];
}

/* Row row of b's box in pixels: its cells stay blank, the picture sits
 * on its caption, centred. */
static void
pixels_row(struct ui *u, const struct ldoc *d, const struct lblock *b, int row, int y,
    int left)
{
	int cols = d->width, rows = b->box, cell_w, cell_h, top, x0;
	unsigned serial;

	term_cell_size(&cell_w, &cell_h);
	if (ui_picture_fit(u, b->picture, cell_w, cell_h, &cols, &rows, &serial) != 0)
		return;
	top = b->box - rows;
	x0 = left + (d->width - cols) / 2;
	if (row >= top && x0 >= 0 && x0 + cols <= u->cols)
		ui_graphics_add(b->picture, serial, row - top, y, x0, cols, rows);
}

void
ui_picture_draw_row(struct ui *u, const struct ldoc *d, const struct lblock *b, int row,
    int y, int left)
{
	enum picture_colors colors = colors_here(u);
	const struct picture_cells *c;
	int x0, top;

	if (ui_graphics_mode() != PICTURE_SYMBOLS) {
		pixels_row(u, d, b, row, y, left);
		return;
	}
	c = ui_picture_cells(u, b->picture, d->width, b->box, colors);
	if (c == NULL)
		return;		/* not here yet: the box stays blank */
	top = b->box - c->rows;		/* the picture sits on its caption */
	if (row < top)
		return;
	x0 = left + (d->width - c->cols) / 2;
	for (int x = 0; x < c->cols && x0 + x < u->cols; x++) {
		const struct picture_cell *cell = &c->cell[(row - top) * c->cols + x];
		wchar_t wch[2] = {(wchar_t)cell->ch, L'\0'};
		cchar_t cc;

		if (cell->ch < 0x20 || (cell->ch >= 0x7f && cell->ch < 0xa0))
			wch[0] = L' ';	/* never a control character */
		setcchar(&cc, wch, A_NORMAL, colors == PICTURE_MONO ? 0 :
		    pair_for(cell->fg, cell->bg), NULL);
		mvadd_wch(y, x0 + x, &cc);
	}
}
