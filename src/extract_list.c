/*
 * extract_list: the headlines of a list page.  Whether a page is a list
 * is extract_kind.c's; its next page, extract_pager.c's.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_listrow.h"
#include "extract_repeated.h"
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

static int
in_chrome(struct hnode *n)
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

/* Is anchor a inside a heading (h3 > a, h2 > span > a)? */
static int
in_heading(struct hnode *a)
{
	return a->parent != NULL && (is_heading(a->parent) ||
	    (a->parent->parent != NULL && is_heading(a->parent->parent)));
}

static void
count_headline_links(struct ctx *c, struct hnode **anchors, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int heading = in_heading(anchors[i]);

		for (struct hnode *p = anchors[i]->parent; p != NULL; p = p->parent) {
			struct elinfo *e = el_info(c, p);

			if (e == NULL)
				continue;
			e->headline_links++;
			if (heading && e->heading_links < 3)
				e->heading_links++;
		}
	}
}

/* Scores the rows of one shape under container: their text, each capped
 * so that a row with a long snippet counts as one headline. */
static double
rows_score(struct ctx *c, struct hnode *container, struct hnode *shape, int *rows)
{
	double score = 0;

	for (struct hnode *k = container->children; k != NULL; k = k->next) {
		struct elinfo *e;
		size_t chars;

		if (!is_row(c, k, shape))
			continue;
		e = el_info(c, k);
		chars = range_chars(c, e->first, e->end);
		score += chars > 40 ? 40 : (double)chars;
		(*rows)++;
	}
	return score;
}

/* Does container hold two rows of the shape, a list of its own? */
static int
is_group(struct ctx *c, struct hnode *container, struct hnode *shape)
{
	int rows = 0;

	for (struct hnode *k = container->children; k != NULL && rows < 2; k = k->next)
		rows += is_row(c, k, shape);
	return rows == 2;
}

static int
blank_text(struct hnode *n)
{
	for (const xmlChar *t = n->content; t != NULL && *t; t++)
		if (*t > ' ')
			return 0;
	return 1;
}

#define RUN_GAP 4	/* elements without text between two groups of a list */

/*
 * A list split into groups is one list: sibling boxes of one shape (a
 * <ul> of five headlines, a dotted line, the next <ul>) make a run.  The
 * run goes on over elements without text and stops at text (a block's
 * heading, a pager), so a portal's blocks, each under its heading, stay
 * apart; each box holds two rows or more.  Returns the last box of the
 * run on one side of box.
 */
static struct hnode *
run_end(struct ctx *c, struct hnode *box, struct hnode *shape, int forward)
{
	struct hnode *last = box;
	int gap = 0;

	if (!is_group(c, box, shape))
		return box;	/* a box of one row is a row, not a group */
	for (struct hnode *n = forward ? box->next : box->prev; n != NULL && gap <= RUN_GAP;
	    n = forward ? n->next : n->prev) {
		struct elinfo *e;

		if (n->type == XML_TEXT_NODE && !blank_text(n))
			break;
		if (n->type != XML_ELEMENT_NODE || (e = el_info(c, n)) == NULL)
			continue;	/* a comment, a hidden element */
		if (e->first == e->end) {
			gap++;
			continue;
		}
		if (!same_shape(n, box) || !is_group(c, n, shape))
			break;
		last = n;
		gap = 0;
	}
	return last;
}

/* Scores the rows of one shape in the boxes of a run, and marks the boxes
 * weighed; fewer than three rows in all are no list. */
static double
run_score(struct ctx *c, struct hnode *first, struct hnode *last, struct hnode *shape)
{
	double score = 0;
	int rows = 0;

	for (struct hnode *n = first; n != NULL; n = n->next) {
		struct elinfo *e = el_info(c, n);

		if (e != NULL && n->type == XML_ELEMENT_NODE && same_shape(n, first)) {
			score += rows_score(c, n, shape, &rows);
			e->list_scored = 1;
		}
		if (n == last)
			break;
	}
	return rows >= 3 ? score : 0;
}

/* How much of the body a row of the list holds: its plain characters
 * inside the body's segments.  decide_kind weighs a body that is mostly
 * the list's rows (a search result's summaries, a table of documents) as
 * the list, not a story. */
static void
note_row_in_body(struct ctx *c, struct hnode *row)
{
	struct elinfo *b = c->body_node ? el_info(c, c->body_node) : NULL;
	struct elinfo *r = el_info(c, row);
	size_t first, end;

	if (b == NULL || r == NULL)
		return;
	first = b->first > r->first ? b->first : r->first;
	end = b->end < r->end ? b->end : r->end;
	if (first >= end)
		return;
	c->list_rows_in_body++;
	c->list_plain_in_body += range_chars(c, first, end) - range_links(c, first, end);
}

/* marked by the walk of extract_headlines, which saw every anchor: its
 * text is not read again (a hidden anchor has no record to mark) */
static int
row_anchor(struct ctx *c, struct hnode *a)
{
	struct elinfo *e = el_info(c, a);

	return e != NULL ? e->headline_anchor : is_headline_anchor(a);
}

/* The row's headline link inside a heading, or NULL: a card's kicker
 * (its topic, linked) comes before its headline. */
