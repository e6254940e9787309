/*
 * ui_cells: see ui_cells.h.  Why not hand such a character to ncurses:
 * ncurses would count “ as one column, a CJK terminal would draw it as
 * two, and from then on the terminal's cursor is one column right of
 * where ncurses believes it is; every later write on that line lands one
 * cell off.  Writing the character ourselves, after ncurses is done, with
 * the cursor placed absolutely before it and again after, keeps ncurses's
 * idea of the cursor true.  Attributes go through vid_puts(), so ncurses
 * also knows which attributes are on; the paint ends with them off, as
 * doupdate() leaves them.
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>
#include <wchar.h>

#include "text.h"
#include "ui_cells.h"
#include "ui_out.h"
#include "util.h"

struct kept {
	int y, x;
	attr_t attr;
	char glyph[4];		/* one UTF-8 character */
	unsigned char len;
};

/* A cell of stdscr as ncurses's update sees it. */
struct cell {
	wchar_t ch;
	attr_t attr;
	short pair;
};

static struct kept *kept, *old_kept;	/* this frame's, the last frame's */
static size_t nkept, capkept, nold_kept, capold_kept;
static struct cell *now, *then;		/* stdscr this frame, the last */
static int then_rows, then_cols;	/* 0: the last frame was not read */
static unsigned char *paint_row;	/* rows whose kept characters to write */

void
ui_cells_init(void)
{
	idcok(stdscr, FALSE);
	typeahead(-1);
}

void
ui_cells_begin(void)
{
	struct kept *k = old_kept;
	size_t cap = capold_kept;

	old_kept = kept;
	nold_kept = nkept;
	capold_kept = capkept;
	kept = k;
	capkept = cap;
	nkept = 0;
}

static void
keep(int y, int x, const char *s, size_t len, attr_t attr)
{
	struct kept *k;

	if (nkept == capkept) {
		capkept = capkept ? capkept * 2 : 64;
		kept = xreallocarray(kept, capkept, sizeof *kept);
	}
	k = &kept[nkept++];
	k->y = y;
	k->x = x;
	k->attr = attr;
	memcpy(k->glyph, s, len);
	k->len = (unsigned char)len;
}

void
ui_cells_begin_row(int y)
{
	ui_cells_begin();
	for (size_t i = 0; i < nold_kept; i++)
		if (old_kept[i].y != y)
			keep(old_kept[i].y, old_kept[i].x, old_kept[i].glyph, old_kept[i].len,
			    old_kept[i].attr);
}

/* Does ncurses place cp at a width other than ours?  Only with absolute
 * cursor addressing can we place it ourselves. */
static int
misplaced(uint32_t cp, int ours)
{
	return ours > 0 && wcwidth((wchar_t)cp) != ours && cursor_address != NULL;
}

void
ui_cells_put(const char *s, size_t len, attr_t attr, int ambi_width)
{
	size_t seg = 0, i = 0, n;
	uint32_t cp;
	int y, x, w;

	attrset(attr);
	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		w = text_cp_width(cp, ambi_width);
		if (n <= sizeof kept->glyph && misplaced(cp, w)) {
			addnstr(s + seg, (int)(i - seg));
			getyx(stdscr, y, x);
			if (x + w <= COLS)
				keep(y, x, s + i, n, attr);
			while (w-- > 0)
				addch(' ');
			seg = i + n;
		}
		i += n;
	}
	addnstr(s + seg, (int)(len - seg));
}

/* ---- which rows ncurses may write over ---- */

static void
read_screen(void)
{
	int y0, x0;
	cchar_t c;
	wchar_t wch[CCHARW_MAX + 1];

	getyx(stdscr, y0, x0);
	now = xreallocarray(now, (size_t)LINES * (size_t)COLS, sizeof *now);
	for (int y = 0; y < LINES; y++)
		for (int x = 0; x < COLS; x++) {
			struct cell *cell = &now[(size_t)y * (size_t)COLS + (size_t)x];

			wch[0] = L' ';
			cell->attr = A_NORMAL;
			cell->pair = 0;
			if (mvwin_wch(stdscr, y, x, &c) == OK)
				getcchar(&c, wch, &cell->attr, &cell->pair, NULL);
			cell->ch = wch[0];
		}
	move(y0, x0);
}

static const struct cell *
row_of(const struct cell *screen, int y)
{
	return screen + (size_t)y * (size_t)COLS;
}

/* Equal as ncurses's line hash sees rows: by their characters alone. */
static int
same_text(const struct cell *a, const struct cell *b)
{
	for (int x = 0; x < COLS; x++)
		if (a[x].ch != b[x].ch)
			return 0;
	return 1;
}

