/*
 * term_graphics: which pictures the terminal can show, asked before
 * curses takes it (`images auto`), and the size of its cells in pixels.
 *
 * What it promises:
 *   - `images symbols` and `none` send nothing and read nothing.
 *   - `auto` inside tmux or screen (TMUX, STY, TERM screen* or tmux*),
 *     where passing graphics through is unreliable, is symbols, unasked;
 *     TERM=xterm-kitty or KITTY_WINDOW_ID is kitty, unasked.
 *   - Otherwise `auto` sends the kitty graphics query, then a primary
 *     device attributes request (DA1), which every terminal since the
 *     VT100 answers: a kitty reply before the DA1 reply is kitty, a DA1
 *     reply whose parameters hold 4 is sixel, anything else symbols.
 *   - A cell's pixels come from TIOCGWINSZ, or when it has none from the
 *     answer to CSI 16 t, asked with the same DA1; a side past
 *     TERM_CELL_MAX is not known.
 *   - The DA1 reply ends the wait; a terminal that never answers costs
 *     TERM_REPLY_WAIT_MS once, and is then symbols.  The terminal is read
 *     raw, without echo, and left in the modes it had; the replies never
 *     reach the reader's keys, and keys typed meanwhile are handed back
 *     (typeahead), in order.  A reply later than the wait would come as
 *     keys: the input is flushed at the end of a wait that ran out.
 * term_graphics_parse() is the reading of the replies alone, pure.
 */
#ifndef KANBAO_TERM_GRAPHICS_H
#define KANBAO_TERM_GRAPHICS_H

#include <stddef.h>

#include "picture.h"
#include "term_cell.h"	/* TERM_CELL_MAX */

/* how long a terminal may take to answer: a round trip over a slow link
 * (300 ms) and then some; one that never answers delays the start by
 * this once */
#define TERM_REPLY_WAIT_MS 1000

#define TERM_TYPEAHEAD_MAX 64

struct term_graphics {
	enum picture_mode mode;	/* PICTURE_SYMBOLS, _SIXEL, _KITTY or _NONE */
	int cell_w, cell_h;	/* a cell's pixels; 0: not known */
	unsigned char typeahead[TERM_TYPEAHEAD_MAX];	/* keys read with the replies */
	size_t ntypeahead;
};

/* What the terminal wants from configured (the config's or --images'),
 * asking it on in and out when it must (see above). */
void term_graphics_detect(enum picture_mode configured, int in, int out,
    struct term_graphics *g);

/* The replies read so far. */
struct term_replies {
	int kitty;		/* the kitty query was answered */
	int sixel;		/* DA1 holds 4 */
	int da1;		/* DA1 came: the wait is over */
	int cell_w, cell_h;	/* CSI 6 ; h ; w t */
};

/* Reads the replies in the n bytes at s into r; bytes of no reply go to
 * g's typeahead.  Returns how many bytes it took: a reply cut short at
 * the end is left for more to come. */
size_t term_graphics_parse(const unsigned char *s, size_t n, struct term_replies *r,
    struct term_graphics *g);

#endif
