/*
 * extract_related: the related-headline list (相关新闻, 猜你喜欢, Related).
 *
 * A related heading, a plain line or a link (<a><span>推荐阅读</span></a>),
 * introduces the first list after it within its own box: the smallest
 * block around the heading's line that holds more than the heading.  The
 * walk never leaves that box nor passes another box's heading, so an
 * empty box has no items.  Items are the links of a list, or a run of
 * sibling cards of one kind; a carousel, a sidebar or the comments after
 * them are no items.  Lists after the body's start are the story's own;
 * earlier ones are site-wide sidebars, read only when nothing follows the
 * story.  With no heading at all, cards right after the story (a headline
 * into the site with a picture or a snippet) are its related list.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_find.h"
#include "extract_headrow.h"
#include "extract_linkbox.h"
#include "extract_parts.h"
#include "extract_relhead.h"
#include "extract_relsection.h"
#include "extract_words.h"
#include "text.h"

static int
is_list(struct hnode *n)
{
	return html_is(n, "ul") || html_is(n, "ol") || html_is(n, "dl") || html_is(n, "table");
}

/* Does n hold more than the heading: links, a line of text (暂无相关新闻),
 * or an empty list (an empty <ul> is an empty box)?  An empty
 * <div class="clear"> is nothing, and so is a strip of tabs without links
 * (推荐 娱乐 体育), which belongs to the heading. */
static int
has_content(const struct ctx *c, struct hnode *n)
{
	struct elinfo *e;

	if (n->type == XML_TEXT_NODE) {
		for (const xmlChar *p = n->content; p != NULL && *p; p++)
			if (*p > ' ')
				return 1;
		return 0;
	}
	if (n->type != XML_ELEMENT_NODE || (e = el_info((struct ctx *)c, n)) == NULL)
		return 0;
	if (count_links(n, 1) > 0)
		return 1;
	if (range_chars(c, e->first, e->end) > 0)
		return !is_list(n);
	for (struct hnode *m = n; m != NULL; m = html_next(m, n, 1))
		if (is_list(m) || html_is(m, "img"))
			return 1;
	return 0;
}

/* The heading's box: the smallest block around the heading's line that
 * holds something after it.  What shares the heading's line (更多>>, an
 * icon) is part of the heading. */
static struct hnode *
heading_box(const struct ctx *c, struct hnode *heading)
{
	struct hnode *hb = block_above(heading), *n, *k;

	for (n = heading; hb != NULL && n != hb; n = n->parent) {
		int line = 1;

		for (k = n->next; k != NULL; k = k->next) {
			if (html_is_block(k))
				line = 0;
			if (!line && has_content(c, k))
				return hb;
		}
	}
	for (n = hb; n != NULL && n != c->root && n->parent != NULL; n = n->parent)
		for (k = n->next; k != NULL; k = k->next)
			if (has_content(c, k))
				return n->parent;
	return c->root;
}

/* Is the text node m the title of another box: the whole of a short
 * block of its own (<div class="label">Trending now</div>), not an item
 * of a list (a tab: <li><span>推荐</span></li>)? */
static int
is_box_title(const struct ctx *c, struct hnode *m, struct hnode *heading)
{
	struct hnode *b = block_above(m);
	struct elinfo *e = b ? el_info((struct ctx *)c, b) : NULL;
	const char *t;

	/* nor a table's column head (<th>Topic</th><th>Replies</th>) */
	if (e == NULL || contains_node(b, heading) || html_is(b, "li") || html_is(b, "th") ||
	    column_head_cell(b) ||
	    e->end != e->first + 1 ||
	    c->segs[e->first].link_chars > 0 || c->segs[e->first].chars > 16)
		return 0;
	t = c->segs[e->first].text;
	if (strpbrk(t, "0123456789") != NULL || tail_word_length(t, strlen(t)) > 0 ||
	    is_related_heading(t) || starts_any(t, not_article))
		return 0;
	/* words (a letter, an ideograph), not a bullet or a mark */
	for (const unsigned char *p = (const unsigned char *)t; *p; p++)
		if (isalpha(*p) || (*p >= 0xE4 && *p <= 0xE9))
			return 1;
	return 0;
}

/* Does a title come before the first link in n: is n a column of boxes
 * with their own headings rather than a list?  (A heading that is an
 * item's link is the item's headline.) */
static int
titled(const struct ctx *c, struct hnode *n, struct hnode *heading)
{
	for (struct hnode *m = n; m != NULL && !is_anchor(m); m = html_next(m, n, visible(c, m)))
		if ((is_heading(m) && count_links(m, 1) == 0) ||
		    (m->type == XML_TEXT_NODE && is_box_title(c, m, heading)))
			return 1;
	return 0;
}

/* Does a open a run of two or more sibling headline links of one kind
 * (a box's bare <a class="item"> cards under its related heading)?  A
 * line of tags links words, not headlines. */
