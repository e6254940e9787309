/*
 * layout: UTF-8 text to terminal columns.  Pure: no I/O, no curses.
 *
 * Widths come from one function, layout_width(); breaking follows UAX #14
 * (libunibreak) with the Chinese 避头尾 rules on top: no line starts with
 * closing punctuation such as ，。、；：？！）」』》, none ends with opening
 * punctuation such as （「『《.  Latin words are not split unless a single
 * word is wider than the line.
 *
 * layout_page() lays a whole struct page out for a width: a struct ldoc of
 * blocks (a paragraph, a headline, a table's row: text and styled runs)
 * and the screen lines they wrap to.  The caller reruns it on every resize.  Lines point
 * into blocks, and links are indices into ldoc.links, never pointers, so
 * a place in a page (block, byte offset) and a link survive a relayout.
 * The ldoc owns everything in it and copies what it takes from the page.
 */
#ifndef KANBAO_LAYOUT_H
#define KANBAO_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Columns that s takes; characters that must not be shown count 0. */
int layout_width(const char *s, size_t len, int ambi_width);

/* Appends to out the lines (new strings) of text wrapped to width columns
 * (width >= 1).  A character wider than the line gets a line of its own. */
void layout_wrap(const char *text, int width, int ambi_width, struct strlist *out);

/* The same lines as byte ranges [start, end) of text, appended to out
 * (the caller frees out->v).  Leading spaces of a line and trailing
 * spaces are left out of the ranges. */
struct layout_span {
	size_t start, end;
};
struct layout_spans {
	struct layout_span *v;
	size_t n, cap;
};
void layout_wrap_spans(const char *text, int width, int ambi_width, struct layout_spans *out);

/* The width of text's widest word: of the widest run between two places
 * where layout_wrap may break a line (a CJK character is a word). */
int layout_word_width(const char *text, int ambi_width);

/* 避头尾: characters that may not begin / end a line. */
int layout_no_line_start(uint32_t cp);
int layout_no_line_end(uint32_t cp);

/* ---- a page laid out for the screen ---- */

struct page;

enum lstyle {
	LS_TEXT, LS_TITLE, LS_META, LS_IMAGE, LS_LABEL, LS_LINK, LS_DATE,
	LS_NSTYLES
};

/* Bytes [start, start + len) of a block's text in one style; link is an
 * index into ldoc.links, or -1.  A block's runs go forward through its
 * text without overlapping; bytes no run covers are LS_TEXT. */
struct lrun {
	size_t start, len;
	enum lstyle style;
	int link;
};

/* A paragraph, a headline, a blank: its text and runs, and its lines
 * [first_line, first_line + nlines).  Every line of a block is indented
 * by indent columns, lines after the first by hang more; with mark, the
 * first line's indent is where the reader may draw a read mark for the
 * block's link.  Indents are dropped where they would leave the text
 * too narrow. */
struct lblock {
	char *text;
	size_t len, cap;
	struct lrun *runs;
	size_t nruns, capruns;
	size_t first_line, nlines;
	int indent, hang, mark, link;
	int whole;			/* the block is its link: a press anywhere follows it */
	/* a picture's box: the block's first box lines are blank, kept for
	 * page->blocks[picture]'s picture, which the reader draws there */
	int box;
	size_t picture;
};

/* One screen line: indent blank columns, then bytes [start, end) of its
 * block's text; cols is the width of it all (never more than the doc's
 * width).  LL_CLIPPED: one character wider than the whole line (a wide
 * character on a 1-column screen): draw a single '>' instead. */
enum { LL_MARK = 1, LL_CLIPPED = 2 };
struct lline {
	size_t block, start, end;
	int indent, cols;
	unsigned flags;
};

/* A link: what it is in the page (page->prev, page->next, the index-th
 * related item or headline; a link inside the story's text, which is
 * page->blocks[index].links[sub]; a picture in the story, which is
 * page->blocks[index], a BLOCK_IMG) and the lines it covers. */
enum llink_kind { LK_PREV, LK_NEXT, LK_RELATED, LK_HEADLINE, LK_INLINE, LK_IMAGE };
struct llink {
	enum llink_kind kind;
	size_t index;
	size_t block, first_line, last_line;
	size_t sub;
};

