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
 * story.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_linkbox.h"
#include "extract_parts.h"
#include "extract_words.h"
#include "text.h"

static int
is_list(xmlNodePtr n)
{
	return html_is(n, "ul") || html_is(n, "ol") || html_is(n, "dl") || html_is(n, "table");
}

/* Does n hold more than the heading: links, a line of text (暂无相关新闻),
 * or an empty list (an empty <ul> is an empty box)?  An empty
 * <div class="clear"> is nothing, and so is a strip of tabs without links
 * (推荐 娱乐 体育), which belongs to the heading. */
static int
has_content(const struct ctx *c, xmlNodePtr n)
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
	for (xmlNodePtr m = n; m != NULL; m = html_next(m, n, 1))
		if (is_list(m) || html_is(m, "img"))
			return 1;
	return 0;
}

/* The heading's box: the smallest block around the heading's line that
 * holds something after it.  What shares the heading's line (更多>>, an
 * icon) is part of the heading. */
static xmlNodePtr
heading_box(const struct ctx *c, xmlNodePtr heading)
{
	xmlNodePtr hb = block_above(heading), n, k;

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
is_box_title(const struct ctx *c, xmlNodePtr m, xmlNodePtr heading)
{
	xmlNodePtr b = block_above(m);
	struct elinfo *e = b ? el_info((struct ctx *)c, b) : NULL;
	const char *t;

	if (e == NULL || contains_node(b, heading) || html_is(b, "li") || e->end != e->first + 1 ||
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
titled(const struct ctx *c, xmlNodePtr n, xmlNodePtr heading)
{
	for (xmlNodePtr m = n; m != NULL && !html_is(m, "a"); m = html_next(m, n, visible(c, m)))
		if ((is_heading(m) && count_links(m, 1) == 0) ||
		    (m->type == XML_TEXT_NODE && is_box_title(c, m, heading)))
			return 1;
	return 0;
}

/* The list a related heading introduces: the first list after it within
 * its box, with little other text between them. */
static void
related_after(const struct ctx *c, xmlNodePtr heading, struct linklist *out)
{
	int budget = 40, nodes = 400;
	xmlNodePtr scope = heading_box(c, heading), m;

	m = html_next(heading, scope, 1);
	while (m != NULL && budget > 0 && nodes-- > 0) {
		if (m->type == XML_TEXT_NODE && enclosing_anchor(m) == NULL) {
			char *s = html_text(m);
			int text = *s != '\0';

			budget -= (int)utf8_chars_upto(s, (size_t)budget);
			free(s);
			if (text && is_box_title(c, m, heading))
				return;		/* the next box began */
		} else if (is_heading(m) && !contains_node(m, heading) && !enclosing_anchor(m)) {
			return;		/* the next section began: this heading had no list */
		} else if (m->type == XML_ELEMENT_NODE && is_list_box(m) && !titled(c, m, heading)) {
			collect_items(c, m, NULL, out);
			if (out->n > 0)
				return;
			m = html_next(m, scope, 0);
			continue;
		} else if (m->type == XML_ELEMENT_NODE && m->parent != NULL &&
		    count_links(m, 2) == 1 && contains_node(m->parent, heading) &&
		    is_list_box(m->parent)) {
			/* cards that follow the heading inside its own section */
			collect_run(c, m, out);
			if (out->n > 0)
				return;
		}
		m = html_next(m, scope, visible(c, m));
	}
}

/* The text node n in an anchor heads a list when the link is the line's
 * heading (<div><a><span>推荐阅读</span></a><a>更多</a></div>), not a
 * call to read on in a teaser's last line. */
static int
linked_heading(const struct ctx *c, xmlNodePtr a, const char *t)
{
	xmlNodePtr b = block_above(a);
	struct elinfo *e = b ? el_info((struct ctx *)c, b) : NULL;

	if (e == NULL || range_chars(c, e->first, e->end) > 30 || starts_any(t, related_cta))
		return 0;
	/* one item of a list or a menu of links (<li><a>Related changes</a></li>)
	 * is no heading; a heading and its 更多 link are two */
	for (xmlNodePtr n = a; n != b; n = n->parent) {
		int kin = 0;

		for (xmlNodePtr k = n->parent->children; k != NULL; k = k->next)
			kin += k->type == XML_ELEMENT_NODE && same_kind(k, n);
		if (kin >= 3)
			return 0;
	}
	return !html_is(b, "li") && !html_is(b, "dd");
}

/* The text node at n as a related heading? */
static int
text_is_related_heading(const struct ctx *c, xmlNodePtr n)
{
	char *t;
	int r;
	xmlNodePtr a;

	const char *raw = (const char *)n->content;
	const char *const *h;

	if (n->type != XML_TEXT_NODE || raw == NULL || strlen(raw) > 200)
		return 0;
	/* most text is no heading: look for a hint before building anything,
	 * and for the first byte of one (R, M, l, or 喜推感相精阅閱's E5 E6 E7 E9)
	 * before a search for each */
	if (strpbrk(raw, "RMl\xE5\xE6\xE7\xE9") == NULL)
		return 0;
	for (h = related_hints; *h && strstr(raw, *h) == NULL; h++)
		;
	if (*h == NULL)
		return 0;
	t = html_text(n);
	r = *t != '\0' && is_related_heading(t) &&
	    ((a = enclosing_anchor(n)) == NULL || linked_heading(c, a, t));
	free(t);
	return r;
}

/* Tries the related headings from start to stop (document order). */
static int
related_between(struct ctx *c, xmlNodePtr start, xmlNodePtr stop)
{
	for (xmlNodePtr n = start; n != NULL && n != stop;
	    n = html_next(n, c->root, visible(c, n))) {
		if (!text_is_related_heading(c, n))
			continue;
		related_after(c, n, &c->page->related);
		if (c->page->related.n > 0)
			return 1;
	}
	return 0;
}

void
extract_related(struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info(c, c->body_node) : NULL;
	xmlNodePtr body_start = e && e->first < c->nsegs ? c->segs[e->first].node : NULL;

	/* the lists after the body's start are the story's own; earlier ones
	 * are site-wide sidebars, read only when nothing follows the story */
	if (body_start != NULL && related_between(c, body_start, NULL))
		return;
	related_between(c, c->root, body_start);
}
