/*
 * layout_table: a data table as aligned columns; see layout_int.h.
 *
 * Each cell is first a styled text (its links in place, layout_inline.c)
 * and its natural width the columns it takes on one line (layout_width:
 * CJK two, ambiguous characters as the doc says).  Columns are parted by
 * GAP spaces.  When the natural widths fit the screen they are the
 * columns' widths; else a column narrower than an even share keeps its
 * width and the others share what is left (share(): none narrower than
 * COL_MIN, none cutting a word such as "6:30-18:00" when that can be
 * helped), and cells wrap within their columns.  When even
 * COL_MIN a column does not fit, each row is drawn as "header: value"
 * lines, a blank line between rows.
 *
 * A row is one block of d, its lines parted by '\n' and ended verbatim,
 * so the spaces that align the columns stay.  The header row (the first)
 * is in the label style with a rule of '-' under it, which the text dump
 * shows too.  Work is linear in the table's text: a cell is measured and
 * wrapped once.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "layout_int.h"

#define GAP 2
#define COL_MIN 6
#define WORD_MAX 12		/* a longer word is cut rather than kept whole */
static const char header_sep[] = ": ";

struct table {
	const struct block *b;
	size_t ncols;		/* of the longest row */
	struct ltext *cells;	/* the cells there are, row by row */
	size_t *first;		/* nrows + 1: the index of each row's first cell */
	int *width;		/* ncols: the columns' widths */
	int *natural;		/* ncols: the widest cell of each */
	int *word;		/* ncols: the widest word of each, at most WORD_MAX */
};

/* Cell c of row r; an empty one past the end of a short row.  A short
 * row takes no room: a table of one long row and many short ones is not
 * stored as a rectangle. */
static const struct ltext *
cell(const struct table *t, size_t r, size_t c)
{
	static const struct ltext none;

	return c < t->b->rows[r].n ? &t->cells[t->first[r] + c] : &none;
}

/* Every cell as styled text, the links made in reading order; links of
 * the table not found in a cell go into *rest. */
static void
fill_cells(struct table *t, struct ldoc *d, const struct page *p, size_t bi,
    const struct layout_labels *L, struct ltext *rest)
{
	const struct block *b = t->b;
	size_t n = t->first[b->nrows];
	const char **pieces = xreallocarray(NULL, n ? n : 1, sizeof *pieces);
	struct inline_links in;

	n = 0;
	for (size_t r = 0; r < b->nrows; r++)
		for (size_t c = 0; c < b->rows[r].n; c++)
			pieces[n++] = b->rows[r].v[c];
	inline_links_init(&in, p, bi, pieces, n, L);
	n = 0;
	for (size_t r = 0; r < b->nrows; r++)
		for (size_t c = 0; c < b->rows[r].n; c++, n++)
			ltext_piece(&t->cells[n], d, &in, n, pieces[n], r == 0 ? LS_LABEL : LS_TEXT);
	ltext_leftovers(rest, d, &in);
	inline_links_free(&in);
	free(pieces);
}

static void
measure(struct table *t, int ambi)
{
	for (size_t r = 0; r < t->b->nrows; r++) {
		for (size_t c = 0; c < t->b->rows[r].n; c++) {
			const struct ltext *x = cell(t, r, c);
			int w = x->s.len ? layout_width(x->s.s, x->s.len, ambi) : 0;

			if (w > t->natural[c])
				t->natural[c] = w;
			if (t->word[c] < WORD_MAX && x->s.len > 0) {
				w = layout_word_width(x->s.s, ambi);
				w = w < WORD_MAX ? w : WORD_MAX;
				if (w > t->word[c])
					t->word[c] = w;
			}
		}
	}
}

/* Columns no wider than an even share of what is left keep their width,
 * as long as any do; the others are fixed by clear of them. */
