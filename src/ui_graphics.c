/*
 * ui_graphics: see ui_graphics.h.  Why a sixel screen is written whole
 * when its pictures move: a sixel picture is paint on the cells, with no
 * identity; only text written over a cell (or the screen cleared) takes
 * it away, and ncurses writes only the cells it believes changed, which
 * for a picture's box (blank before, blank after) are none.  Having
 * ncurses clear the screen and write it whole takes all the paint away,
 * and also keeps ncurses from scrolling lines with the terminal's
 * scrolling region, which would carry the paint along.  Kitty's pictures
 * have ids (the picture's serial): each is transmitted once (sent[]) and
 * then only placed, a band that moved placed anew over its placement; one
 * that went has its placement deleted, and one the story no longer holds
 * is deleted with its data.  A cleared screen sends them all again, for a
 * terminal that lost them.
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "picture.h"
#include "picture_kitty.h"
#include "term_cell.h"
#include "term_graphics.h"
#include "ui_graphics.h"
#include "ui_int.h"
#include "ui_out.h"

#include <term.h>	/* last: its macros (lines, columns) would break layout.h */

#define MAX_PLACED 16		/* pictures on a screen; boxes are half of it */
#define MAX_SENT 64		/* kitty's pictures held by the terminal */

/* A picture's band on the screen. */
struct placed {
	size_t block;
	unsigned serial;
	int y, x, cols, rows;	/* its first row's place; all its cells */
	int first, n;		/* the rows of them shown */
	int draw;		/* written after this frame */
};

static struct term_graphics term;	/* its cell is term_cell's from the start */
static int checked;		/* libchafa's pixel modes were looked for */
static struct placed now[MAX_PLACED], then[MAX_PLACED];
static size_t nnow, nthen;
static struct {
	unsigned serial;
	int lost;		/* the screen was cleared since: sent again */
} sent[MAX_SENT];		/* kitty: the pictures transmitted */
static size_t nsent;

void
ui_graphics_detect(int images)
{
	term_graphics_detect((enum picture_mode)images, STDIN_FILENO, STDOUT_FILENO, &term);
	term_cell_set(term.cell_w, term.cell_h);
	term_cell_set_pixels(term.mode == PICTURE_SIXEL || term.mode == PICTURE_KITTY);
}

void
ui_graphics_start(void)
{
	for (size_t i = term.ntypeahead; i > 0; i--)
		ungetch(term.typeahead[i - 1]);
	term.ntypeahead = 0;
}

int
ui_graphics_mode(void)
{
	if (term.mode != PICTURE_SIXEL && term.mode != PICTURE_KITTY)
		return PICTURE_SYMBOLS;
	if (!checked) {		/* at the first picture drawn: libchafa is open */
		checked = 1;
		if (!picture_pixels_ready()) {
			term.mode = PICTURE_SYMBOLS;
			term_cell_set_pixels(0);
		}
	}
	return term.mode;
}

/* A cell's pixels again, when the terminal says them (TIOCGWINSZ). */
static void
cell_size(void)
{
	int w, h;

	if (term_cell_measure(STDOUT_FILENO, &w, &h) == 0)
		term_cell_set(w, h);
}

void
ui_graphics_frame(void)
{
	if (is_cleared(curscr) && term.mode != PICTURE_SYMBOLS)
		cell_size();	/* a resize: the font may have changed too */
	memcpy(then, now, nnow * sizeof *now);
	nthen = nnow;
	nnow = 0;
}

void
ui_graphics_add(size_t block, unsigned serial, int row, int y, int x, int cols, int rows)
{
	struct placed *p = nnow > 0 ? &now[nnow - 1] : NULL;

	if (p != NULL && p->serial == serial && p->y + p->n == y && p->first + p->n == row) {
		p->n++;		/* the next row of the band */
		return;
	}
	if (nnow == MAX_PLACED)
		return;
	p = &now[nnow++];
	*p = (struct placed){block, serial, y, x, cols, rows, row, 1, 0};
}

/* Are the cells of row y from x, n of them, the blanks of a box? */
static int
blank_cells(int y, int x, int n)
{
	cchar_t c;
	wchar_t wch[CCHARW_MAX + 1];
	attr_t attr;
	short pair;

	for (int i = 0; i < n; i++) {
		if (mvwin_wch(stdscr, y, x + i, &c) != OK ||
		    getcchar(&c, wch, &attr, &pair, NULL) == ERR || wch[0] != L' ' ||
		    (attr & ~A_COLOR) != A_NORMAL || pair != 0)
			return 0;
	}
	return 1;
}

/* Cuts each band at the first row that text was drawn over. */
static void
cut_covered(void)
{
	int y0, x0;
	size_t k = 0;

	getyx(stdscr, y0, x0);
	for (size_t i = 0; i < nnow; i++) {
		struct placed *p = &now[i];
		int n = 0;

		while (n < p->n && blank_cells(p->y + n, p->x, p->cols))
			n++;
		p->n = n;
		if (n > 0)
			now[k++] = *p;
	}
	nnow = k;
	move(y0, x0);
}

static int
same(const struct placed *a, const struct placed *b)
{
	return a->block == b->block && a->serial == b->serial && a->y == b->y &&
	    a->x == b->x && a->cols == b->cols && a->rows == b->rows &&
	    a->first == b->first && a->n == b->n;
}

