/*
 * layout_blocks: the story from page->blocks, each block in its shape;
 * see layout_int.h.
 *
 *   paragraph  wrapped text
 *   heading    a line in the title style
 *   quote      wrapped text indented QUOTE_INDENT columns, every line
 *   list       an item a block: "• " then the text hanging under itself
 *   pre        its lines as they are, indented, broken only where wider
 *              than the screen
 *   table      layout_table.c
 *   picture    "[Image: alt]", a link (LK_IMAGE) to the picture, under
 *              the blank rows the reader asks to keep for drawing it
 *              (layout_opts.picture_box): they are there before the
 *              picture arrives, so its arrival moves no line
 *
 * A blank line follows each block, as it follows each paragraph of body[];
 * the items of one list stand together.  Links inside the text are drawn
 * where they stand (layout_inline.c).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "layout_int.h"

#define QUOTE_INDENT 4		/* two CJK characters: more than 首行缩进 */
#define LIST_INDENT 2
#define PRE_INDENT 2
static const char list_mark[] = "• ";

/* Text of block bi with its links in place, into d's open block. */
static void
add_linked(struct ldoc *d, const struct page *p, size_t bi, const struct layout_labels *L,
    const char *text, enum lstyle style)
{
	struct inline_links in;
	struct ltext t = {0};
	size_t run = 0;

	inline_links_init(&in, p, bi, &text, 1, L);
	ltext_piece(&t, d, &in, 0, text, style);
	ltext_leftovers(&t, d, &in);
	ldoc_add_ltext(d, &t, 0, t.s.len, &run);
	ltext_free(&t);
	inline_links_free(&in);
}

/* Block bi, a text with its links, as one block of d. */
static void
text_block(struct ldoc *d, const struct page *p, size_t bi, const struct layout_labels *L,
    enum lstyle style, int indent, int verbatim)
{
	const char *text = p->blocks[bi].text ? p->blocks[bi].text : "";

	ldoc_begin(d, indent, 0, 0);
	if (p->blocks[bi].nlinks == 0)
		ldoc_add(d, text, style, -1);	/* most paragraphs: no links to find */
	else
		add_linked(d, p, bi, L, text, style);
	if (verbatim)
		ldoc_end_verbatim(d);
	else
		ldoc_end(d);
}

/* A list: each item behind its mark, wrapped lines under its text; links
 * not found in any item go after the last. */
static void
list_block(struct ldoc *d, const struct page *p, size_t bi, const struct layout_labels *L)
{
	const struct block *b = &p->blocks[bi];
	int hang = layout_width(list_mark, strlen(list_mark), d->ambi_width);
	struct inline_links in;

	inline_links_init(&in, p, bi, (const char *const *)b->items.v, b->items.n, L);
	for (size_t i = 0; i < b->items.n || i == 0; i++) {
		struct ltext t = {0};
		size_t run = 0;

		if (i < b->items.n)
			ltext_piece(&t, d, &in, i, b->items.v[i], LS_TEXT);
		if (i + 1 >= b->items.n)
			ltext_leftovers(&t, d, &in);
		if (t.s.len > 0) {
			ldoc_begin(d, LIST_INDENT, hang, 0);
			ldoc_add(d, list_mark, LS_META, -1);
			ldoc_add_ltext(d, &t, 0, t.s.len, &run);
			ldoc_end(d);
		}
		ltext_free(&t);
	}
	inline_links_free(&in);
}

/* A picture in its place: its box when the reader keeps one, then a
 * link to it, in the image style. */
static void
image_block(struct ldoc *d, const struct page *p, size_t bi, const struct layout_labels *L,
    const struct layout_opts *o)
{
	const struct block *b = &p->blocks[bi];
	char *s = b->alt && *b->alt ? layout_subst(L->image, b->alt) : xstrdup(L->image_noalt);
	int k = b->src && *b->src ? ldoc_new_link(d, LK_IMAGE, bi) : -1;
	int box = k >= 0 && o->picture_box != NULL ? o->picture_box(o->picture_arg, bi) : 0;

	ldoc_begin(d, 0, 0, 0);
	d->blocks[d->nblocks - 1].box = box > 0 ? box : 0;
	d->blocks[d->nblocks - 1].picture = bi;
	ldoc_add(d, s, LS_IMAGE, k);
	ldoc_end(d);
	free(s);
}

void
layout_blocks(const struct page *p, const struct layout_labels *L,
    const struct layout_opts *o, struct ldoc *d)
{
	for (size_t i = 0; i < p->nblocks; i++) {
		switch (p->blocks[i].type) {
		case BLOCK_P:
			text_block(d, p, i, L, LS_TEXT, 0, 0);
			break;
		case BLOCK_H:
			text_block(d, p, i, L, LS_TITLE, 0, 0);
			break;
		case BLOCK_QUOTE:
			text_block(d, p, i, L, LS_TEXT, QUOTE_INDENT, 0);
			break;
		case BLOCK_PRE:
			text_block(d, p, i, L, LS_TEXT, PRE_INDENT, 1);
			break;
		case BLOCK_LIST:
			list_block(d, p, i, L);
			break;
		case BLOCK_TABLE:
			layout_table(p, i, L, d);
			break;
		case BLOCK_IMG:
			image_block(d, p, i, L, o);
			break;
		}
		ldoc_blank(d);
	}
}
