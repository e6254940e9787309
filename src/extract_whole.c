/*
 * extract_whole: the whole page, for a page whose story extraction gets
 * wrong or cannot find: its visible text in document order, nothing
 * weighed and nothing skipped but what the segment walk hides (scripts,
 * styles, hidden elements).  Each segment is a block: a heading, an item
 * of a list (the items of one list make one list block), a quote,
 * preformatted text or a paragraph; a data table is a table block of its
 * rows, as the story's are; a picture stands where it stood.  Each block
 * carries the links inside it, as the story's blocks do (extract_blocks.c
 * lends its steps).  body[] holds every segment's text.
 *
 * Linear in the page: a segment looks at most WHERE_UP levels up for
 * the list item or table cell it stands in, and a table is weighed once
 * at most, one that holds another table not at all (it is no data table,
 * and its weighing would read the inner one again, as deep as tables nest).
 */
#include "config.h"

#include <stdlib.h>

#include "extract_dom.h"
#include "extract_lazysrc.h"
#include "extract_parts.h"

#define WHERE_UP 10	/* levels above a text that say what holds it */
#define TABLE_UP 64	/* levels above a table looked through for an outer one */

enum { TABLE_NESTS = 1, TABLE_WEIGHED = 2, TABLE_DATA = 4 };

struct whole {
	struct ctx *c;
	unsigned char *tables;	/* by element (el_info's index): TABLE_* */
	size_t img;		/* the next of c->imgs to place */
	size_t list;		/* 1 + the open list block's index, or 0 */
	struct hnode *list_el;	/* the <ul> or <ol> of the open list block */
};

/* What holds a text: the nearest list item or table cell (whichever is
 * nearer), and whether a <pre> or a <blockquote> is around it. */
struct where {
	struct hnode *li, *cell;
	int pre, quote;
};

static struct where
where_of(struct hnode *n)
{
	struct where w = {0};

	for (int k = 0; k < WHERE_UP && (n = n->parent) != NULL; k++) {
		if (w.li == NULL && w.cell == NULL) {
			if (html_is(n, "li"))
				w.li = n;
			else if (html_is_cell(n))
				w.cell = n;
		}
		w.pre |= html_is(n, "pre");
		w.quote |= html_is(n, "blockquote");
	}
	return w;
}

static unsigned char *
table_marks(struct whole *w, struct hnode *t)
{
	struct elinfo *e = el_info(w->c, t);

	return e != NULL ? &w->tables[e - w->c->info] : NULL;
}

/* Marks each table that holds another (within TABLE_UP levels). */
static void
mark_nesting(struct whole *w)
{
	struct ctx *c = w->c;

	for (struct hnode *n = c->root; n != NULL; n = html_next(n, c->root, visible(c, n))) {
		struct hnode *outer;
		unsigned char *m;

		if (html_is(n, "table") && n->parent != NULL &&
		    (outer = html_ancestor(n->parent, "table", TABLE_UP)) != NULL &&
		    (m = table_marks(w, outer)) != NULL)
			*m |= TABLE_NESTS;
	}
}

/* The data table that cell stands in, or NULL. */
static struct hnode *
data_table_of(struct whole *w, struct hnode *cell)
{
	struct hnode *t = html_ancestor(cell, "table", 3);	/* td, tr, tbody, table */
	unsigned char *m = t != NULL ? table_marks(w, t) : NULL;

	if (m == NULL)
		return NULL;
	if (!(*m & TABLE_WEIGHED)) {
		*m |= TABLE_WEIGHED;
		if (!(*m & TABLE_NESTS) && data_table(t))
			*m |= TABLE_DATA;
	}
	return *m & TABLE_DATA ? t : NULL;
}

/* The pictures that stand before segment i (all that are left when i is
 * nsegs), each a block; a picture ends the open list. */
static void
add_images(struct whole *w, size_t i)
{
	struct ctx *c = w->c;

	for (; w->img < c->nimgs && c->imgs[w->img].seg <= i; w->img++) {
		struct hnode *img = c->imgs[w->img].node;
		struct block *b;
		char *url;

		if (!image_is_content(img) || (url = image_url(c, img)) == NULL)
			continue;
		b = page_add_block(c->page, BLOCK_IMG);
		b->src = url;
		b->alt = html_attr(img, "alt");
		page_add_image(c->page, xstrdup(url), b->alt ? xstrdup(b->alt) : NULL);
		w->list = 0;
	}
}

/* Segment i as an item of the list its <li> belongs to. */
static void
add_item(struct whole *w, struct hnode *li, size_t i)
{
	struct ctx *c = w->c;
	struct block *b;

	if (w->list == 0 || li->parent != w->list_el) {
		page_add_block(c->page, BLOCK_LIST);
		w->list = c->page->nblocks;
		w->list_el = li->parent;
	}
	b = &c->page->blocks[w->list - 1];
	strlist_push(&b->items, xstrdup(c->segs[i].text));
	links_of_segment(c, b, i);
}

static enum block_type
text_type(const struct ctx *c, const struct seg *s, const struct where *w)
{
	struct hnode *block = seg_block(c, s);

	if (block != NULL && is_heading(block))
		return BLOCK_H;
	if (w->pre)
		return BLOCK_PRE;
	if (w->quote)
		return BLOCK_QUOTE;
	return BLOCK_P;
}

/* Segment i as its block and its paragraph of body; returns the segment
 * after those it took (a
 * data table takes all of its own). */
static size_t
add_segment(struct whole *w, size_t i)
{
	struct ctx *c = w->c;
	const struct seg *s = &c->segs[i];
	struct where at = where_of(s->node);
	enum block_type type = text_type(c, s, &at);
	struct hnode *t;
	struct block *b;

	if (at.cell != NULL && (t = data_table_of(w, at.cell)) != NULL) {
		size_t end = el_info(c, t)->end;

		add_table(c, t);
		w->list = 0;
		for (; w->img < c->nimgs && c->imgs[w->img].seg < end; w->img++)
			;	/* a picture in a cell is no part of the rows */
		end = end > i ? end : i + 1;
		for (; i < end; i++)	/* each cell a paragraph of body too */
			strlist_push(&c->page->body, xstrdup(c->segs[i].text));
		return end;
	}
	if (at.li != NULL && type != BLOCK_H) {
		add_item(w, at.li, i);
		strlist_push(&c->page->body, xstrdup(s->text));
		return i + 1;
	}
	w->list = 0;
	b = page_add_text(c->page, type, xstrdup(s->text));
	links_of_segment(c, b, i);
	return i + 1;
}

/* The page's <title>, else the title its <meta> declares, else "". */
static char *
page_title(struct ctx *c)
{
	char *t;

	for (struct hnode *h = c->root->children; h != NULL; h = h->next) {
		if (!html_is(h, "head"))
			continue;
		for (struct hnode *n = h->children; n != NULL; n = n->next) {
			if (!html_is(n, "title"))
				continue;
			if (*(t = html_text(n)) != '\0')
				return t;
			free(t);
		}
	}
	t = declared_title(c);
	return t != NULL ? t : xstrdup("");
}

void
extract_whole(struct ctx *c)
{
	struct whole w = {c, xcalloc(c->ninfo + 1, 1), 0, 0, NULL};

	mark_nesting(&w);
	for (size_t i = 0; i < c->nsegs; ) {
		add_images(&w, i);
		i = add_segment(&w, i);
	}
	add_images(&w, c->nsegs);
	free(w.tables);
	free(c->page->title);
	c->page->title = page_title(c);
	c->page->kind = PAGE_ARTICLE;
	strlist_push(&c->page->pages, xstrdup(c->url));
}
