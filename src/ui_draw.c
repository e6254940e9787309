/*
 * ui_draw: the screen from struct ui: the view on top draws its rows
 * (with ui_draw_doc, the painter of a doc's lines), then the status line
 * (ui_statusline.c), in the colours kept here.  While a page loads and
 * nothing else changed, a frame is the status line alone.
 * Drawing reads state and changes nothing but the terminal (and dirty).
 *
 * Every string drawn is cleaned UTF-8 (the page's through extract, the
 * messages through ui_message), and each character is measured with
 * text_cp_width(), the one width function; a character that would cross
 * the right edge is not drawn.  Colours follow NO_COLOR and fall back to
 * attributes on a monochrome terminal.
 *
 * The config's `color ELEMENT FG [BG]` lines recolour these elements:
 *   title   a story's or list's title     link    links and headlines
 *   focus   the selected link             read    headlines already read
 *   status  the status line               match   search matches
 * An unknown element is a message naming file:line; the rest applies.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "ui_cells.h"
#include "ui_graphics.h"
#include "ui_int.h"
#include "ui_statusline.h"

enum {
	A_FOCUS = LS_NSTYLES, A_MATCH, A_CURMATCH, A_MARK, A_STATUS, A_ERROR,
	A_READ, A_COUNT
};

static attr_t attrs[A_COUNT];

static void
attrs_mono(void)
{
	attrs[LS_TEXT] = A_NORMAL;
	attrs[LS_TITLE] = A_BOLD;
	attrs[LS_META] = A_DIM;
	attrs[LS_IMAGE] = A_DIM;
	attrs[LS_LABEL] = A_BOLD;
	attrs[LS_LINK] = A_UNDERLINE;
	attrs[LS_DATE] = A_NORMAL;
	attrs[A_FOCUS] = A_REVERSE;
	attrs[A_MATCH] = A_BOLD | A_UNDERLINE;
	attrs[A_CURMATCH] = A_BOLD | A_REVERSE;
	attrs[A_MARK] = A_BOLD;
	attrs[A_STATUS] = A_REVERSE;
	attrs[A_ERROR] = A_REVERSE | A_BOLD;
	attrs[A_READ] = A_DIM;
}

static attr_t
pair(short n, short fg, short bg)
{
	init_pair(n, fg, bg);
	return (attr_t)COLOR_PAIR(n);
}

static const struct {
	const char *name;
	int attr;
} elements[] = {
	{"title", LS_TITLE}, {"link", LS_LINK}, {"focus", A_FOCUS},
	{"read", A_READ}, {"status", A_STATUS}, {"match", A_MATCH},
};

static short
color_number(const char *name, short dflt)
{
	static const char *const names[] = {
		"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
	};

	for (short i = 0; name != NULL && i < 8; i++)
		if (strcmp(names[i], name) == 0)
			return i;	/* COLOR_BLACK ... COLOR_WHITE are 0 ... 7 */
	return dflt;	/* "default", or none given */
}

/* The config's colours over the defaults (pairs from 8 up). */
static void
colors_config(struct ui *u, short dflt)
{
	const struct config *c = u->opts.config;

	for (size_t i = 0; c != NULL && i < c->ncolors; i++) {
		const struct color *k = &c->colors[i];
		size_t e = 0;

		while (e < sizeof elements / sizeof *elements && strcmp(elements[e].name, k->element) != 0)
			e++;
		if (e == sizeof elements / sizeof *elements) {
			char *msg = xasprintf(_("%s: unknown colour element '%s' (title, link, "
			    "focus, read, status, match)"), k->where, k->element);

			ui_message_add(u, msg);
			free(msg);
		} else if (u->color && 8 + (int)i < COLOR_PAIRS) {
			attr_t keep = attrs[elements[e].attr] & (A_BOLD | A_DIM | A_UNDERLINE);

			attrs[elements[e].attr] = keep | pair((short)(8 + i),
			    color_number(k->fg, dflt < 0 ? -1 : COLOR_WHITE),
			    color_number(k->bg, dflt));
		}
	}
}