static int
keep_narrow(struct table *t, char *fixed, int avail)
{
	size_t left = t->ncols;
	int changed = 1;

	while (changed && left > 0) {
		int even = avail / (int)left;

		changed = 0;
		for (size_t c = 0; c < t->ncols; c++) {
			if (fixed[c] || t->natural[c] > even)
				continue;
			t->width[c] = t->natural[c];
			fixed[c] = 1;
			avail -= t->natural[c];
			left--;
			changed = 1;
		}
	}
	return avail;
}

/* Shares avail columns among the columns too wide for the screen: each
 * gets at least its widest word (up to WORD_MAX) or COL_MIN, whichever is
 * more, and the rest goes in proportion to what each still lacks of its
 * natural width.  When the words do not fit, COL_MIN alone. */
static void
share(struct table *t, int avail)
{
	char *fixed = xcalloc(t->ncols, 1);
	long base = 0, want = 0, extra, given = 0;

	avail = keep_narrow(t, fixed, avail);
	for (int pass = 0; pass < 2; pass++) {
		base = 0;
		for (size_t c = 0; c < t->ncols; c++) {
			int least = pass == 0 && t->word[c] > COL_MIN ? t->word[c] : COL_MIN;

			if (fixed[c])
				continue;
			t->width[c] = t->natural[c] < least ? t->natural[c] : least;
			base += t->width[c];
		}
		if (base <= avail)
			break;
	}
	for (size_t c = 0; c < t->ncols; c++)
		if (!fixed[c])
			want += t->natural[c] - t->width[c];
	extra = avail - base;
	for (size_t c = 0; c < t->ncols && want > 0; c++) {
		long add = fixed[c] ? 0 : extra * (t->natural[c] - t->width[c]) / want;

		t->width[c] += (int)add;
		given += add;
	}
	/* what rounding left: a column each, the most cut first */
	while (given < extra && want > 0) {
		size_t best = t->ncols;

		for (size_t c = 0; c < t->ncols; c++)
			if (!fixed[c] && (best == t->ncols ||
			    t->natural[c] - t->width[c] > t->natural[best] - t->width[best]))
				best = c;
		t->width[best]++;
		given++;
	}
	free(fixed);
}

/* The columns' widths, or 0 when the table cannot be drawn as columns. */
static int
fit(struct table *t, int width)
{
	long total = 0;
	int avail = width - GAP * (int)(t->ncols - 1);

	if (t->ncols > (size_t)width || avail < COL_MIN * (int)t->ncols)
		return 0;
	for (size_t c = 0; c < t->ncols; c++)
		total += t->natural[c];
	if (total <= avail)
		memcpy(t->width, t->natural, t->ncols * sizeof *t->width);
	else
		share(t, avail);
	return 1;
}

/* Row r as one block: its cells wrapped in their columns, side by side.
 * Spaces go in only before text, so no line ends in padding. */
static void
draw_row(struct table *t, struct ldoc *d, size_t r)
{
	struct layout_spans *spans = xcalloc(t->ncols, sizeof *spans);
	size_t *runs = xcalloc(t->ncols, sizeof *runs), height = 1;

	for (size_t c = 0; c < t->ncols; c++) {
		layout_wrap_spans(cell(t, r, c)->s.s ? cell(t, r, c)->s.s : "", t->width[c],
		    d->ambi_width, &spans[c]);
		if (spans[c].n > height)
			height = spans[c].n;
	}
	ldoc_begin(d, 0, 0, 0);
	for (size_t line = 0; line < height; line++) {
		int x = 0, at = 0;	/* the column drawn to, the column the cell starts at */

		if (line > 0)
			ldoc_addn(d, "\n", 1, LS_TEXT, -1);
		for (size_t c = 0; c < t->ncols; at += t->width[c] + GAP, c++) {
			const struct ltext *x_cell = cell(t, r, c);
			const struct layout_span *s;

			if (line >= spans[c].n || spans[c].v[line].end == spans[c].v[line].start)
				continue;
			s = &spans[c].v[line];
			for (; x < at; x++)
				ldoc_addn(d, " ", 1, LS_TEXT, -1);
			ldoc_add_ltext(d, x_cell, s->start, s->end, &runs[c]);
			x += layout_width(x_cell->s.s + s->start, s->end - s->start, d->ambi_width);
		}
	}
	ldoc_end_verbatim(d);
	for (size_t c = 0; c < t->ncols; c++)
		free(spans[c].v);
	free(spans);
	free(runs);
}

