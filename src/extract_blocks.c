/*
 * extract_blocks: the story as typed blocks, the shape that body[]
 * flattens.  Each segment body[] holds becomes a paragraph, a heading, a
 * quote or preformatted text by the element it stands in; the items of
 * one list become one list block; a data table becomes its rows of cells;
 * the story's pictures stand where they stood.  Each block carries the
 * links inside it, with the documents among them (附件: .doc, .xlsx, .pdf)
 * marked as attachments.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_parts.h"
#include "text.h"

#define CELL_AVG_MAX 100	/* characters: longer cells are a layout's */

/* The nearest element named name above n and below the body container. */
static struct hnode *
within_body(const struct ctx *c, struct hnode *n, const char *name)
{
	for (n = n->parent; n != NULL && n != c->body_node; n = n->parent)
		if (html_is(n, name))
			return n;
	return NULL;
}

/* Calls f on each cell of each row of table t, not of tables inside it. */
static void
each_cell(struct hnode *t, void (*f)(struct hnode *row, struct hnode *cell, void *arg), void *arg)
{
	for (struct hnode *n = t; n != NULL; n = html_next(n, t, n == t || !html_is(n, "table"))) {
		if (!html_is(n, "tr"))
			continue;
		for (struct hnode *k = n->children; k != NULL; k = k->next)
			if (html_is_cell(k))
				f(n, k, arg);
	}
}

struct table_shape {
	struct hnode *row;
	size_t rows, wide_rows, cells, chars, in_row;
	int nested;
};

static void
measure_cell(struct hnode *row, struct hnode *cell, void *arg)
{
	struct table_shape *s = arg;
	char *t = html_text(cell);

	if (row != s->row) {
		s->row = row;
		s->rows++;
		s->in_row = 0;
	}
	if (++s->in_row == 2)
		s->wide_rows++;
	s->cells++;
	s->chars += utf8_chars(t);
	for (struct hnode *m = cell->children; m != NULL && !s->nested; m = html_next(m, cell, 1))
		s->nested = html_is(m, "table");
	free(t);
}

/* A table of data (a schedule, a list of notices), not one that only
 * places the story's blocks: rows of several short cells. */
int
data_table(struct hnode *t)
{
	struct table_shape s = {0};

	each_cell(t, measure_cell, &s);
	return !s.nested && s.wide_rows >= 2 && s.chars <= s.cells * CELL_AVG_MAX;
}

struct filling {
	struct block *b;
	struct hnode *row;		/* the row its last cell came from */
};

static void
add_cell(struct hnode *row, struct hnode *cell, void *arg)
{
	struct filling *f = arg;
	struct block *b = f->b;

	if (b->nrows == 0 || row != f->row) {
		b->rows = xgrow(b->rows, b->nrows, sizeof *b->rows);
		b->rows[b->nrows++] = (struct strlist){0};
		f->row = row;
	}
	strlist_push(&b->rows[b->nrows - 1], html_text(cell));
}

static void
add_link(struct ctx *c, struct block *b, struct hnode *a)
{
	char *title, *url;

	if (anchor_link(c, a, &title, &url) == 0)
		block_add_link(b, title, url, is_attachment(url));
}

/* The links in the subtree of n, in order. */
static void
links_below(struct ctx *c, struct block *b, struct hnode *n)
{
	for (struct hnode *m = n; m != NULL; m = html_next(m, n, visible(c, m)))
		if (is_anchor(m))
			add_link(c, b, m);
}

/* The links of segment i: those around its text nodes, up to the next
 * segment's first. */
void
links_of_segment(struct ctx *c, struct block *b, size_t i)
{
	struct hnode *stop = i + 1 < c->nsegs ? c->segs[i + 1].node : NULL, *last = NULL;

	for (struct hnode *n = c->segs[i].node; n != NULL && n != stop;
	    n = html_next(n, c->root, visible(c, n))) {
		struct hnode *a;

		if (n->type != XML_TEXT_NODE || (a = enclosing_anchor(n)) == NULL || a == last)
			continue;
		add_link(c, b, a);
		last = a;
	}
}

void
add_table(struct ctx *c, struct hnode *t)
{
	struct filling f = {page_add_block(c->page, BLOCK_TABLE), NULL};

	each_cell(t, add_cell, &f);
	links_below(c, f.b, t);
}

static void
add_image(struct ctx *c, size_t k)
{
	struct block *b = page_add_block(c->page, BLOCK_IMG);

	b->src = xstrdup(c->page->images[k].src);
	b->alt = c->page->images[k].alt ? xstrdup(c->page->images[k].alt) : NULL;
}

static enum block_type
text_type(const struct ctx *c, const struct seg *s)
{
	struct hnode *block = seg_block(c, s);

	if (block != NULL && is_heading(block))
		return BLOCK_H;
	if (within_body(c, s->node, "pre") != NULL)
		return BLOCK_PRE;
	if (within_body(c, s->node, "blockquote") != NULL)
		return BLOCK_QUOTE;
	return BLOCK_P;
}

void
extract_blocks(struct ctx *c)
{
	size_t img = 0, list = 0;	/* list: 1 + the open list block's index */
	struct hnode *table = NULL, *weighed = NULL, *list_el = NULL;
	int data = 0;			/* is the table weighed a data table? */

	for (size_t k = 0; k < c->page->body.n; k++) {
		size_t i = c->body_segs[k];
		const struct seg *s = &c->segs[i];
		struct hnode *t, *li;
		struct block *b;

		for (; img < c->page->nimages && c->image_segs[img] <= i; img++, list = 0)
			add_image(c, img);
		if ((t = within_body(c, s->node, "table")) != NULL && t != weighed) {
			weighed = t;	/* each table once: a layout table holds many */
			data = data_table(t);
		}
		if (t != NULL && data) {
			if (t != table)
				add_table(c, t);
			table = t;
			list = 0;
			continue;
		}
		if ((li = within_body(c, s->node, "li")) != NULL) {
			if (list == 0 || li->parent != list_el) {
				page_add_block(c->page, BLOCK_LIST);
				list = c->page->nblocks;
				list_el = li->parent;
			}
			b = &c->page->blocks[list - 1];
			strlist_push(&b->items, xstrdup(s->text));
			links_of_segment(c, b, i);
			continue;
		}
		list = 0;
		b = page_add_block(c->page, text_type(c, s));
		b->text = c->page->body.v[k];
		links_of_segment(c, b, i);
	}
	for (; img < c->page->nimages; img++)
		add_image(c, img);
}