void
ui_colors_init(struct ui *u)
{
	const char *no_color = getenv("NO_COLOR");
	short bg = -1;

	attrs_mono();
	u->color = (no_color == NULL || *no_color == '\0') && has_colors() &&
	    start_color() == OK && COLORS >= 8 && COLOR_PAIRS >= 8;
	if (!u->color) {
		colors_config(u, -1);
		return;
	}
	if (use_default_colors() != OK)
		bg = COLOR_BLACK;
	attrs[LS_TITLE] = A_BOLD | pair(1, COLOR_YELLOW, bg);
	attrs[LS_META] = pair(2, COLOR_GREEN, bg);
	attrs[LS_DATE] = attrs[LS_META];
	attrs[LS_IMAGE] = pair(3, COLOR_MAGENTA, bg);
	attrs[LS_LINK] = pair(4, COLOR_CYAN, bg);
	attrs[A_FOCUS] = A_REVERSE | attrs[LS_LINK];
	attrs[A_MATCH] = pair(5, COLOR_BLACK, COLOR_YELLOW);
	attrs[A_CURMATCH] = A_BOLD | pair(6, COLOR_BLACK, COLOR_GREEN);
	attrs[A_MARK] = A_BOLD | attrs[LS_META];
	attrs[A_ERROR] = A_BOLD | pair(7, COLOR_WHITE, COLOR_RED);
	colors_config(u, bg);
}

/* ---- a line of the doc ---- */

struct painter {
	const char *text;
	size_t seg;		/* start of the segment not yet drawn */
	attr_t attr;
	int x, ambi;
};

static void
flush(struct painter *p, size_t end)
{
	if (end > p->seg)
		ui_cells_put(p->text + p->seg, end - p->seg, p->attr, p->ambi);
	p->seg = end;
}

/* The search's matches, as drawn. */
struct matches {
	const struct lmatch *v;
	size_t n, cur;
};

