/*
 * layout_doc: the ldoc itself, built block by block and read line by line;
 * see layout.h.
 *
 * A block is built run by run (ldoc_begin, ldoc_add), then ended: ldoc_end
 * wraps it with layout_wrap_spans() at the doc's width less the block's
 * indent; ldoc_end_verbatim keeps its lines as they are (preformatted text,
 * a table's rows) and only breaks one wider than the screen.  Every width
 * decision goes through layout_width() and text_cp_width().  Reading a
 * doc once built (places, links under a line or a column, a line's
 * text, search) is layout_doc_read.c's.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "text.h"

#define MIN_TEXT_COLS 8		/* a hanging indent goes below this */

void
ldoc_init(struct ldoc *d, int width, int ambi_width)
{
	memset(d, 0, sizeof *d);
	d->width = width < 1 ? 1 : width;
	d->ambi_width = ambi_width == 2 ? 2 : 1;
	d->prev = d->next = -1;
}

void
ldoc_free(struct ldoc *d)
{
	for (size_t i = 0; i < d->nblocks; i++) {
		free(d->blocks[i].text);
		free(d->blocks[i].runs);
	}
	free(d->blocks);
	free(d->lines);
	free(d->links);
	memset(d, 0, sizeof *d);
	d->prev = d->next = -1;
}

void
ldoc_begin(struct ldoc *d, int indent, int hang, int mark)
{
	struct lblock *b;

	if (d->nblocks == d->capblocks) {
		d->capblocks = d->capblocks ? d->capblocks * 2 : 32;
		d->blocks = xreallocarray(d->blocks, d->capblocks, sizeof *d->blocks);
	}
	b = &d->blocks[d->nblocks++];
	memset(b, 0, sizeof *b);
	b->text = xstrdup("");
	b->cap = 1;
	b->indent = indent < 0 ? 0 : indent;
	b->hang = hang < 0 ? 0 : hang;
	b->mark = mark;
	b->link = -1;
}

void
ldoc_addn(struct ldoc *d, const char *text, size_t n, enum lstyle style, int link)
{
	struct lblock *b;

	if (d->nblocks == 0)
		ldoc_begin(d, 0, 0, 0);
	b = &d->blocks[d->nblocks - 1];
	if (n == 0)
		return;
	if (b->len + n + 1 > b->cap) {
		/* doubling: a paragraph of a thousand links is a thousand adds */
		b->cap = b->cap * 2 > b->len + n + 1 ? b->cap * 2 : b->len + n + 1;
		b->text = xrealloc(b->text, b->cap);
	}
	memcpy(b->text + b->len, text, n);
	b->text[b->len + n] = '\0';
	/* plain text needs no run: what no run covers is drawn as LS_TEXT */
	if (style != LS_TEXT || link >= 0) {
		if (b->nruns == b->capruns) {
			b->capruns = b->capruns ? b->capruns * 2 : 4;
			b->runs = xreallocarray(b->runs, b->capruns, sizeof *b->runs);
		}
		b->runs[b->nruns++] = (struct lrun){b->len, n, style, link};
	}
	b->len += n;
	if (link >= 0 && b->link < 0)
		b->link = link;
}

void
ldoc_add(struct ldoc *d, const char *text, enum lstyle style, int link)
{
	ldoc_addn(d, text, strlen(text), style, link);
}

static void
push_line(struct ldoc *d, const struct lline *l)
{
	if (d->nlines == d->caplines) {
		d->caplines = d->caplines ? d->caplines * 2 : 64;
		d->lines = xreallocarray(d->lines, d->caplines, sizeof *d->lines);
	}
	d->lines[d->nlines++] = *l;
}

/* The line [start, end) after indent, kept within the doc's width: a
 * line layout_wrap could not make narrow enough is one wide character on
 * a line narrower than it, which is clipped to a single column. */
static void
add_line(struct ldoc *d, size_t block, const struct layout_span *s, int indent, unsigned flags)
{
	const struct lblock *b = &d->blocks[block];
	struct lline l = {block, s->start, s->end, indent, 0, flags};

	l.cols = indent + layout_width(b->text + s->start, s->end - s->start, d->ambi_width);
	if (l.cols > d->width) {
		l.flags |= LL_CLIPPED;
		l.cols = indent + 1 <= d->width ? indent + 1 : d->width;
	}
	push_line(d, &l);
}

/* Links of the block's runs cover the lines their bytes fall on.  Runs
 * and lines both go forward through the text, so one walk does. */
