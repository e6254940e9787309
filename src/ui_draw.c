/*
 * ui_draw: the screen from struct ui: the view on top draws its rows
 * (with ui_draw_doc, the painter of a doc's lines), then the status line.
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
#include "ui_int.h"

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

/* The attribute of byte i of block b: its run's style, the focus, a match. */
static attr_t
attr_at(const struct matches *ms, const struct lblock *b, size_t block, size_t i,
    int focus, size_t m0, int read)
{
	attr_t a = attrs[LS_TEXT];

	for (size_t r = 0; r < b->nruns; r++) {
		const struct lrun *run = &b->runs[r];

		if (i >= run->start && i < run->start + run->len) {
			a = attrs[read && run->style == LS_LINK ? A_READ : run->style];
			if (run->link >= 0 && run->link == focus)
				a = attrs[A_FOCUS];
			break;
		}
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

/* The read mark and the indent of line l. */
static int
draw_indent(struct ui *u, const struct ldoc *d, const struct lline *l,
    const struct ui_marks *m)
{
	const struct lblock *b = &d->blocks[l->block];
	int x = 0;

	if ((l->flags & LL_MARK) && headline_read(u, m, b)) {
		ui_cells_put("\u2713", strlen("\u2713"), attrs[A_MARK], u->opts.ambi_width);	/* ✓ */
		x = 1;
	}
	attrset(A_NORMAL);
	for (; x < l->indent && x < u->cols; x++)
		addch(' ');
	return x;
}

static void
draw_line(struct ui *u, const struct ldoc *d, size_t li, int y, const struct ui_marks *m)
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

	if (m != NULL)
		ms.n = ui_search_matches(u, &ms.v, &ms.cur);
	m0 = first_match(&ms, l->block);
	move(y, 0);
	p.x = draw_indent(u, d, l, m);
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

/* ---- the status line ---- */

/* Bytes of s's longest head that fits cols columns. */
static size_t
fit_head(const char *s, int cols, int ambi)
{
	size_t i = 0, len = strlen(s), n;
	uint32_t cp;
	int x = 0, w;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		w = text_cp_width(cp, ambi);
		if (w > 0 && x + w > cols)
			break;
		x += w > 0 ? w : 0;
		i += n;
	}
	return i;
}

/* Where s's longest tail that fits cols columns starts. */
static size_t
fit_tail(const char *s, int cols, int ambi)
{
	size_t i = 0, len = strlen(s);
	uint32_t cp;

	while (i < len && layout_width(s + i, len - i, ambi) > cols)
		i += utf8_decode(s + i, len - i, &cp);
	return i;
}

static void
human_size(char *out, size_t n, size_t bytes)
{
	if (bytes < 1024)
		snprintf(out, n, "%zu B", bytes);
	else if (bytes < 1024 * 1024)
		snprintf(out, n, "%zu KiB", bytes / 1024);
	else
		snprintf(out, n, "%.1f MiB", bytes / (1024.0 * 1024.0));
}

/* Transfer progress and the place: "12 KiB/40 KiB  12/140 8%". */
static void
status_right(struct ui *u, const struct view_class *c, char *out, size_t n)
{
	size_t top = u->top, rows = (size_t)ui_content_rows(u);
	const struct ldoc *d = c != NULL && c->place != NULL ? c->place(u, &top) : &u->doc;
	char got[32] = "", all[32] = "";
	size_t now, total;
	int len = 0;

	if (ui_loading(u) != LOAD_NONE) {
		ui_load_progress(u, &now, &total);
		human_size(got, sizeof got, now);
		if (total > 0)
			human_size(all, sizeof all, total);
		len = snprintf(out, n, "%s%s%s  ", got, total > 0 ? "/" : "", all);
	}
	if (d->nlines > 0 && len >= 0 && (size_t)len < n)
		snprintf(out + len, n - (size_t)len, "%zu/%zu %zu%%", top + 1, d->nlines,
		    top + rows >= d->nlines ? (size_t)100 : (top + rows) * 100 / d->nlines);
}

/* The left part and whether its head (a message) or tail (a URL) counts. */
static const char *
status_left(struct ui *u, const struct view_class *c, char **owned, int *head)
{
	struct view *v = ui_view(u);
	int error;
	const char *msg = ui_message_text(u, &error), *title;

	*head = 1;
	if ((*owned = ui_prompt_line(u)) != NULL)
		return *owned;
	if (msg != NULL)
		return msg;
	if (c != NULL && c->title != NULL && (title = c->title(u)) != NULL)
		return title;
	*head = 0;
	if (ui_load_url(u) != NULL)
		return *owned = text_clean(ui_load_url(u), strlen(ui_load_url(u)));
	if (v != NULL)
		return *owned = text_clean(v->page->url, strlen(v->page->url));
	return "";
}

static void
draw_status(struct ui *u, const struct view_class *c, int y)
{
	char right[128] = "", *owned;
	int head, ambi = u->opts.ambi_width;
	const char *left = status_left(u, c, &owned, &head);
	int rw, lw, x, error;
	size_t from, len;
	attr_t attr;
	int msg = ui_message_text(u, &error) != NULL, prompting = ui_prompt_is_open(u);

	status_right(u, c, right, sizeof right);
	rw = layout_width(right, strlen(right), ambi);
	/* the place gives way to a message that needs the room */
	if (rw + 1 > u->cols || (head && *left != '\0' && !prompting &&
	    layout_width(left, strlen(left), ambi) > u->cols - rw - 1))
		rw = 0, right[0] = '\0';
	lw = u->cols - rw - (rw > 0 ? 1 : 0);
	from = head ? 0 : fit_tail(left, lw, ambi);
	len = head ? fit_head(left, lw, ambi) : strlen(left) - from;
	attr = attrs[msg && error && !prompting ? A_ERROR : A_STATUS];
	move(y, 0);
	ui_cells_put(left + from, len, attr, ambi);
	x = layout_width(left + from, len, ambi);
	if (prompting)
		move(y, x);
	for (int i = x; i < u->cols - rw; i++)
		mvaddch(y, i, ' ');
	move(y, u->cols - rw);
	ui_cells_put(right, strlen(right), attr, ambi);
	attrset(A_NORMAL);
	if (prompting)
		move(y, x < u->cols ? x : u->cols - 1);
	free(owned);
}

/* A message too long for the status line takes up to half the screen
 * (at least MSG_LINES lines) at the bottom, over the page, until the next
 * key clears it; the start-up's messages (the config's bad lines) can be
 * long, and the end of a longer one is the newest. */
#define MSG_LINES 3

static int
draw_long_message(struct ui *u)
{
	struct strlist lines = {0};
	int ambi = u->opts.ambi_width, max = (u->rows - 1) / 2, error;
	const char *msg = ui_message_text(u, &error);
	size_t from;

	if (max < MSG_LINES)
		max = u->rows - 1 < MSG_LINES ? u->rows - 1 : MSG_LINES;

	if (msg == NULL || ui_prompt_is_open(u) || max < 2 ||
	    layout_width(msg, strlen(msg), ambi) <= u->cols)
		return 0;
	layout_wrap(msg, u->cols, ambi, &lines);
	from = lines.n > (size_t)max ? lines.n - (size_t)max : 0;
	for (size_t i = from; i < lines.n; i++) {
		int y = u->rows - (int)(lines.n - i);

		move(y, 0);
		ui_cells_put(lines.v[i], fit_head(lines.v[i], u->cols, ambi),
		    attrs[error ? A_ERROR : A_STATUS], ambi);
		for (int x = layout_width(lines.v[i], strlen(lines.v[i]), ambi); x < u->cols; x++)
			mvaddch(y, x, ' ');
	}
	attrset(A_NORMAL);
	strlist_free(&lines);
	return 1;
}

/* ---- the screen ---- */

void
ui_draw_doc(struct ui *u, const struct ldoc *d, size_t top, const struct ui_marks *m)
{
	int rows = ui_content_rows(u);

	for (int y = 0; y < rows && top + (size_t)y < d->nlines; y++)
		draw_line(u, d, top + (size_t)y, y, m);
}

void
ui_draw(struct ui *u, const struct view_class *c)
{
	if (u->clear) {
		clearok(curscr, TRUE);
		u->clear = 0;
	}
	ui_cells_begin();
	erase();
	if (u->rows > 0 && u->cols > 0) {
		if (c != NULL && c->draw != NULL)
			c->draw(u);
		if (u->rows >= 2 && !draw_long_message(u))
			draw_status(u, c, u->rows - 1);
	}
	curs_set(ui_prompt_is_open(u) && u->rows >= 2 ? 1 : 0);
	ui_cells_end();
	refresh();
	ui_cells_paint();
	u->dirty = 0;
}