/* The first of m's matches in block, or m->n. */
static size_t
first_match(const struct matches *m, size_t block)
{
	size_t lo = 0, hi = m->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (m->v[mid].block < block)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The run of block b that holds byte i, or NULL.  Runs go forward through
 * the text, so a paragraph of many links is searched, not walked. */
static const struct lrun *
run_at(const struct lblock *b, size_t i)
{
	size_t lo = 0, hi = b->nruns;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (b->runs[mid].start <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0 || i >= b->runs[lo - 1].start + b->runs[lo - 1].len)
		return NULL;
	return &b->runs[lo - 1];
}

/* The attribute of byte i of block b: its run's style, the focus, a match. */
static attr_t
attr_at(const struct matches *ms, const struct lblock *b, size_t block, size_t i,
    int focus, size_t m0, int read)
{
	const struct lrun *run = run_at(b, i);
	attr_t a = attrs[LS_TEXT];

	if (run != NULL) {
		a = attrs[read && run->style == LS_LINK ? A_READ : run->style];
		if (run->link >= 0 && run->link == focus)
			a = attrs[A_FOCUS];
	}
	for (size_t m = m0; m < ms->n && ms->v[m].block == block; m++)
		if (i >= ms->v[m].start && i < ms->v[m].start + ms->v[m].len)
			return attrs[m == ms->cur ? A_CURMATCH : A_MATCH];
	return a;
}

/* Is the link of block b a headline read, as the view marks them? */
static int
headline_read(struct ui *u, const struct ui_marks *m, const struct lblock *b)
{
	return m != NULL && m->read != NULL && b->link >= 0 && m->read(u, b->link);
}

/* The read mark and the indent of line l, from column left; the column
 * after them. */
static int
draw_indent(struct ui *u, const struct ldoc *d, const struct lline *l,
    const struct ui_marks *m, int left)
{
	const struct lblock *b = &d->blocks[l->block];
	int x = left;

	if ((l->flags & LL_MARK) && headline_read(u, m, b)) {
		ui_cells_put("\u2713", strlen("\u2713"), attrs[A_MARK], u->opts.ambi_width);	/* ✓ */
		x++;
	}
	attrset(A_NORMAL);
	for (; x < left + l->indent && x < u->cols; x++)
		addch(' ');
	return x;
}

/* Line li of d at row y, from column left. */
static void
draw_line(struct ui *u, const struct ldoc *d, size_t li, int y, const struct ui_marks *m,
    int left)
{
	const struct lline *l = &d->lines[li];
	const struct lblock *b = &d->blocks[l->block];
	int focus = m != NULL ? m->focus : -1;
	struct matches ms = {NULL, 0, UI_NO_MATCH};
	size_t m0;
	struct painter p = {b->text, l->start, A_NORMAL, 0, u->opts.ambi_width};
	size_t i = l->start, n;
	uint32_t cp;
	int w, read = m != NULL && m->dim_read && headline_read(u, m, b);

	if (l->block < d->nblocks && li - b->first_line < (size_t)b->box) {
		ui_picture_draw_row(u, d, b, (int)(li - b->first_line), y, left);
		return;
	}
	if (m != NULL)
		ms.n = ui_search_matches(u, &ms.v, &ms.cur);
	m0 = first_match(&ms, l->block);
	move(y, left);
	p.x = draw_indent(u, d, l, m, left);
	if (l->flags & LL_CLIPPED) {
		if (p.x < u->cols)
			addch('>');
		return;
	}
	p.attr = attr_at(&ms, b, l->block, i, focus, m0, read);
	while (i < l->end) {
		n = utf8_decode(b->text + i, l->end - i, &cp);
		w = text_cp_width(cp, u->opts.ambi_width);
		if (w > 0 && p.x + w > u->cols)
			break;
		if (w < 0 || attr_at(&ms, b, l->block, i, focus, m0, read) != p.attr) {
			flush(&p, i);
			p.attr = attr_at(&ms, b, l->block, i, focus, m0, read);
			if (w < 0)
				p.seg = i + n;	/* never reaches the terminal */
		}
		p.x += w > 0 ? w : 0;
		i += n;
	}
	flush(&p, i);
	attrset(A_NORMAL);
}

/* ---- the screen ---- */

/* A doc laid out narrower than the screen (a story at its text-width)
 * is drawn centred. */
void
ui_draw_doc(struct ui *u, const struct ldoc *d, size_t top, const struct ui_marks *m)
{
	int rows = ui_content_rows(u), left = d->width < u->cols ? (u->cols - d->width) / 2 : 0;

	for (int y = 0; y < rows && top + (size_t)y < d->nlines; y++)
		draw_line(u, d, top + (size_t)y, y, m, left);
}

void
ui_draw(struct ui *u, const struct view_class *c)
{
	if (u->clear) {
		clearok(curscr, TRUE);
		u->clear = 0;
	}
	ui_cells_begin();
	ui_picture_frame();
	erase();
	if (u->rows > 0 && u->cols > 0) {
		if (c != NULL && c->draw != NULL)
			c->draw(u);
		if (u->rows >= 2)
			ui_statusline_draw(u, c, attrs[A_STATUS], attrs[A_ERROR]);
	}
	curs_set(ui_prompt_is_open(u) && u->rows >= 2 ? 1 : 0);
	ui_graphics_end();
	ui_cells_end();
	refresh();
	ui_cells_paint();
	ui_graphics_paint(u);	/* pixels over the cells ncurses wrote */
	u->dirty = 0;
}

/* Only the status line changed (a load's progress): the rows above stay
 * as the last frame drew them, as sfeed_curses redraws a pane only when
 * it is dirty.  Nothing to do when the screen is to be cleared, or a long
 * message covers the status line: the next whole frame draws them. */
int
ui_draw_status(struct ui *u, const struct view_class *c)
{
	if (u->clear || u->rows < 2 || u->cols <= 0 || !ui_statusline_alone(u))
		return 0;
	ui_cells_begin_row(u->rows - 1);
	ui_statusline_draw(u, c, attrs[A_STATUS], attrs[A_ERROR]);
	ui_cells_end();
	refresh();
	ui_cells_paint();
	return 1;
}