static void
place_links(struct ldoc *d, size_t block)
{
	const struct lblock *b = &d->blocks[block];
	size_t first = b->first_line, end = b->first_line + b->nlines;

	for (size_t r = 0; r < b->nruns; r++) {
		const struct lrun *run = &b->runs[r];
		struct llink *k;

		while (first < end && d->lines[first].end <= run->start)
			first++;
		if (run->link < 0 || (size_t)run->link >= d->nlinks)
			continue;
		k = &d->links[run->link];
		k->block = block;
		for (size_t i = first; i < end && d->lines[i].start < run->start + run->len; i++) {
			if (d->lines[i].end <= run->start)
				continue;
			if (k->first_line == (size_t)-1 || i < k->first_line)
				k->first_line = i;
			if (k->last_line == (size_t)-1 || i > k->last_line)
				k->last_line = i;
		}
	}
}

/* Wraps text: the first line to w1 columns, the others to w2. */
static void
wrap_hanging(const char *text, size_t len, int w1, int w2, int ambi, struct layout_spans *out)
{
	size_t rest, first;

	layout_wrap_spans(text, w1, ambi, out);
	if (w1 == w2 || out->n < 2)
		return;
	rest = out->v[0].end;
	while (rest < len && text[rest] == ' ')
		rest++;
	out->n = 1;
	first = out->n;
	layout_wrap_spans(text + rest, w2, ambi, out);
	for (size_t i = first; i < out->n; i++) {
		out->v[i].start += rest;
		out->v[i].end += rest;
	}
}

/* A block's indent, or none when it would leave too narrow a column. */
static int
fitted_indent(const struct ldoc *d, const struct lblock *b)
{
	return b->indent > 0 && d->width - b->indent < MIN_TEXT_COLS ? 0 : b->indent;
}

void
ldoc_end(struct ldoc *d)
{
	struct layout_spans spans = {0};
	struct lblock *b;
	size_t block;
	int indent, hang;

	if (d->nblocks == 0)
		return;
	block = d->nblocks - 1;
	b = &d->blocks[block];
	indent = fitted_indent(d, b);
	hang = b->hang;
	if (hang > 0 && d->width - indent - hang < MIN_TEXT_COLS)
		hang = 0;
	wrap_hanging(b->text, b->len, d->width - indent, d->width - indent - hang,
	    d->ambi_width, &spans);
	b->first_line = d->nlines;
	b->nlines = (size_t)b->box + spans.n;
	for (int i = 0; i < b->box; i++)	/* a picture's box: blank lines */
		add_line(d, block, &(struct layout_span){0, 0}, 0, 0);
	for (size_t i = 0; i < spans.n; i++)
		add_line(d, block, &spans.v[i], i == 0 ? indent : indent + hang,
		    i == 0 && b->mark && indent > 0 ? LL_MARK : 0);
	free(spans.v);
	place_links(d, block);
}

/* The end of the line that starts at start of text (ending at end at the
 * latest) and is at most cols wide: at least one character. */
static size_t
cut_columns(const char *text, size_t start, size_t end, int cols, int ambi)
{
	size_t i = start, n;
	int x = 0, w;
	uint32_t cp;

	while (i < end) {
		n = utf8_decode(text + i, end - i, &cp);
		w = text_cp_width(cp, ambi);
		if (w > 0 && x + w > cols && i > start)
			break;
		x += w > 0 ? w : 0;
		i += n;
	}
	return i;
}

void
ldoc_end_verbatim(struct ldoc *d)
{
	struct lblock *b;
	size_t block, at = 0;
	int indent;

	if (d->nblocks == 0)
		return;
	block = d->nblocks - 1;
	b = &d->blocks[block];
	indent = fitted_indent(d, b);
	b->first_line = d->nlines;
	for (;;) {
		const char *nl = memchr(b->text + at, '\n', b->len - at);
		size_t end = nl ? (size_t)(nl - b->text) : b->len;
		struct layout_span s = {at, at};

		do {	/* an empty line is a line too */
			s.end = cut_columns(b->text, s.start, end, d->width - indent, d->ambi_width);
			add_line(d, block, &s, indent, 0);
			s.start = s.end;
		} while (s.start < end);
		if (nl == NULL)
			break;
		at = end + 1;
	}
	b->nlines = d->nlines - b->first_line;
	place_links(d, block);
}

void
ldoc_blank(struct ldoc *d)
{
	ldoc_begin(d, 0, 0, 0);
	ldoc_end(d);
}

int
ldoc_new_link(struct ldoc *d, enum llink_kind kind, size_t index)
{
	if (d->nlinks == d->caplinks) {
		d->caplinks = d->caplinks ? d->caplinks * 2 : 16;
		d->links = xreallocarray(d->links, d->caplinks, sizeof *d->links);
	}
	d->links[d->nlinks] = (struct llink){kind, index, 0, (size_t)-1, (size_t)-1, 0};
	return (int)d->nlinks++;
}
