/*
 * page: the page model that extraction fills and every view reads.
 *
 * A struct page owns every string it points to; page_free() releases it all.
 * A text block's text is its paragraph of body, which owns it: a page of
 * 16 MiB of short paragraphs keeps each paragraph once, not twice.
 * Strings are cleaned UTF-8 (text_clean): no control characters, single
 * spaces.  URLs are absolute.  NULL means "the page has none".
 */
#ifndef KANBAO_PAGE_H
#define KANBAO_PAGE_H

#include <stdio.h>

#include "util.h"

enum page_kind { PAGE_ARTICLE, PAGE_LIST };

struct link {
	char *title, *url;
	char *snippet, *date;	/* related and headlines; NULL when absent */
};

struct linklist {
	struct link *v;
	size_t n, cap;
};

struct image {
	char *src, *alt;
};

/* The story as typed blocks, in order (the dump's "blocks"): the shape
 * that body[] flattens.  A link inside a block keeps its place there. */
enum block_type { BLOCK_P, BLOCK_H, BLOCK_QUOTE, BLOCK_LIST, BLOCK_TABLE, BLOCK_IMG, BLOCK_PRE };

struct block_link {
	char *text, *url;
	int attachment;		/* a document to download: .doc, .xlsx, .pdf ... */
};

/* What a block holds depends on its type, so the types share one place:
 * a block is 40 bytes, and a page of 16 MiB of short paragraphs has half
 * a million of them.  Read only the member of the block's type. */
struct block {
	enum block_type type;
	unsigned nlinks;
	union {
		char *text;			/* p, h, quote, pre: body's */
		struct strlist items;		/* list */
		struct {			/* table: rows of cells, */
			struct strlist *rows;	/* header row first */
			size_t nrows;
		};
		struct {			/* img; alt may be NULL */
			char *src, *alt;
		};
	};
	struct block_link *links;
};

/* Is t a block of one text (p, h, quote, pre)? */
static inline int
block_is_text(enum block_type t)
{
	return t == BLOCK_P || t == BLOCK_H || t == BLOCK_QUOTE || t == BLOCK_PRE;
}

struct page {
	char *url;
	enum page_kind kind;
	char *title, *source, *author, *editor;
	char *published;	/* "YYYY-MM-DD[THH:MM[:SS]]" */
	struct strlist body;
	struct image *images;
	size_t nimages, capimages;
	struct strlist tags;
	struct link *prev, *next;
	struct linklist related, headlines;
	struct block *blocks;
	size_t nblocks;
	struct strlist pages;	/* an article's pages joined into body */
	char *next_page;	/* a list page's next page (下一页), or NULL */
	/* Not in the dump: what the story's own pager offers, for
	 * story_pages.c to fetch and join (page_join.c).  further: the
	 * story's pages after this one, in page order (content_1234_2.html,
	 * ?page=3); whole: its link to the whole story on one page (全文,
	 * 单页阅读), preferred to them, or NULL.  Once joined, `pages` lists
	 * the pages whose bodies body holds. */
	struct strlist further;
	char *whole;
	/* the feed a web page offers (<link rel="alternate"
	 * type="application/rss+xml">), or NULL; not in the dump */
	char *feed;
	int from_feed;	/* the items of an RSS or Atom feed, not a web page */
	const char *converted;	/* "t2s" or "s2t" when convert_page set the
				 * text in the other script (a static string) */
};

struct page *page_new(const char *url);
void page_free(struct page *p);
/* A deep copy of p (page_copy.c): the reader converts a copy, so the
 * page it keeps stays as fetched. */
struct page *page_dup(const struct page *p);

/* Takes ownership of the strings passed (any may be NULL but title/url). */
struct link *link_new(char *title, char *url, char *snippet, char *date);
void link_free(struct link *l);
void linklist_push(struct linklist *l, char *title, char *url, char *snippet, char *date);
void linklist_free(struct linklist *l);
/* Frees l's link i and closes the gap, the order kept. */
void linklist_drop(struct linklist *l, size_t i);
/* Moves from's links whose URL to does not hold yet onto the end of to,
 * and frees the rest of from. */
void linklist_take_new(struct linklist *to, struct linklist *from);
/* Sorts l newest first by date (dates as the contract prints them sort
 * as strings); undated links go last, and links of one date keep their
 * order. */
void linklist_sort_newest(struct linklist *l);
void page_add_image(struct page *p, char *src, char *alt);
/* A new block of type t at the end of p's blocks, zeroed but for its type. */
struct block *page_add_block(struct page *p, enum block_type t);
/* Appends text (taken) to p's body and a block of type t showing it. */
struct block *page_add_text(struct page *p, enum block_type t, char *text);
/* The paragraph of p's body that a text block's text is: looked for from
 * *from on, as text blocks come in the body's order, and *from moved past
 * it.  p->body.n when text is none of them. */
size_t page_paragraph_of(const struct page *p, const char *text, size_t *from);
/* Frees p's blocks: a site rule's body replaces what they were made of. */
void page_drop_blocks(struct page *p);
/* Takes text and url. */
void block_add_link(struct block *b, char *text, char *url, int attachment);

/* The dump contract of design.md: one JSON object and a newline; with
 * "converted" last when p->converted is set. */
void page_write_json(const struct page *p, FILE *f);

/* The words layout_page shows of its own, translated (gettext): the
 * reader's screen and the text dump take them from here alike. */
struct layout_labels;
void page_labels(struct layout_labels *out);

/* The text dump: the lines the reader's screen shows for p at width
 * columns (layout_page, ldoc_line_text), then, when p has links, a
 * "References" list of their URLs numbered in the order the links come
 * in the lines above, as w3m -dump and lynx -dump end a page. */
void page_write_text(const struct page *p, int width, int ambi_width, FILE *f);

#endif
