/*
 * extract_nav: 上一篇 / 下一篇.
 *
 * A nav label (上一篇：, Next article) names the link that follows it,
 * wherever the label sits: inside the <a>, in a span before it, in a
 * sibling cell.  A label leads its line: 【专访上篇】 inside a headline is
 * none.  The link must come before the next label and stay within the
 * label's block, or, when the label stands alone in its block, be the one
 * link of the block after it.  A label with no such link (下一篇： and
 * nothing), or followed by 没有了 / 无, or by a link that is no article
 * (#, javascript:, 返回列表), gives null: it never borrows the first link
 * of the next box.  Without labels, rel=prev / next.  A link of the
 * story's own pager (第2页, 下一页 to content_1234_2.html) is never one.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_wikiname.h"
#include "extract_arrownav.h"
#include "extract_dom.h"
#include "extract_iconnav.h"
#include "extract_linkbox.h"
#include "extract_navtitle.h"
#include "extract_pagelink.h"
#include "extract_pagerarrow.h"
#include "extract_parts.h"
#include "extract_relword.h"
#include "extract_words.h"
#include "text.h"

/* An anchor that leads to an article: a URL, text, and not a channel link. */
static struct link *
article_link(const struct ctx *c, struct hnode *a, const char *label)
{
	char *text = full_title(a), *url = anchor_url(c, a), *title;
	const char *t = text;

	if (label != NULL)
		t = past_nav_label(t, label);
	title = link_title(a);
	if (url == NULL || same_page(c, url) || starts_any(t, not_article) ||
	    says_none(t) || (*t == '\0' && title == NULL) ||
	    story_page_link(c, a, url, NULL) != PAGELINK_NONE) {
		free(text);
		free(url);
		free(title);
		return NULL;
	}
	/* a longer title attribute names the story, not a wiki's "News:TITLE" */
	if (title == NULL || (*t != '\0' && (utf8_chars(title) <= utf8_chars(t) ||
	    namespaced_text(title, t)))) {
		free(title);
		title = xstrdup(t);
	}
	free(text);
	return link_new(title, url, NULL, NULL);
}

/* Does the label at `at` in t lead its line?  Only marks may stand before
 * it (【上一篇】, « Previous article), or the value of the label before it
 * and a space (上一篇：没有了 下一篇：), so that 【专访上篇】 inside a
 * headline is no label; an English label is a whole word. */
static int
label_leads(const char *t, const char *at, const char *label)
{
	const char *p = t, *end = at + strlen(label);
	uint32_t cp = 0, last = ' ';
	int words = 0;

	if (isalpha((unsigned char)end[-1]) && isalpha((unsigned char)*end))
		return 0;	/* Previous articles by this author */
	while (p < at) {
		p += utf8_decode(p, (size_t)(at - p), &cp);
		words |= is_word_char(cp);
		last = cp;
	}
	return !words || last <= ' ' || last == 0x3000 || last == 0xA0 || last == '|' ||
	    last == 0xFF5C || last == 0x4E28;
}

/* The first of labels that stands in t as a label, or NULL. */
static const char *
label_in(const char *t, const char *const *labels)
{
	for (const char *const *lb = labels; *lb; lb++)
		for (const char *p = strstr(t, *lb); p != NULL; p = strstr(p + 1, *lb))
			if (label_leads(t, p, *lb))
				return *lb;
	return NULL;
}

/* Text nodes between from and the anchor a that say something else (a new
 * label) end the search. */
static int
is_other_label(struct hnode *n)
{
	const char *t = (const char *)n->content;

	if (n->type != XML_TEXT_NODE || t == NULL)
		return 0;
	return strstr(t, "上一") || strstr(t, "下一") || strstr(t, "前一") || strstr(t, "后一") ||
	    label_in(t, prev_labels) || label_in(t, next_labels);
}

/* Does the label stand alone in its block (<p>下一篇：</p>), rather than
 * begin a longer line (<h5>上一篇文章與下一篇文章</h5>)? */
static int
alone_in(struct hnode *block, const char *label)
{
	char *t = html_text(block);
	int alone = utf8_chars(t) <= utf8_chars(label) + 4;

	free(t);
	return alone;
}

/* Is n the one element its parent holds? */
static int
only_element(struct hnode *n)
{
	if (n->parent == NULL || html_is(n->parent, "body"))
		return 0;
	for (struct hnode *k = n->parent->children; k != NULL; k = k->next)
		if (k != n && k->type == XML_ELEMENT_NODE)
			return 0;
	return 1;
}

