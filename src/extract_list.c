/*
 * extract_list: the headlines of a list page, and whether a page is a
 * list or an article.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_parts.h"
#include "extract_words.h"
#include "text.h"

/*
 * A list page repeats one row shape: li > a, tr > td > a, div.item > h3 >
 * a + p + span.  Every ancestor of a headline link (up to a few levels) is
 * a possible row, its parent a possible list; the list whose rows of one
 * shape hold the most headline text wins.  A row is the first headline
 * link in it, plus the date its text shows.
 */
#define ROW_LEVELS 5		/* how far above a link its row may be */
#define ROW_MAX_LINKS 4		/* more headline links: a section, not a row */

static int
in_chrome(xmlNodePtr n)
{
	for (int up = 0; n != NULL && up < 8; up++, n = n->parent) {
		if (html_is(n, "nav") || html_is(n, "header") || html_is(n, "footer"))
			return 1;
		if (html_attr_has(n, "class", "nav") || html_attr_has(n, "id", "nav") ||
		    html_attr_has(n, "class", "menu") || html_attr_has(n, "id", "menu") ||
		    html_attr_has(n, "class", "footer") || html_attr_has(n, "id", "footer") ||
		    html_attr_has(n, "class", "pager") || html_attr_has(n, "class", "pagination"))
			return 1;
	}
	return 0;
}

static int
headline_text(const char *t)
{
	size_t n = utf8_chars_upto(t, 6);

	return n >= 6 && !starts_any(t, not_article) && !strstr(t, "下一页") &&
	    !strstr(t, "上一页") && !strstr(t, "尾页");
}

/* At least min non-space characters of text below n?  Counts without
 * building the text: most links on a page are short menu entries. */
static int
has_chars(xmlNodePtr n, size_t min)
{
	size_t k = 0;

	for (xmlNodePtr m = n->children; m != NULL && k < min; m = html_next(m, n, 1)) {
		const unsigned char *t = (const unsigned char *)m->content;

		if (m->type != XML_TEXT_NODE || t == NULL)
			continue;
		for (; *t && k < min; t++)
			if (*t > ' ' && (*t & 0xC0) != 0x80)
				k++;
	}
	return k >= min;
}

static int
is_headline_anchor(xmlNodePtr a)
{
	char *t;
	int r;

	if (!html_is(a, "a") || !xmlHasProp(a, (const xmlChar *)"href") || !has_chars(a, 6))
		return 0;
	t = html_text(a);
	r = headline_text(t);
	free(t);
	return r;
}

/* The shape of a row: its tag and class. */
static int
same_shape(xmlNodePtr a, xmlNodePtr b)
{
	xmlChar *ca, *cb;
	int same;

	if (xmlStrcasecmp(a->name, b->name) != 0)
		return 0;
	ca = xmlGetProp(a, (const xmlChar *)"class");
	cb = xmlGetProp(b, (const xmlChar *)"class");
	/* alternating row classes (odd/even) are one shape */
	same = (ca == NULL) == (cb == NULL) || html_is(a, "tr") || html_is(a, "li");
	xmlFree(ca);
	xmlFree(cb);
	return same;
}

static void
count_headline_links(struct ctx *c, xmlNodePtr *anchors, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (xmlNodePtr p = anchors[i]->parent; p != NULL; p = p->parent) {
			struct elinfo *e = el_info(c, p);

			if (e != NULL)
				e->headline_links++;
		}
}

static int
is_row(struct ctx *c, xmlNodePtr k, xmlNodePtr shape)
{
	struct elinfo *e;

	return k->type == XML_ELEMENT_NODE && same_shape(k, shape) &&
	    (e = el_info(c, k)) != NULL && e->headline_links >= 1 &&
	    e->headline_links <= ROW_MAX_LINKS;
}

/* Scores the rows of one shape under container: their text, each capped
 * so that a row with a long snippet counts as one headline. */
static double
list_score(struct ctx *c, xmlNodePtr container, xmlNodePtr shape)
{
	double score = 0;
	int rows = 0;

	for (xmlNodePtr k = container->children; k != NULL; k = k->next) {
		struct elinfo *e;
		size_t chars;

		if (!is_row(c, k, shape))
			continue;
		e = el_info(c, k);
		chars = range_chars(c, e->first, e->end);
		score += chars > 40 ? 40 : (double)chars;
		rows++;
	}
	return rows >= 3 ? score : 0;
}

/* The first date shown in the segments of a row. */
static char *
row_date(const struct ctx *c, xmlNodePtr row)
{
	struct elinfo *e = el_info((struct ctx *)c, row);
	char *d = NULL;

	for (size_t i = e ? e->first : 0; e != NULL && i < e->end && d == NULL; i++)
		d = item_date(c->segs[i].text);
	return d;
}

static void
collect_rows(struct ctx *c, xmlNodePtr container, xmlNodePtr shape)
{
	struct strset seen = {0};

	for (xmlNodePtr k = container->children; k != NULL; k = k->next) {
		char *url, *title;

		if (!is_row(c, k, shape))
			continue;
		for (xmlNodePtr a = k; a != NULL; a = html_next(a, k, visible(c, a))) {
			if (!is_headline_anchor(a))
				continue;
			if ((url = anchor_url(c, a)) == NULL)
				break;
			if (!strset_add(&seen, url)) {
				free(url);
				break;
			}
			title = full_title(a);
			linklist_push(&c->page->headlines, title, url, NULL, row_date(c, k));
			break;
		}
	}
	strset_free(&seen);
}

void
extract_headlines(struct ctx *c)
{
	xmlNodePtr *anchors = NULL, best = NULL, best_shape = NULL;
	size_t n = 0, cap = 0;
	double best_score = 0;

	for (xmlNodePtr a = c->root; a != NULL; a = html_next(a, c->root, visible(c, a))) {
		if (!is_headline_anchor(a))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			anchors = xreallocarray(anchors, cap, sizeof *anchors);
		}
		anchors[n++] = a;
	}
	count_headline_links(c, anchors, n);
	for (size_t i = 0; i < n; i++) {
		xmlNodePtr row = anchors[i];

		for (int up = 0; up < ROW_LEVELS && row->parent != NULL; up++, row = row->parent) {
			xmlNodePtr box = row->parent;
			struct elinfo *e = el_info(c, box);
			double s;

			/* each box is weighed once, with the shape first seen */
			if (e == NULL || e->list_scored)
				continue;
			e->list_scored = 1;
			if ((s = list_score(c, box, row)) <= best_score || in_chrome(box))
				continue;
			best_score = s;
			best = box;
			best_shape = row;
		}
	}
	free(anchors);
	if (best != NULL)
		collect_rows(c, best, best_shape);
}

void
decide_kind(struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info(c, c->body_node) : NULL;
	size_t plain = 0;

	if (e != NULL)
		plain = range_chars(c, e->first, e->end) - range_links(c, e->first, e->end);
	if (plain >= 150 || (e != NULL && plain >= 60 && c->page->headlines.n < 6)) {
		c->page->kind = PAGE_ARTICLE;
		return;
	}
	c->page->kind = c->page->headlines.n >= 4 ? PAGE_LIST : PAGE_ARTICLE;
	if (c->page->kind == PAGE_LIST)
		c->body_node = NULL;
}
