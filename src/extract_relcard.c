/*
 * extract_relcard: a card of one story set between a story's paragraphs
 * under a related label of its own (<aside><p>关联报道</p><a>TITLE</a>
 * </aside>, <span>Related</span> <a>TITLE</a>): the label's element, then
 * right after it the link, the only link of the box that holds both.  The
 * card gives its one story; extract_related.c asks it when a related
 * heading introduced no list, and a list of two or more after the story
 * still wins over it (prefer_list_after), as does a list holding every
 * link of a box in the text and more.  And a teaser card set into the
 * text as one link whose first element is the label (<a><span>Read
 * more</span><img><span>TITLE</span></a>) gives the story of the link,
 * titled by its text after the label (teaser_card).  Declared in
 * extract_relhead.h.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_linkbox.h"
#include "extract_relhead.h"
#include "extract_words.h"
#include "page.h"
#include "utf8.h"
#include "util.h"

#define TEASER_TITLE_MIN 12	/* characters of a teaser's title after its label */

size_t
lone_card(const struct ctx *c, struct hnode *heading, struct linklist *out)
{
	struct hnode *label = heading->parent, *a, *box;

	if (heading->type != XML_TEXT_NODE || label == NULL || label->type != XML_ELEMENT_NODE ||
	    html_is(label, "a") || (a = html_next_element(label)) == NULL || !html_is(a, "a") ||
	    (box = label->parent) == NULL || box == c->root || count_links(box, 2) != 1)
		return out->n;
	collect_items(c, box, label, out);
	return out->n;
}

size_t
teaser_card(const struct ctx *c, struct hnode *heading, struct linklist *out)
{
	struct hnode *label = heading->parent, *a;
	char *lt, *all, *url;
	const char *rest;
	size_t ln;

	if (heading->type != XML_TEXT_NODE || label == NULL || label->type != XML_ELEMENT_NODE ||
	    html_is(label, "a") || c->body_node == NULL || (a = enclosing_anchor(heading)) == NULL ||
	    a->parent == NULL || !contains_node(c->body_node, a) || count_links(a->parent, 2) != 1)
		return out->n;
	lt = html_text(label);
	all = html_text(a);
	ln = strlen(lt);
	rest = all + ln;
	rest += strspn(rest, " :-|");
	if (ln > 0 && strncmp(all, lt, ln) == 0 && is_related_heading(lt) &&
	    utf8_chars_upto(rest, TEASER_TITLE_MIN) >= TEASER_TITLE_MIN &&
	    (url = anchor_url(c, a)) != NULL)
		linklist_push(out, xstrdup(rest), url, NULL, NULL);
	free(lt);
	free(all);
	return out->n;
}

/* A box of links in a story's text is often an excerpt of the related
 * list after it (an old table page's 相關新聞： box of two, then 相關文章 of
 * three holding both): does more hold every link of box, and more? */
int
list_covers(const struct linklist *more, const struct linklist *box)
{
	if (more->n <= box->n)
		return 0;
	for (size_t i = 0; i < box->n; i++) {
		size_t k = 0;

		while (k < more->n && strcmp(more->v[k].url, box->v[i].url) != 0)
			k++;
		if (k == more->n)
			return 0;
	}
	return 1;
}