/* The one link of the block after a label that stands alone in its own
 * (<div class="tip">阅读下一篇</div><h4><a>…</a></h4>, or the bare <a>):
 * a block that is that link and little else, never a box of several. */
static struct link *
link_of_next_block(const struct ctx *c, struct hnode *block)
{
	struct hnode *sib, *a;
	struct elinfo *e;

	/* the label's heading alone in a header box of its own (concrete5's
	 * div.ccm-block-next-previous-header><h5>Previous Post</h5>): the
	 * block after the box */
	for (int up = 0; up < 2 && html_next_element(block) == NULL && only_element(block); up++)
		block = block->parent;
	if ((sib = html_next_element(block)) == NULL || (!is_anchor(sib) && (count_links(sib, 2) != 1 ||
	    (e = el_info((struct ctx *)c, sib)) == NULL || !link_dense(c, e->first, e->end, 8))))
		return NULL;
	for (a = sib; a != NULL && !is_anchor(a); a = html_next(a, sib, 1))
		;
	return a ? article_link(c, a, NULL) : NULL;
}

/* The link a label at text node n (outside any <a>) stands for: the first
 * anchor after it within the label's block, past a few characters of
 * other text at most and never into a list; else the next block's one
 * link.  *decided is set when the label gives an answer. */
static struct link *
link_after(const struct ctx *c, struct hnode *n, const char *label, int *decided)
{
	struct hnode *block = block_above(n), *m;
	int budget = 24;	/* characters of other text allowed before the link */

	for (m = html_next(n, c->root, 1); m != NULL && budget > 0;
	    m = html_next(m, c->root, visible(c, m))) {
		if (block != NULL && !contains_node(block, m))
			break;
		if (m->type == XML_TEXT_NODE && enclosing_anchor(m) == NULL) {
			char *s = html_text(m);
			int none = says_none(s), other = is_other_label(m);

			budget -= (int)utf8_chars_upto(s, (size_t)budget);
			free(s);
			if (none) {
				*decided = 1;
				return NULL;
			}
			if (other)
				return NULL;
		}
		if (is_anchor(m)) {
			*decided = 1;
			return article_link(c, m, NULL);
		}
		if (m->type == XML_ELEMENT_NODE && count_links(m, 2) >= 2)
			break;	/* a list: the label's link is not its first item */
	}
	if (budget <= 0 || block == NULL || !alone_in(block, label))
		return NULL;
	/* the label stands alone and its block holds no link: 下一篇： and
	 * nothing, unless the next block is the link */
	*decided = 1;
	return link_of_next_block(c, block);
}

/* Looks for the link a label at text node n stands for.  *decided is set
 * when the label gives an answer (a link, or an explicit none). */
static struct link *
link_for_label(const struct ctx *c, struct hnode *n, const char *label, int *decided)
{
	char *t = html_text(n);
	const char *rest = strstr(t, label);
	struct hnode *a;
	struct link *l = NULL;
	int none;

	*decided = 0;
	if ((a = enclosing_anchor(n)) != NULL) {
		free(t);
		l = article_link(c, a, NULL);
		if (l != NULL) {
			/* <a>上一篇：Title</a>: the label is in the text, maybe
			 * after an icon's word ("Previous Previous post: Title") */
			const char *at = strstr(l->title, label);
			const char *clean = at ? after_said_again(after_label(at, label)) : l->title;

			if (at != NULL && label_leads(l->title, at, label) && has_words(clean)) {
				memmove(l->title, clean, strlen(clean) + 1);
				trim_label_arrows(l->title), trim_nav_word(l->title, a);	/* "Next: TITLE ›" */
			} else if (at != NULL && !cut_trailing_label(l->title, a, at, label))
				title_elsewhere(c, a, l);
			if (*l->title == '\0') {
				link_free(l);
				l = NULL;
			}
		}
		*decided = 1;
		return l;
	}
	none = says_none(rest ? after_label(rest, label) : "");
	free(t);
	if (none) {
		*decided = 1;
		return NULL;
	}
	return link_after(c, n, label, decided);
}

/* The nodes the search for 上一篇 and for 下一篇 both read, found in one
 * walk each instead of one for each direction: a page with neither link
 * was walked six times to learn so. */
struct nav_nodes {
	struct nodelist texts;	/* visible texts that may hold a label */
	struct nodelist rels;	/* anchors with a rel, hidden ones too */
	struct nodelist worded;	/* visible anchors with a rel_label */
	struct nodelist arrowed;	/* visible anchors framed by « or » */
};

