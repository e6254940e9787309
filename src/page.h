/*
 * page: the page model that extraction fills and every view reads.
 *
 * A struct page owns every string it points to; page_free() releases it all.
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
};

struct page *page_new(const char *url);
void page_free(struct page *p);

/* Takes ownership of the strings passed (any may be NULL but title/url). */
struct link *link_new(char *title, char *url, char *snippet, char *date);
void link_free(struct link *l);
void linklist_push(struct linklist *l, char *title, char *url, char *snippet, char *date);
void linklist_free(struct linklist *l);
void page_add_image(struct page *p, char *src, char *alt);

/* The dump contract of design.md: one JSON object and a newline. */
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