static int
headline_run(struct hnode *a)
{
	struct hnode *b = html_next_element(a);

	return headline_link(a) && b != NULL && same_kind(a, b) && headline_link(b);
}

/* Is b the element right after the heading at h (its text in an h2 or
 * in a span of one), as div.cards stands after <h2>More in News</h2>? */
static int
block_after(struct hnode *h, struct hnode *b)
{
	for (int up = 0; h != NULL && up < 3; up++, h = h->parent)
		if (h->type == XML_ELEMENT_NODE && html_next_element(h) == b)
			return 1;
	return 0;
}

/* The list a related heading introduces: the first list after it within
 * its box, with little other text between them.  A heading that is a
 * link is a card's headline, not the next section. */
static void
related_after(const struct ctx *c, struct hnode *heading, struct linklist *out)
{
	int budget = 40, nodes = 400;
	struct hnode *from = tab_strip(heading), *scope = heading_box(c, from), *m;
	const char *t = (const char *)heading->content;

	/* a label and its links on one line: 相关文件：<a>…</a> <a>…</a> */
	if (colon_at_end(t, trim_end(t, strlen(t))) > 0) {
		collect_items(c, block_above(heading), heading, out);
		if (out->n > 0)
			return;
	}
	m = from == heading ? html_next(heading, scope, 1) : html_next(from, scope, 0);
	while (m != NULL && budget > 0 && nodes-- > 0) {
		if (m->type == XML_TEXT_NODE && enclosing_anchor(m) == NULL) {
			char *s = html_text(m);
			int text = *s != '\0';

			budget -= (int)utf8_chars_upto(s, (size_t)budget);
			free(s);
			if (text && is_box_title(c, m, heading))
				return;		/* the next box began */
		} else if (is_heading(m) && !contains_node(m, heading) && !enclosing_anchor(m) &&
		    count_links(m, 1) == 0) {
			return;		/* the next section began: this heading had no list */
		} else if (m->type == XML_ELEMENT_NODE && is_list_box(m) && !titled(c, m, heading)) {
			collect_items(c, m, NULL, out);
			if (out->n > 0)
				collect_later_rows(c, m, out);	/* a table's rows, one item each */
			if (out->n > 0)
				return;
			m = html_next(m, scope, 0);
			continue;
		} else if (m->type == XML_ELEMENT_NODE && m->parent != NULL &&
		    story_target(m) && (contains_node(m->parent, heading) || block_after(from, m->parent)) &&
		    (is_list_box(m->parent) || headline_run(m) || text_card_run(c, heading, m))) {
			/* cards that follow the heading inside its own section,
			 * or inside the block right after it (h2 + div.cards) */
			collect_run(c, m, out);
			if (out->n > 0)
				return;
		}
		m = html_next(m, scope, visible(c, m));
	}
}

/* Tries the related headings from start to stop (document order); the
 * one that gave a list, or NULL.  A box of the story's topic pages
 * (相关专题) gives the list only when no heading of stories (相关新闻)
 * does: it links hubs, not stories. */
static struct hnode *
related_between(struct ctx *c, struct hnode *start, struct hnode *stop)
{
	struct hnode *topics = NULL;

	for (struct hnode *n = start; n != NULL && n != stop;
	    n = html_next(n, c->root, visible(c, n))) {
		if (!text_is_related_heading(c, n)) {
			if (n->type == XML_TEXT_NODE && teaser_card(c, n, &c->page->related) > 0)
				return n;
			continue;
		}
		if (heads_topics(n)) {
			topics = topics != NULL ? topics : n;
			continue;
		}
		related_after(c, n, &c->page->related);
		if (c->page->related.n > 0 || lone_card(c, n, &c->page->related) > 0)
			return n;
	}
	if (topics != NULL)
		related_after(c, topics, &c->page->related);
	return c->page->related.n > 0 ? topics : NULL;
}

/* Same site: the scheme and host of url are the page's. */
static int
same_site(const struct ctx *c, const char *url)
{
	const char *p = strstr(c->url, "://");
	size_t n = p ? (size_t)(p + 3 - c->url) + strcspn(p + 3, "/?#") : 0;

	return n > 0 && strncmp(url, c->url, n) == 0 && strchr("/?#", url[n]) != NULL;
}

/* A card: a small block holding a headline that leads into the site, with
 * a picture, a heading or a snippet beside it. */
static int
is_card(const struct ctx *c, struct hnode *k)
{
	struct elinfo *e = el_info((struct ctx *)c, k);
	size_t chars, links;
	int beside = 0, headline = 0;

	if (e == NULL || is_stop_block(k))
		return 0;
	chars = range_chars(c, e->first, e->end);
	links = range_links(c, e->first, e->end);
	if (chars > 300 || links == 0)
		return 0;
	for (struct hnode *m = k; m != NULL; m = html_next(m, k, 1)) {
		beside |= html_is(m, "img") || is_heading(m);
		if (!headline && is_anchor(m)) {
			char *url = anchor_url(c, m), *title = full_title(m);

			headline = url != NULL && same_site(c, url) && !same_page(c, url) &&
			    utf8_chars_upto(title, 8) >= 8;
			free(url);
			free(title);
		}
	}
	return headline && (beside || chars - links >= 10);
}