/* The rule under the header row. */
static void
draw_rule(struct table *t, struct ldoc *d)
{
	ldoc_begin(d, 0, 0, 0);
	for (size_t c = 0; c < t->ncols; c++) {
		for (int i = 0; i < t->width[c] + (c + 1 < t->ncols ? GAP : 0); i++)
			ldoc_addn(d, i < t->width[c] ? "-" : " ", 1, LS_META, -1);
	}
	ldoc_end_verbatim(d);
}

/* Too narrow for columns: each row a "header: value" block per cell.
 * The header's words are plain here (its links are drawn nowhere). */
static void
draw_pairs(struct table *t, struct ldoc *d)
{
	const struct block *b = t->b;
	size_t first = b->nrows > 1 ? 1 : 0;

	for (size_t r = first; r < b->nrows; r++) {
		if (r > first)
			ldoc_blank(d);
		for (size_t c = 0; c < b->rows[r].n; c++) {
			const char *head = first && c < b->rows[0].n ? b->rows[0].v[c] : "";
			const struct ltext *x = cell(t, r, c);
			size_t run = 0;

			if (*head == '\0' && x->s.len == 0)
				continue;
			ldoc_begin(d, 0, 2, 0);
			if (*head != '\0') {
				ldoc_add(d, head, LS_LABEL, -1);
				ldoc_add(d, header_sep, LS_LABEL, -1);
			}
			ldoc_add_ltext(d, x, 0, x->s.len, &run);
			ldoc_end(d);
		}
	}
}

void
layout_table(const struct page *p, size_t bi, const struct layout_labels *L, struct ldoc *d)
{
	struct table t = {&p->blocks[bi], 0, NULL, NULL, NULL, NULL, NULL};
	struct ltext rest = {0};
	size_t run = 0;

	t.first = xreallocarray(NULL, t.b->nrows + 1, sizeof *t.first);
	t.first[0] = 0;
	for (size_t r = 0; r < t.b->nrows; r++) {
		if (t.b->rows[r].n > t.ncols)
			t.ncols = t.b->rows[r].n;
		t.first[r + 1] = t.first[r] + t.b->rows[r].n;
	}
	t.cells = xcalloc(t.first[t.b->nrows] + 1, sizeof *t.cells);
	t.width = xcalloc(t.ncols + 1, sizeof *t.width);
	t.natural = xcalloc(t.ncols + 1, sizeof *t.natural);
	t.word = xcalloc(t.ncols + 1, sizeof *t.word);
	fill_cells(&t, d, p, bi, L, &rest);
	measure(&t, d->ambi_width);
	if (t.ncols > 0 && fit(&t, d->width)) {
		for (size_t r = 0; r < t.b->nrows; r++) {
			draw_row(&t, d, r);
			if (r == 0 && t.b->nrows > 1)
				draw_rule(&t, d);
		}
	} else {
		draw_pairs(&t, d);
	}
	if (rest.s.len > 0) {
		ldoc_begin(d, 0, 0, 0);
		ldoc_add_ltext(d, &rest, 0, rest.s.len, &run);
		ldoc_end(d);
	}
	for (size_t i = 0; i < t.first[t.b->nrows]; i++)
		ltext_free(&t.cells[i]);
	free(t.cells);
	free(t.first);
	free(t.width);
	free(t.natural);
	free(t.word);
	ltext_free(&rest);
}