struct ldoc {
	int width, ambi_width;
	struct lblock *blocks;
	size_t nblocks, capblocks;
	struct lline *lines;
	size_t nlines, caplines;
	struct llink *links;
	size_t nlinks, caplinks;
	int prev, next;		/* links of 上一篇 / 下一篇, or -1 */
};

/* Words the layout shows of its own (the UI passes translations); NULL
 * members and a NULL labels take the English defaults.  image holds one
 * "%s" for the alt text, attachment one for the document's extension
 * (".docx"), the mark after a link to a document. */
struct layout_labels {
	const char *image, *image_noalt, *prev, *next, *none, *related, *tags;
	const char *attachment;
};

struct layout_opts {
	int width;		/* columns, >= 1 (less is taken as 1) */
	int ambi_width;		/* 1 or 2: East Asian ambiguous characters */
	const struct layout_labels *labels;
	int snippets;		/* a list shows each headline's snippet under it */
	/* Rows to keep above the caption of the picture page->blocks[block]
	 * (0: none, the caption alone); picture_box NULL: none for any. */
	int (*picture_box)(void *arg, size_t block);
	void *picture_arg;
};

/* Lays p out into d (which it initialises; free with ldoc_free).  An
 * article: title, meta line (source · time · author / editor), the story,
 * tags, 上一篇 / 下一篇, the related list.  The story is p's blocks when
 * it has them (layout_int.h: headings, quotes, lists, tables, pictures
 * in place, each link inside the text a link of the doc where it
 * stands), else body[] as paragraphs and the images after.  A list page:
 * title and headlines (date, title), each headline a link with a
 * read-mark place.  The doc's links come in reading order. */
void layout_page(const struct page *p, const struct layout_opts *o, struct ldoc *d);
void ldoc_free(struct ldoc *d);

/* Building a doc by hand (the help screen does): init, then for each block
 * begin, add runs, end (which wraps it) or end_verbatim (which keeps its
 * '\n'-separated lines and their spaces, breaking only a line wider than
 * the screen, by characters). */
void ldoc_init(struct ldoc *d, int width, int ambi_width);
void ldoc_begin(struct ldoc *d, int indent, int hang, int mark);
void ldoc_add(struct ldoc *d, const char *text, enum lstyle style, int link);
void ldoc_addn(struct ldoc *d, const char *text, size_t n, enum lstyle style, int link);
void ldoc_end(struct ldoc *d);
void ldoc_end_verbatim(struct ldoc *d);
void ldoc_blank(struct ldoc *d);
int ldoc_new_link(struct ldoc *d, enum llink_kind kind, size_t index);

/* The line that shows byte off of block (a place kept across relayouts);
 * 0 for an empty doc. */
size_t ldoc_line_of(const struct ldoc *d, size_t block, size_t off);

/* The first link on line, or -1. */
int ldoc_line_link(const struct ldoc *d, size_t line);

/* The link a press at column col of line means, or -1: the link drawn
 * there, or anywhere on a block that is one link (a headline, 上一篇). */
int ldoc_link_at(const struct ldoc *d, size_t line, int col);

/* Line li as text, as the screen shows it less colours and read marks:
 * its indent as spaces, then its characters but those that must not be
 * shown, or ">" for a clipped line; a blank line is "".  Into out (reset
 * first).  The text dump prints these, so it says what the screen does. */
void ldoc_line_text(const struct ldoc *d, size_t li, struct buf *out);

/* The URL of link k of a doc that layout_page made of p, or NULL. */
const char *ldoc_link_url(const struct ldoc *d, const struct page *p, int k);

/* The link of p's story that link k is (an LK_INLINE: its text, URL and
 * whether it is an attachment), or NULL. */
struct block_link;
const struct block_link *ldoc_block_link(const struct ldoc *d, const struct page *p, int k);

/* Case-insensitive (ASCII) search of every block for needle; *out gets
 * the matches in reading order (free it); returns their count. */
struct lmatch {
	size_t block, start, len;
};
size_t ldoc_find(const struct ldoc *d, const char *needle, struct lmatch **out);

#endif
