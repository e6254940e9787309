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
#include "util.h"

struct kept {
	int y, x;
	attr_t attr;
	char glyph[4];		/* one UTF-8 character */
	unsigned char len;
};

static struct kept *kept;
static size_t nkept, capkept;
static int *old_rows;		/* rows that held kept characters last frame */
static size_t nold_rows;
static struct buf out;		/* tputs() has no user pointer */

void
ui_cells_begin(void)
{
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

static int
row_seen(const int *rows, size_t n, int y)
{
	for (size_t i = 0; i < n; i++)
		if (rows[i] == y)
			return 1;
	return 0;
}

void
ui_cells_end(void)
{
	for (size_t i = 0; i < nold_rows; i++)
		if (old_rows[i] < LINES)
			wredrawln(stdscr, old_rows[i], 1);
	for (size_t i = 0; i < nkept; i++)
		if (!row_seen(old_rows, nold_rows, kept[i].y))
			wredrawln(stdscr, kept[i].y, 1);
}

static int
out_char(int c)
{
	buf_addc(&out, (char)c);
	return c;
}

static void
write_out(void)
{
	size_t done = 0;

	fflush(stdout);
	while (done < out.len) {
		ssize_t w = write(STDOUT_FILENO, out.s + done, out.len - done);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;	/* the terminal is gone: the key loop finds out */
		done += (size_t)w;
	}
	out.len = 0;
}

static void
remember_rows(void)
{
	old_rows = xreallocarray(old_rows, nkept ? nkept : 1, sizeof *old_rows);
	nold_rows = 0;
	for (size_t i = 0; i < nkept; i++)
		if (!row_seen(old_rows, nold_rows, kept[i].y))
			old_rows[nold_rows++] = kept[i].y;
}

void
ui_cells_paint(void)
{
	remember_rows();
	if (nkept == 0)
		return;
	for (size_t i = 0; i < nkept; i++) {
		const struct kept *k = &kept[i];

		tputs(tiparm(cursor_address, k->y, k->x), 1, out_char);
		vid_puts(k->attr & ~A_COLOR, (short)PAIR_NUMBER(k->attr), NULL, out_char);
		buf_add(&out, k->glyph, k->len);
	}
	vid_puts(A_NORMAL, 0, NULL, out_char);
	tputs(tiparm(cursor_address, getcury(curscr), getcurx(curscr)), 1, out_char);
	write_out();
}

void
ui_cells_free(void)
{
	free(kept);
	free(old_rows);
	buf_free(&out);
	kept = NULL;
	old_rows = NULL;
	nkept = capkept = nold_rows = 0;
}
