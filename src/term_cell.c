/*
 * term_cell: see term_cell.h.  The state is one cell and one flag, set
 * and read by the UI's single thread.  It is read when asked, not kept
 * from the frame's start: a picture decoded between frames is kept at
 * the cell as it is then (ui_picture.c, before this file, used the cell
 * said at the last frame's start).
 */
#include "config.h"

#include <sys/ioctl.h>

#include "term_cell.h"

#define CELL_W 10		/* a cell's pixels when the terminal does not say */
#define CELL_H 20
#define SYMBOL_CELL_W 8		/* what pictures for symbols are kept at */
#define SYMBOL_CELL_H 16

static int cell_w, cell_h;	/* 0: not known */
static int pixels;

int
term_cell_measure(int fd, int *w, int *h)
{
	struct winsize ws;

	/* a pty that tells cells of thousands of pixels would have a
	 * picture's band sized by it */
	if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0 || ws.ws_row == 0 ||
	    ws.ws_xpixel < ws.ws_col || ws.ws_ypixel < ws.ws_row ||
	    ws.ws_xpixel / ws.ws_col > TERM_CELL_MAX || ws.ws_ypixel / ws.ws_row > TERM_CELL_MAX)
		return -1;
	*w = ws.ws_xpixel / ws.ws_col;
	*h = ws.ws_ypixel / ws.ws_row;
	return 0;
}

void
term_cell_set(int w, int h)
{
	int known = w >= 1 && w <= TERM_CELL_MAX && h >= 1 && h <= TERM_CELL_MAX;

	cell_w = known ? w : 0;
	cell_h = known ? h : 0;
}

void
term_cell_set_pixels(int on)
{
	pixels = on;
}

void
term_cell_size(int *w, int *h)
{
	*w = cell_w > 0 ? cell_w : CELL_W;
	*h = cell_h > 0 ? cell_h : CELL_H;
}

void
term_cell_keep(int *w, int *h)
{
	if (pixels) {
		term_cell_size(w, h);
		return;
	}
	*w = SYMBOL_CELL_W;
	*h = SYMBOL_CELL_H;
}