static void
find_nav_nodes(const struct ctx *c, struct nav_nodes *nn)
{
	struct hnode *n;

	for (n = c->root; n != NULL; n = html_next(n, c->root, visible(c, n))) {
		if (n->type == XML_TEXT_NODE && n->content != NULL &&
		    may_hold_any_label((const char *)n->content))
			nodelist_push(&nn->texts, n);
		else if (is_anchor(n) && rel_label(n) != NULL)
			nodelist_push(&nn->worded, n);
		else if (is_anchor(n) && pager_arrow_dir(n) != 0)
			nodelist_push(&nn->arrowed, n);
	}
	for (n = c->root; n != NULL; n = html_next(n, c->root, 1))
		if (is_anchor(n) && html_has_attr(n, "rel"))
			nodelist_push(&nn->rels, n);
}

/* A link without rel whose own word of its direction, in an element of
 * its own, stands before a title: a site builder's item pagination
 * (<a><div>Previous</div><h2>TITLE</h2></a>).  rel is "prev" or "next". */
static struct link *
worded_link(const struct ctx *c, const struct nav_nodes *nn, const char *rel)
{
	for (size_t i = 0; i < nn->worded.n; i++) {
		struct hnode *n = nn->worded.v[i];
		const char *w = rel_label(n);
		struct link *l;
		/* a blog's Older Post goes back, its Newer Post forward */
		const char *dir = str_starts(w, "Older") || str_starts(w, "上") ? "prev" :
		    str_starts(w, "Newer") || str_starts(w, "下") ? "next" : w;

		if (strncasecmp(dir, rel, 4) != 0 || (l = article_link(c, n, w)) == NULL)
			continue;
		trim_worded_title(l->title, w);	/* "« 上一頁 TITLE" */
		if (has_words(l->title))
			return l;
		link_free(l);
	}
	return NULL;
}

/* Finds the first text node holding one of labels (outside the body's
 * prose) that decides a link. */
static struct link *
find_nav(const struct ctx *c, const struct nav_nodes *nn, const char *const *labels, const char *rel)
{
	struct link *l;
	struct hnode *a;
	int decided;

	for (size_t i = 0; i < nn->texts.n; i++) {
		struct hnode *n = nn->texts.v[i];
		const char *t = (const char *)n->content, *label;

		/* the label must lead a short text, not sit inside prose */
		if (!may_hold_label(t, labels) || utf8_chars_upto(t, 80) >= 80 ||
		    ((label = label_in(t, labels)) == NULL && (label = lone_nav_word(n, rel)) == NULL))
			continue;
		l = link_for_label(c, n, label, &decided);
		if (decided)
			return l;
	}
	for (size_t i = 0; i < nn->rels.n; i++) {
		struct hnode *n = nn->rels.v[i];

		if (html_attr_has(n, "rel", rel)) {
			char *r = html_attr(n, "rel");
			int exact = r && strcasecmp(r, rel) == 0;

			free(r);
			if (exact && (l = article_link(c, n, rel_label(n))) != NULL) {
				if (has_words(l->title)) {	/* "Previous" over TITLE */
					trim_arrows(l->title);
					trim_nav_word(l->title, n);
				}
				return l;
			}
		}
	}
	if ((l = worded_link(c, nn, rel)) != NULL)
		return l;
	if ((a = arrow_pair((const struct hnode *const *)nn->arrowed.v, nn->arrowed.n, *rel == 'p' ? -1 : 1)) &&
	    (l = article_link(c, a, NULL)) != NULL) {
		trim_arrows(l->title);
		return l;
	}
	if ((a = icon_marked_anchor(c, rel)) != NULL && (l = article_link(c, a, NULL)) != NULL) {
		if (has_words(l->title))	/* UIkit's <span uk-pagination-next> */
			return l;
		link_free(l);
	}
	return pictured_link(c, labels);
}

/* A link whose title is its direction's word alone ("<< Previous" of a
 * hand-built pager) names no story: none, as "没有了" is. */
static struct link *
named_link(struct link *l)
{
	if (l != NULL && is_one_of(l->title, strlen(l->title), bare_nav_titles)) {
		link_free(l);
		return NULL;
	}
	return l;
}

void
extract_prev_next(struct ctx *c)
{
	struct nav_nodes nn = {0};

	find_nav_nodes(c, &nn);
	c->page->prev = named_link(find_nav(c, &nn, prev_labels, "prev"));
	c->page->next = named_link(find_nav(c, &nn, next_labels, "next"));
	free(nn.texts.v);
	free(nn.rels.v);
	free(nn.worded.v);
	free(nn.arrowed.v);
}
