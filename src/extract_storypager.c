/*
 * extract_storypager: a story's own pager (第1页 2 3 下一页, ?page=2, a
 * 全文 / 单页阅读 link), for story_pages.c to read the story whole.  Fills
 * page->further with the story's pages after this one, in page order, and
 * page->whole with the link to the whole story on one page (see page.h);
 * which links are the story's pages is extract_pagelink.c's to say.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_pagelink.h"
#include "extract_parts.h"

#define PAGER_LINKS 64	/* the links of a pager kept at most */
/* links that read as a pager's (2, 下一页) looked at at most: a calendar
 * of 31 days comes before a pager, not a page of 100,000 numbers */
#define PAGER_TRIES 256

struct numbered {
	int n;
	char *url;
};

static int
by_number(const void *a, const void *b)
{
	const struct numbered *x = a, *y = b;

	return (x->n > y->n) - (x->n < y->n);
}

static int
listed(const struct numbered *v, size_t n, const char *url)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].url, url) == 0)
			return 1;
	return 0;
}

/* bytes of a pager link's text as the page has it, its indentation too:
 * a longer one is no 下一页, and a hostile page's links may each hold the
 * rest of the page */
#define PAGER_TEXT_MAX 1024

/* Could anchor a be a link of the pager, by its words alone (2, 第2页,
 * 下一页, 全文, rel=next)?  Most links are not, and their URLs are then
 * never made. */
static int
may_be_pager(struct hnode *a)
{
	char *t;
	int yes, cut;

	if (html_attr_has(a, "rel", "next") || html_attr_has(a, "rel", "prev"))
		return 1;
	t = html_text_upto(a, PAGER_TEXT_MAX, &cut);
	yes = !cut && pager_text(t) != PAGELINK_NONE;
	free(t);
	return yes;
}

/* The pages after this one, by their numbers: on page 2, the link back
 * to page 1 says that this page is page 2, so only 3 and on follow. */
static void
keep_further(struct ctx *c, struct numbered *v, size_t n)
{
	int self = 1;

	for (size_t i = 0; i < n; i++)
		if (v[i].n == 1)
			self = url_own_page(c->url);
	qsort(v, n, sizeof *v, by_number);
	for (size_t i = 0; i < n; i++) {
		if (v[i].n > self)
			strlist_push(&c->page->further, v[i].url);
		else
			free(v[i].url);
	}
}

void
extract_story_pages(struct ctx *c)
{
	struct numbered v[PAGER_LINKS];
	size_t n = 0, tries = 0;

	for (struct hnode *a = c->root; a != NULL && n < PAGER_LINKS && tries < PAGER_TRIES;
	    a = html_next(a, c->root, visible(c, a))) {
		char *url;
		int number = 0;

		if (!is_anchor(a) || !may_be_pager(a) || (tries++, url = anchor_url(c, a)) == NULL)
			continue;
		switch (story_page_link(c, a, url, &number)) {
		case PAGELINK_WHOLE:
			if (c->page->whole == NULL) {
				c->page->whole = url;
				url = NULL;
			}
			break;
		case PAGELINK_PAGE:
			if (!listed(v, n, url)) {
				v[n].n = number;
				v[n++].url = url;
				url = NULL;
			}
			break;
		case PAGELINK_NONE:
			break;
		}
		free(url);
	}
	keep_further(c, v, n);
}
