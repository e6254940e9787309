/*
 * layout_int: what the layout modules share among themselves; layout.h is
 * what they promise everyone else.  All pure: no I/O, no curses.
 *
 *   layout.c          widths and line breaking
 *   layout_doc.c      the ldoc: blocks built run by run, ended into lines
 *   layout_doc_read.c the ldoc read: a place's line, the link on a line
 *                     or under a column, a line's text, search
 *   layout_page.c     a page: title, meta line, the story, tags,
 *                     上一篇 / 下一篇, related; a list page's headlines;
 *                     what a link of the doc points to
 *   layout_blocks.c   the story from page->blocks: paragraphs, headings,
 *                     quotes, lists, preformatted text, pictures in place
 *   layout_inline.c   a block's links found in its text and drawn there;
 *                     a label's "%s" filled in
 *   layout_table.c    a data table: aligned columns, wrapped cells, or
 *                     "header: value" lines when even that does not fit
 *
 * A doc's links are made (ldoc_new_link) in the order they are drawn, so
 * Tab and the text dump's references go in reading order.
 */
#ifndef KANBAO_LAYOUT_INT_H
#define KANBAO_LAYOUT_INT_H

#include "layout.h"
#include "page.h"

/* layout_inline.c: fmt with its "%s" replaced by arg, a new string (no
 * printf: fmt is a translation, and a label may be any of them). */
char *layout_subst(const char *fmt, const char *arg);

/* layout_blocks.c: p's blocks into d, each followed by a blank line. */
void layout_blocks(const struct page *p, const struct layout_labels *L,
    const struct layout_opts *o, struct ldoc *d);

/* layout_table.c: table page->blocks[bi] into d (no blank line after). */
void layout_table(const struct page *p, size_t bi, const struct layout_labels *L, struct ldoc *d);

/* ---- layout_inline.c ---- */

/* A text and its styled runs, in order and covering all of it, before it
 * goes into a block: a table's cell is wrapped within its column first.
 * The runs' link members are links of the doc being built. */
struct ltext {
	struct buf s;
	struct lrun *runs;
	size_t nruns, cap;
};
void ltext_free(struct ltext *t);

/* Bytes [start, end) of t into d's open block as ldoc_add would, the
 * runs cut to them.  *run is where to start looking among t's runs (0 at
 * first): successive calls with ranges in order walk t once. */
void ldoc_add_ltext(struct ldoc *d, const struct ltext *t, size_t start, size_t end, size_t *run);

/* The links of one block and where each stands in the block's texts (its
 * pieces: a paragraph's text, a list's items, a table's cells in reading
 * order).  A link stands at the first place its text occurs after the
 * link before it; one whose text is not there is left over. */
struct inline_links {
	const struct block *b;
	size_t bi;			/* b is page->blocks[bi] */
	const struct layout_labels *L;
	struct link_spot {
		size_t piece, off;	/* piece (size_t)-1: left over */
	} *spots;
	size_t next;			/* the next link to draw */
};
void inline_links_init(struct inline_links *in, const struct page *p, size_t bi,
    const char *const *pieces, size_t npieces, const struct layout_labels *L);
void inline_links_free(struct inline_links *in);

/* Appends to t piece number piece, text, in style, with the links that
 * stand in it drawn in place: each a new link of d in LS_LINK, an
 * attachment marked after it (L->attachment). */
void ltext_piece(struct ltext *t, struct ldoc *d, struct inline_links *in,
    size_t piece, const char *text, enum lstyle style);
/* Appends to t the links of the block left over, after a space. */
void ltext_leftovers(struct ltext *t, struct ldoc *d, struct inline_links *in);

#endif