/* The first card of a run of three or more of one kind holding a, or NULL. */
static struct hnode *
card_run_of(const struct ctx *c, struct hnode *a)
{
	for (struct hnode *k = a; k->parent != NULL && k->parent != c->root; k = k->parent) {
		int run = 0;

		if (is_stop_block(k->parent))
			return NULL;
		for (struct hnode *m = k; m != NULL && same_kind(m, k) && is_card(c, m); m = html_next_element(m))
			run++;
		if (run >= 3)
			return k;
	}
	return NULL;
}

/* The segment after the body's last paragraph. */
static size_t
after_body(const struct ctx *c)
{
	const struct strlist *body = &c->page->body;
	size_t i, end = c->parts[c->nparts - 1].end;
	const char *last = body->n > 0 ? body->v[body->n - 1] : NULL;

	/* a segment long enough not to match by chance (分享, 1) */
	for (i = end; last != NULL && i > c->parts[0].first; i--) {
		const char *t = c->segs[i - 1].text;

		if (strstr(last, t) != NULL && (strlen(t) >= 24 || strcmp(t, last) == 0))
			return i;
	}
	return end;
}

/* A read-on line of one link set into the story ("Read more: TITLE") is
 * a promo in the text: a list of two or more under a related heading
 * after the story ("More from The Marlow Courier") is its related list,
 * as is one after it holding every link of a box in the text and more. */
static int
prefer_list_after(struct ctx *c, struct hnode *heading)
{
	struct linklist one = c->page->related;
	size_t end;

	if (one.n == 0 || c->nparts == 0 || !contains_node(c->body_node, heading) ||
	    (end = after_body(c)) >= c->nsegs)
		return 0;
	memset(&c->page->related, 0, sizeof c->page->related);
	if (related_between(c, c->segs[end].node, NULL) != NULL && c->page->related.n >= 2 &&
	    (one.n == 1 || list_covers(&c->page->related, &one) ||
	    list_after_in_section(c, &one, &c->page->related))) {
		linklist_free(&one);
		return 1;
	}
	linklist_free(&c->page->related);
	c->page->related = one;
	return 0;
}

/* Cards right after the story with no heading over them.  Only what closes
 * a story (the editor, tags, a share bar, 上一篇 / 下一篇) may stand between:
 * after a titled box, a line of bare links, links off the site or a
 * carousel there is no related list. */
static void
cards_after_body(struct ctx *c)
{
	size_t i, end;
	struct hnode *a, *run;

	if (c->nparts == 0)
		return;
	for (i = after_body(c), end = i + 12; i < c->nsegs && i < end; i++) {
		const struct seg *s = &c->segs[i];

		if (is_meta_line(s->text) || is_noise_line(s->text) || is_nav_label(s->text) ||
		    starts_any(s->text, tag_labels))
			continue;
		if (s->link_chars * 2 < s->chars)
			return;		/* a heading, or text of something else */
		break;
	}
	if (i == c->nsegs || i == end || (a = enclosing_anchor(c->segs[i].node)) == NULL ||
	    (run = card_run_of(c, a)) == NULL)
		return;
	collect_run(c, run, &c->page->related);
}

/* A story that sets "Read more: <a>TITLE</a>" lines between its
 * paragraphs links one story on each: every later line of the same label
 * inside the story adds its links to the list the first line began (a
 * link said twice is kept once). */
static void
label_lines_after(struct ctx *c, struct hnode *first)
{
	const char *label = (const char *)first->content;

	if (c->body_node == NULL || !contains_node(c->body_node, first) ||
	    colon_at_end(label, trim_end(label, strlen(label))) == 0)
		return;
	for (struct hnode *m = html_next(first, c->body_node, 1); m != NULL;
	    m = html_next(m, c->body_node, visible(c, m))) {
		struct linklist more = {0};

		if (!text_says(m, label))
			continue;
		related_after(c, m, &more);
		linklist_take_new(&c->page->related, &more);
	}
}

void
extract_related(struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info(c, c->body_node) : NULL;
	struct hnode *body_start = e && e->first < c->nsegs ? c->segs[e->first].node : NULL, *h;

	/* the lists after the body's start are the story's own; earlier ones
	 * are site-wide sidebars, read only when nothing follows the story */
	if (body_start != NULL && (h = related_between(c, body_start, NULL)) != NULL) {
		if (!prefer_list_after(c, h) && h->type == XML_TEXT_NODE)
			label_lines_after(c, h);	/* the heading's own list stands */
		return;
	}
	if (body_start != NULL)
		cards_after_body(c);
	if (c->page->related.n == 0)
		(void)related_between(c, c->root, body_start);
}