static int
same_cells(const struct cell *a, const struct cell *b)
{
	for (int x = 0; x < COLS; x++)
		if (a[x].ch != b[x].ch || a[x].attr != b[x].attr || a[x].pair != b[x].pair)
			return 0;
	return 1;
}

/* Would ncurses scroll lines this frame?  Its hashmap moves lines only
 * from an anchor: a line whose text is once on the old screen and once
 * on the new, at another row.  A scroll carries our characters with it
 * to rows where ncurses believes there are blanks. */
static int
lines_may_move(void)
{
	for (int y = 0; y < LINES; y++) {
		int in_new = 0, in_old = 0, old_y = -1;

		for (int i = 0; i < LINES && in_new < 2; i++)
			in_new += same_text(row_of(now, y), row_of(now, i));
		for (int i = 0; i < LINES && in_new == 1 && in_old < 2; i++)
			if (same_text(row_of(now, y), row_of(then, i))) {
				in_old++;
				old_y = i;
			}
		if (in_new == 1 && in_old == 1 && old_y != y)
			return 1;
	}
	return 0;
}

/* Does ncurses keep the last row's cells apart from a clear to the end
 * of the screen?  It clears from the first of the blank rows at the
 * bottom, blank like the last cell; a last row unlike its own last cell
 * leaves none. */
static int
last_row_mixed(void)
{
	const struct cell *r = row_of(now, LINES - 1);

	for (int x = 0; x < COLS; x++)
		if (r[x].ch != r[COLS - 1].ch || r[x].attr != r[COLS - 1].attr ||
		    r[x].pair != r[COLS - 1].pair)
			return 1;
	return 0;
}

static int
kept_now(const struct kept *k)
{
	for (size_t i = 0; i < nkept; i++)
		if (kept[i].y == k->y && kept[i].x == k->x && kept[i].attr == k->attr &&
		    kept[i].len == k->len && memcmp(kept[i].glyph, k->glyph, k->len) == 0)
			return 1;
	return 0;
}

/* Before refresh().  A row whose kept characters went away is repainted
 * whole, since ncurses believes those cells blank already.  Kept
 * characters are written again only on rows that ncurses writes to:
 * rows that change, the cursor's row, and all of them when the screen
 * is cleared or resized or lines may move.  A frame without kept
 * characters, then or now, costs nothing. */
void
ui_cells_end(void)
{
	int all, cy = getcury(stdscr);
	struct cell *t;

	if ((nkept == 0 && nold_kept == 0) || LINES <= 0 || COLS <= 0) {
		then_rows = then_cols = 0;
		return;
	}
	read_screen();
	all = is_cleared(curscr) || is_cleared(stdscr) || then_rows != LINES ||
	    then_cols != COLS || lines_may_move() || !last_row_mixed();
	paint_row = xreallocarray(paint_row, (size_t)LINES, 1);
	for (int y = 0; y < LINES; y++)
		paint_row[y] = all || !same_cells(row_of(now, y), row_of(then, y));
	paint_row[cy] = 1;
	for (size_t i = 0; i < nold_kept; i++) {
		const struct kept *k = &old_kept[i];

		if (k->y < LINES && (all || !kept_now(k))) {
			wredrawln(stdscr, k->y, 1);
			paint_row[k->y] = 1;
		}
	}
	for (size_t i = 0; all && i < nkept; i++)
		wredrawln(stdscr, kept[i].y, 1);
	t = then;
	then = now;
	now = t;
	then_rows = LINES;
	then_cols = COLS;
}

void
ui_cells_paint(void)
{
	size_t painted = 0;

	for (size_t i = 0; i < nkept; i++) {
		const struct kept *k = &kept[i];

		if (!paint_row[k->y])
			continue;
		painted++;
		tputs(tiparm(cursor_address, k->y, k->x), 1, ui_out_char);
		vid_puts(k->attr & ~A_COLOR, (short)PAIR_NUMBER(k->attr), NULL, ui_out_char);
		buf_add(ui_out(), k->glyph, k->len);
	}
	if (painted == 0)
		return;
	vid_puts(A_NORMAL, 0, NULL, ui_out_char);
	tputs(tiparm(cursor_address, getcury(curscr), getcurx(curscr)), 1, ui_out_char);
	ui_out_write();
}

void
ui_cells_free(void)
{
	free(kept);
	free(old_kept);
	free(now);
	free(then);
	free(paint_row);
	ui_out_free();
	kept = old_kept = NULL;
	now = then = NULL;
	paint_row = NULL;
	nkept = capkept = nold_kept = capold_kept = 0;
	then_rows = then_cols = 0;
}
