/*
 * extract_kind: whether a page is an article or a list.  A page is an
 * article when its body holds enough prose of its own (teasers, each a
 * link to another page over its summary, count for nothing), or a shorter
 * story stands under a headline that <title> confirms and a labelled
 * byline (来源：…) or outweighs the headline list; else, with enough
 * headlines, it is a list.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_parts.h"
#include "extract_words.h"
#include "text.h"

/* The text of <title>, or NULL. */
static char *
title_text(const struct ctx *c)
{
	for (struct hnode *h = c->root->children; h != NULL; h = h->next)
		if (html_is(h, "head"))
			for (struct hnode *t = h->children; t != NULL; t = t->next)
				if (html_is(t, "title"))
					return html_text(t);
	return NULL;
}

#define HEAD_BEFORE 24	/* segments above the body where its headline may be */

#define HEAD_INSIDE 4	/* or at the body's start, when its block holds it */

/* The segment of the body's headline, when <title> holds it, or
 * c->nsegs.  A story's headline is plain text above it (a share bar or a
 * byline between) and sites repeat it in <title>; a list page's <title>
 * names its channel, a word or two, and its headlines are links. */
static size_t
confirmed_headline(const struct ctx *c, const struct elinfo *body)
{
	char *title = title_text(c), *t;
	size_t i = body->first > HEAD_BEFORE ? body->first - HEAD_BEFORE : 0;
	size_t found = c->nsegs;

	if (title == NULL)
		return found;
	t = squeeze(title);
	for (; i < body->end && i < body->first + HEAD_INSIDE && found == c->nsegs; i++) {
		const struct seg *s = &c->segs[i];
		char *h;

		if (s->link_chars > 0 || s->chars < 6)
			continue;
		h = squeeze(s->text);
		if (strstr(t, h) != NULL)
			found = i;
		free(h);
	}
	free(t);
	free(title);
	return found;
}

/* Does a labelled byline (来源：, 作者：, 编辑：) stand between the headline
 * at segment head and the body's text?  A story's meta line does; a list
 * page's channel name heads no such line. */
static int
labelled_byline(const struct ctx *c, const struct elinfo *body, size_t head)
{
	static const char *const *const labels[] = {source_labels, author_labels,
	    editor_labels};

	for (size_t i = head + 1; i < body->end && i <= body->first; i++)
		for (size_t k = 0; k < sizeof labels / sizeof *labels; k++)
			if (labelled_at(c->segs[i].text, labels[k]) != NULL)
				return 1;
	return 0;
}

#define TEASER_MAX 250	/* plain characters of a summary; more is a story's part */

/* Is segment i a teaser's heading: a link to another page, alone on its
 * line, over a short summary? */
static int
teaser_at(const struct ctx *c, size_t i)
{
	const struct seg *h = &c->segs[i], *p = &c->segs[i + 1];
	struct hnode *a = enclosing_anchor(h->node);
	char *url;
	int other;

	if (h->chars < 6 || h->link_chars != h->chars || a == NULL ||
	    p->chars - p->link_chars < 20 || p->chars - p->link_chars > TEASER_MAX ||
	    p->punct == 0 || (url = anchor_url(c, a)) == NULL)
		return 0;
	other = !same_page(c, url);	/* a headline linked to its own page */
	free(url);
	return other;
}

/* Is the body teasers more than prose: linked headings each over its
 * summary (a board's pinned notices), or one that is nearly all of it (a
 * portal's lead story)? */
static int
teasers(const struct ctx *c, const struct elinfo *body, size_t plain)
{
	size_t n = 0, chars = 0;

	for (size_t i = body->first; i + 1 < body->end; i++)
		if (teaser_at(c, i)) {
			n++;
			chars += (size_t)(c->segs[i + 1].chars - c->segs[i + 1].link_chars);
		}
	return (n >= 2 && chars * 2 >= plain) || (n == 1 && chars * 10 >= plain * 8);
}

/* The headlines' text, each capped as the list's rows were. */
static size_t
list_text(const struct ctx *c)
{
	size_t sum = 0;

	for (size_t i = 0; i < c->page->headlines.n; i++)
		sum += utf8_chars_upto(c->page->headlines.v[i].title, 40);
	return sum;
}

#define ROW_PLAIN_MAX 300	/* plain characters a list's row shows, on average */

/* Is the body the list itself: four of its rows or more hold nearly all
 * of the body's plain text (a search result's summary, a document's
 * index number and date), each row a teaser's length?  A roundup whose
 * linked headings stand over paragraphs of their own is a story. */
static int
body_is_list(const struct ctx *c, size_t plain)
{
	size_t rows = c->list_rows_in_body, in_rows = c->list_plain_in_body;

	return rows >= 4 && in_rows * 10 >= plain * 8 && in_rows <= rows * ROW_PLAIN_MAX;
}

#define LONG_STORY 150	/* plain characters: a story, whatever is beside it */

#define SHORT_STORY 40	/* the least a story under a confirmed headline has */

/*
 * A list or an article, by the body's plain text.  A body of teasers
 * counts for nothing, unless <title> confirms a headline above it (a
 * listicle's items may be headed by links).  A short body under a
 * confirmed headline is an article when a labelled byline stands under
 * that headline (a 快讯 of two sentences beside a sidebar of thirty
 * headlines), or when it outweighs the list beside it at twice its text:
 * a short notice beside a sidebar of headlines.
 */
void
decide_kind(struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info(c, c->body_node) : NULL;
	size_t plain = 0, head = c->nsegs;
	int confirmed = 0, byline = 0;

	if (e != NULL) {
		plain = range_chars(c, e->first, e->end) - range_links(c, e->first, e->end);
		if (body_is_list(c, plain))
			plain = 0;
		if (plain >= SHORT_STORY)
			head = confirmed_headline(c, e);
		confirmed = head < c->nsegs;
		byline = confirmed && labelled_byline(c, e, head);
		if (!confirmed && teasers(c, e, plain))
			plain = 0;
	}
	if (plain >= LONG_STORY || (plain >= 60 && c->page->headlines.n < 6) ||
	    (confirmed && (byline || plain * 2 >= list_text(c)))) {
		c->page->kind = PAGE_ARTICLE;
		return;
	}
	c->page->kind = c->page->headlines.n >= 4 ? PAGE_LIST : PAGE_ARTICLE;
	if (c->page->kind == PAGE_LIST)
		c->body_node = NULL;
}