static struct hnode *
heading_anchor(struct ctx *c, struct hnode *row)
{
	for (struct hnode *a = row; a != NULL; a = html_next(a, row, visible(c, a)))
		if (row_anchor(c, a) && in_heading(a))
			return a;
	return NULL;
}

/* Adds row k's headline: the link in its heading, else its first
 * headline link; a URL seen before adds nothing. */
static void
collect_row(struct ctx *c, struct hnode *k, struct strset *seen)
{
	struct hnode *head = heading_anchor(c, k);
	char *url, *title, *date;

	for (struct hnode *a = head ? head : k; a != NULL; a = html_next(a, k, visible(c, a))) {
		if (!row_anchor(c, a))
			continue;
		if ((url = anchor_url(c, a)) == NULL)
			return;
		if (!strset_add(seen, url)) {
			free(url);
			return;
		}
		title = full_title(a);
		cut_pin_label(a, title);
		date = row_date(c, k);
		linklist_push(&c->page->headlines, title, url, row_snippet(c, k, a, title, date), date);
		note_row_in_body(c, k);
		return;
	}
}

#define SHORT_TITLE 4	/* characters of a headline among headlines, at least */

/* A row of the list's shape whose one link is a short title (图片新闻, 短评)
 * that leads beside the headline before it: a story of the list, too short
 * to count as a headline anywhere else. */
static void
collect_short_row(struct ctx *c, struct hnode *k, struct hnode *shape, struct strset *seen)
{
	struct linklist *hl = &c->page->headlines;
	struct hnode *a = NULL;
	char *t, *url;

	if (hl->n == 0 || k->type != XML_ELEMENT_NODE || !same_shape(k, shape))
		return;
	for (struct hnode *n = k; n != NULL; n = html_next(n, k, visible(c, n)))
		if (is_anchor(n) && html_has_attr(n, "href")) {
			if (a != NULL)
				return;	/* two links: not one title */
			a = n;
		}
	if (a == NULL || (t = html_text(a)) == NULL)
		return;
	if (utf8_chars_upto(t, SHORT_TITLE) < SHORT_TITLE || starts_any(t, not_article) ||
	    says_pager(t) || (url = anchor_url(c, a)) == NULL) {
		free(t);
		return;
	}
	if (!url_beside(url, hl->v[hl->n - 1].url) || !strset_add(seen, url)) {
		free(t);
		free(url);
		return;
	}
	linklist_push(hl, t, url, NULL, row_date(c, k));
}

static void
collect_rows(struct ctx *c, struct hnode *container, struct hnode *shape, struct strset *seen)
{
	for (struct hnode *k = container->children; k != NULL; k = k->next) {
		struct elinfo *e = el_info(c, k);

		if (is_row(c, k, shape))
			collect_row(c, k, seen);
		else if (e != NULL && e->headline_links == 0)
			collect_short_row(c, k, shape, seen);
	}
}

static void
collect_list_run(struct ctx *c, struct hnode *first, struct hnode *last, struct hnode *shape)
{
	struct strset seen = {.borrows = 1};	/* the URLs stay in the headlines */
	struct hnode *lead, **topic;
	size_t blocks = topic_boxes(c, first, shape, &topic);

	for (size_t i = 0; i < blocks; i++)
		collect_rows(c, topic[i], shape, &seen);
	free(topic);
	if (blocks > 0) {
		strset_free(&seen);
		return;
	}
	if ((lead = lead_row(c, first, shape)) != NULL)
		collect_row(c, lead, &seen);
	for (struct hnode *n = first; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE && same_shape(n, first))
			collect_rows(c, n, shape, &seen);
		if (n == last)
			break;
	}
	strset_free(&seen);
}

void
extract_headlines(struct ctx *c)
{
	struct hnode **anchors = NULL, *best = NULL, *best_last = NULL, *best_shape = NULL;
	char **texts = NULL, *t;
	size_t n = 0, cap = 0;
	double best_score = 0;

	/* each headline link's text is kept for drop_repeated, not built again */
	for (struct hnode *a = c->root; a != NULL; a = html_next(a, c->root, visible(c, a))) {
		struct elinfo *e;

		if ((t = headline_anchor_text(a)) == NULL)
			continue;
		if ((e = el_info(c, a)) != NULL)
			e->headline_anchor = 1;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			anchors = xreallocarray(anchors, cap, sizeof *anchors);
			texts = xreallocarray(texts, cap, sizeof *texts);
		}
		texts[n] = t;
		anchors[n++] = a;
	}
	n = drop_repeated(c, anchors, texts, n);
	count_headline_links(c, anchors, n);
	for (size_t i = 0; i < n; i++) {
		struct hnode *row = anchors[i];

		for (int up = 0; up < ROW_LEVELS && row->parent != NULL; up++, row = row->parent) {
			struct hnode *box = row->parent, *first, *last;
			struct elinfo *e = el_info(c, box);
			double s;

			/* each box is weighed once, with the shape first seen */
			if (e == NULL || e->list_scored)
				continue;
			first = run_end(c, box, row, 0);
			last = run_end(c, box, row, 1);
			if ((s = run_score(c, first, last, row)) <= best_score || in_chrome(box))
				continue;
			best_score = s;
			best = first;
			best_last = last;
			best_shape = row;
		}
	}
	free(anchors);
	if (best != NULL)
		collect_list_run(c, best, best_last, best_shape);
}