/* Is p among v's n bands? */
static int
among(const struct placed *p, const struct placed *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (same(p, &v[i]))
			return 1;
	return 0;
}

void
ui_graphics_end(void)
{
	int cleared = is_cleared(curscr) || is_cleared(stdscr), changed;

	if (ui_graphics_mode() == PICTURE_SYMBOLS)
		return;
	cut_covered();
	changed = nnow != nthen;
	for (size_t i = 0; i < nnow; i++) {
		now[i].draw = cleared || !among(&now[i], then, nthen);
		changed |= now[i].draw;
	}
	for (size_t i = 0; i < nthen; i++)
		then[i].draw = cleared || !among(&then[i], now, nnow);	/* to delete */
	for (size_t i = 0; term.mode == PICTURE_KITTY && cleared && i < nsent; i++)
		sent[i].lost = 1;	/* the terminal may have lost them: each goes again */
	if (term.mode == PICTURE_SIXEL && changed) {
		/* all the pixels go with the screen cleared and written again
		 * (ui_cells.c then writes its own characters again too): all
		 * come back */
		clearok(curscr, TRUE);
		for (size_t i = 0; i < nnow; i++)
			now[i].draw = 1;
	}
}

/* The index of serial in sent[], or nsent. */
static size_t
sent_index(unsigned serial)
{
	size_t i = 0;

	while (i < nsent && sent[i].serial != serial)
		i++;
	return i;
}

static void
sent_drop(size_t i)
{
	memmove(sent + i, sent + i + 1, (nsent - i - 1) * sizeof *sent);
	nsent--;
}

/* Kitty: band b at the cursor, its picture transmitted first unless the
 * terminal has it. */
static void
kitty_band(struct ui *u, size_t block, const struct picture_band *b)
{
	size_t i = sent_index(b->id);
	int transmit = i == nsent || sent[i].lost;

	if (ui_picture_kitty(u, block, b, transmit, ui_out()) != 0 || !transmit)
		return;
	if (i < nsent) {
		sent[i].lost = 0;
		return;
	}
	if (nsent == MAX_SENT) {	/* the oldest goes from the terminal */
		picture_kitty_delete(ui_out(), sent[0].serial, 1);
		sent_drop(0);
	}
	sent[nsent].serial = b->id;
	sent[nsent++].lost = 0;
}

/* Kitty: the placements that went deleted, and the pictures the story no
 * longer holds deleted with their data. */
static void
kitty_deletes(struct ui *u)
{
	for (size_t i = 0; i < nthen; i++) {
		int placed = 0;

		for (size_t k = 0; k < nnow; k++)
			placed |= now[k].serial == then[i].serial;
		if (then[i].draw && !placed && ui_picture_alive(u, then[i].serial))
			picture_kitty_delete(ui_out(), then[i].serial, 0);
	}
	for (size_t i = nsent; i > 0; i--)
		if (!ui_picture_alive(u, sent[i - 1].serial)) {
			picture_kitty_delete(ui_out(), sent[i - 1].serial, 1);
			sent_drop(i - 1);
		}
}

/* Band p's pixels at its place. */
static void
draw_band(struct ui *u, const struct placed *p)
{
	struct picture_band b;
	const char *seq;
	size_t len;

	memset(&b, 0, sizeof b);
	b.mode = (enum picture_mode)term.mode;
	b.id = p->serial;
	b.cols = p->cols;
	b.rows = p->rows;
	b.first = p->first;
	b.n = p->n;
	term_cell_size(&b.cell_w, &b.cell_h);
	tputs(tiparm(cursor_address, p->y, p->x), 1, ui_out_char);
	if (term.mode == PICTURE_KITTY) {
		kitty_band(u, p->block, &b);
		return;
	}
	if ((seq = ui_picture_pixels(u, p->block, &b, &len)) != NULL)
		buf_add(ui_out(), seq, len);
}

void
ui_graphics_paint(struct ui *u)
{
	size_t placed[MAX_PLACED];

	if (ui_graphics_mode() == PICTURE_SYMBOLS || cursor_address == NULL)
		return;
	for (size_t i = 0; i < nnow; i++)
		placed[i] = now[i].block;
	ui_picture_pixels_keep(u, placed, nnow);
	if (term.mode == PICTURE_KITTY)
		kitty_deletes(u);
	for (size_t i = 0; i < nnow; i++)
		if (now[i].draw)
			draw_band(u, &now[i]);
	if (ui_out()->len == 0)
		return;
	tputs(tiparm(cursor_address, getcury(curscr), getcurx(curscr)), 1, ui_out_char);
	ui_out_write();
}

void
ui_graphics_stop(void)
{
	/* no allocation: this runs on the way out of an out-of-memory too */
	char del[64];

	for (size_t i = 0; term.mode == PICTURE_KITTY && i < nsent; i++) {
		int n = snprintf(del, sizeof del, "\033_Ga=d,d=I,i=%u,q=2\033\\", sent[i].serial);

		if (n > 0 && (size_t)n < sizeof del)
			(void)!write(STDOUT_FILENO, del, (size_t)n);
	}
	nnow = 0;
	nsent = 0;
	ui_out_free();		/* sixel's paint goes with the screen's text */
}
