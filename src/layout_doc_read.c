/*
 * layout_doc_read: a doc once built, read (see layout.h): which line holds
 * a place of a block, which link is on a line or under a column, a line's
 * text as the reader draws it, and where a text occurs.  Nothing here
 * changes the doc.  Columns are counted as layout_doc.c counted them when
 * it made the lines, with text_cp_width() at the doc's ambi_width.
 */
#include "config.h"

#include <string.h>

#include "layout.h"
#include "text.h"

size_t
ldoc_line_of(const struct ldoc *d, size_t block, size_t off)
{
	const struct lblock *b;
	size_t line;

	if (d->nlines == 0)
		return 0;
	if (block >= d->nblocks)
		return d->nlines - 1;
	b = &d->blocks[block];
	line = b->first_line;
	for (size_t i = 1; i < b->nlines; i++)
		if (d->lines[b->first_line + i].start <= off)
			line = b->first_line + i;
	return line;
}

int
ldoc_line_link(const struct ldoc *d, size_t line)
{
	const struct lline *l;
	const struct lblock *b;

	if (line >= d->nlines)
		return -1;
	l = &d->lines[line];
	b = &d->blocks[l->block];
	for (size_t r = 0; r < b->nruns; r++) {
		const struct lrun *run = &b->runs[r];

		if (run->link >= 0 && l->end > run->start && l->start < run->start + run->len)
			return run->link;
	}
	return -1;
}

/* The byte of line l under column col, or (size_t)-1: a column of the
 * indent, past the text, or of a clipped line. */
static size_t
byte_at(const struct ldoc *d, const struct lline *l, int col)
{
	const char *text = d->blocks[l->block].text;
	int x = l->indent, w;
	size_t i = l->start, n;
	uint32_t cp;

	if (col < x || (l->flags & LL_CLIPPED))
		return (size_t)-1;
	while (i < l->end) {
		n = utf8_decode(text + i, l->end - i, &cp);
		w = text_cp_width(cp, d->ambi_width);
		if (w > 0 && col < x + w)
			return i;
		x += w > 0 ? w : 0;
		i += n;
	}
	return (size_t)-1;
}

int
ldoc_link_at(const struct ldoc *d, size_t line, int col)
{
	const struct lblock *b;
	size_t i;

	if (line >= d->nlines)
		return -1;
	b = &d->blocks[d->lines[line].block];
	if (b->whole)
		return b->link;
	if ((i = byte_at(d, &d->lines[line], col)) == (size_t)-1)
		return -1;
	for (size_t r = 0; r < b->nruns; r++)
		if (b->runs[r].link >= 0 && i >= b->runs[r].start &&
		    i < b->runs[r].start + b->runs[r].len)
			return b->runs[r].link;
	return -1;
}

/* The same walk as the reader's draw_line: indent, then each character
 * that has a width, up to the doc's width. */
void
ldoc_line_text(const struct ldoc *d, size_t li, struct buf *out)
{
	const struct lline *l = &d->lines[li];
	const char *text = d->blocks[l->block].text;
	uint32_t cp;
	int x = 0, w;
	size_t i, run, n;

	out->len = 0;
	buf_add(out, "", 0);
	if (l->start == l->end && !(l->flags & LL_CLIPPED))
		return;		/* a blank line has no indent to show */
	for (; x < l->indent && x < d->width; x++)
		buf_addc(out, ' ');
	if (l->flags & LL_CLIPPED) {
		if (x < d->width)
			buf_addc(out, '>');
		return;
	}
	/* the characters kept are copied in runs, cut where one has no width */
	i = run = l->start;
	while (i < l->end) {
		if ((unsigned char)text[i] >= 0x20 && (unsigned char)text[i] < 0x7F) {
			n = 1;	/* printable ASCII */
			w = 1;
		} else {
			n = utf8_decode(text + i, l->end - i, &cp);
			w = text_cp_width(cp, d->ambi_width);
		}
		if (w > 0 && x + w > d->width)
			break;
		if (w < 0) {
			buf_add(out, text + run, i - run);
			run = i + n;
		}
		x += w > 0 ? w : 0;
		i += n;
	}
	buf_add(out, text + run, i - run);
}

static int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
matches_at(const char *s, const char *needle, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ascii_lower((unsigned char)s[i]) != ascii_lower((unsigned char)needle[i]))
			return 0;
	return 1;
}

size_t
ldoc_find(const struct ldoc *d, const char *needle, struct lmatch **out)
{
	size_t n = strlen(needle), count = 0, cap = 0;

	*out = NULL;
	if (n == 0)
		return 0;
	for (size_t b = 0; b < d->nblocks; b++) {
		const struct lblock *bl = &d->blocks[b];

		for (size_t i = 0; i + n <= bl->len; ) {
			if (!matches_at(bl->text + i, needle, n)) {
				i++;
				continue;
			}
			if (count == cap) {
				cap = cap ? cap * 2 : 16;
				*out = xreallocarray(*out, cap, sizeof **out);
			}
			(*out)[count++] = (struct lmatch){b, i, n};
			i += n;
		}
	}
	return count;
}

