/*
 * extract_tags: the story's tags, after a label (标签：, Tags:) as links or
 * words, or as links marked rel="tag"; else the words its microdata marks
 * as keywords; else the article:tag metas.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_dom.h"
#include "extract_headtags.h"
#include "extract_keywords.h"
#include "extract_parts.h"
#include "extract_pubdate.h"
#include "extract_tagitems.h"
#include "extract_taglink.h"
#include "extract_tagline.h"
#include "extract_tongue.h"
#include "extract_words.h"
#include "text.h"

/* A box's link that is no tag: its heading (Tags), a "more" link. */
static int
not_a_tag(const char *t)
{
	for (const char *const *l = tag_labels; *l; l++)
		if (strcasecmp(t, *l) == 0)
			return 1;
	/* a wiki's category row opens on a link to its list of categories */
	return find_any(t, pager_words) != NULL || starts_any(t, related_cta) != NULL ||
	    str_starts(t, "All ") || strcasecmp(t, "Categories") == 0 || strcasecmp(t, "Category") == 0;
}

/* A tag is a word or two: up to 20 characters, or in a spaced script up
 * to five words ("Wexbridge County Council"); longer is a headline. */
static int
tag_sized(const char *t)
{
	size_t words = 1;

	if (utf8_chars_upto(t, 21) <= 20)
		return 1;
	for (const char *p = t; *p; p++) {
		if ((unsigned char)*p >= 0x80)
			return 0;
		words += *p == ' ';
	}
	return strlen(t) <= 40 && words <= 5;
}

static void
tags_from_links(struct ctx *c, struct hnode *block)
{
	for (struct hnode *n = block; n != NULL; n = html_next(n, block, 1)) {
		char *t;

		if (!is_anchor(n))
			continue;
		t = tag_link_text(n);
		if (*t && tag_sized(t) && !not_a_tag(t) && !tag_taken(c, t))
			strlist_push(&c->page->tags, t);
		else
			free(t);
	}
}

static void
tags_from_text(struct ctx *c, const char *value)
{
	const char *p = value, *q;

	/* 关键词：高标准农田;项目验收 (a 政务公开 table parts them by ;) */
	while (*p) {
		while (*p == ' ' || tag_separator(p) > 0)
			p += *p == ' ' ? 1 : tag_separator(p);
		for (q = p; *q && *q != ' ' && tag_separator(q) == 0; q++)
			;
		if (q > p)
			strlist_push(&c->page->tags, text_clean(p, (size_t)(q - p)));
		p = q;
	}
}

/* Links marked rel="tag" (not "category tag"): themes mark tags so. */
static void
tags_from_rel(struct ctx *c)
{
	for (struct hnode *n = c->root; n != NULL; n = html_next(n, c->root, visible(c, n))) {
		char *rel, *t;

		if (!is_anchor(n) || (rel = html_attr(n, "rel")) == NULL)
			continue;
		if (strcasecmp(rel, "tag") != 0) {
			free(rel);
			continue;
		}
		free(rel);
		t = tag_link_text(n);
		if (*t != '\0')
			strlist_push(&c->page->tags, t);
		else
			free(t);
	}
}

/* The element around a label's text that holds its links: the label's
 * parent, or the one above when the label sits in a span of its own. */
static struct hnode *
label_box(struct hnode *text)
{
	struct hnode *box = text->parent;

	for (int up = 0; up < 2 && box->parent != NULL; up++, box = box->parent)
		for (struct hnode *m = box; m != NULL; m = html_next(m, box, 1))
			if (is_anchor(m))
				return box;
	return text->parent;
}

/* The text of the line at s that holds the label l.  A line of spans
 * running its fields together ("發布者：NAME標籤：甲乙", as Blogger's post
 * footer does) holds the label past its first text, and the links beside
 * the label's own text are the tags, not the first field's link. */
static struct hnode *
label_text(struct ctx *c, const struct seg *s, const char *l)
{
	struct hnode *b = seg_block(c, s);

	for (struct hnode *n = s->node; n != NULL; n = html_next(n, b, 1))
		if (n->type == XML_TEXT_NODE && strstr((const char *)n->content, l) != NULL)
			return n;
	return s->node;
}

#define TAG_PATHS_MAX 15	/* links of a row of tags */

/* Are n's links, two to fifteen, every one to a tag's page (a "/tag/" or
 * "/tags/" path: WordPress, Medium, Ghost; a forum's mod=tag&), whatever
 * n's class: a row of tags on a page of generated class names. */
static int
tag_paths(struct hnode *n)
{
	size_t links = 0;

	for (struct hnode *m = n; m != NULL; m = html_next(m, n, 1)) {
		char *href;
		int tag;

		if (!is_anchor(m))
			continue;
		if (++links > TAG_PATHS_MAX || (href = html_attr(m, "href")) == NULL)
			return 0;
		tag = tag_href(href);
		free(href);
		if (!tag)
			return 0;
	}
	return links >= 2;
}

/* Is n a box of tag links: its class or id names tags, topics or hash
 * tags (or its data-component, on pages built of named components, or
 * its aria-label, on pages of generated class names: <nav
 * aria-label="tags">), and it is mostly links (a heading may stand above
 * them), each a word or two.  A wiki's row of the page's categories
 * (MediaWiki's mw-normal-catlinks, not its hidden ones) is its tags. */
static int
tag_like(struct ctx *c, struct hnode *n, const struct elinfo *e)
{
	static const char *const names[] = {"tags", "tag-", "-tag", "_tag", "hashtag", "keyword",
	    "topics", "normal-catlinks", NULL};

	/* every element after the body's start is asked: most have no attribute */
	if (n->attrs == NULL)
		return 0;
	return (html_attr_has_any(n, "class", names) || html_attr_has_any(n, "id", names) ||
	    html_attr_has_any(n, "data-component", names) ||
	    html_attr_has_any(n, "aria-label", names) || tag_paths(n)) &&
	    e->end > e->first && count_links(n, 16) > 0 && count_links(n, 16) <= 15 &&
	    link_dense(c, e->first, e->end, 6);
}

#define TAG_BOX_UP 3	/* levels above the body whose siblings may be its tag list */

/* A box of tag links without a label, as CMSs and themes print them right
 * under the story: <div class="article-tags"><a>#青灣</a>…, or a paper's
 * "Topics" box, starting within a few lines after the body ends. */
static struct hnode *
box_after_text(struct ctx *c, int (*like)(struct ctx *, struct hnode *, const struct elinfo *))
{
	struct elinfo *b = c->body_node ? el_info(c, c->body_node) : NULL;

	for (struct hnode *n = c->body_node; b != NULL && n != NULL; n = html_next(n, c->root, 1)) {
		struct elinfo *e;

		if (n->type != XML_ELEMENT_NODE || (e = el_info(c, n)) == NULL || e->first < b->first)
			continue;
		if (e->first > b->end + 4)
			break;
		if (like(c, n, e))
			return n;
	}
	return NULL;
}

/* Else one ending on the line just before the text, as Joomla prints an
 * article's tags between its info block (Written by, Published) and the
 * text: the body's earlier siblings, or its near ancestors', that end on
 * the line before it, past an image's empty block. */
static struct hnode *
tag_box(struct ctx *c, int (*like)(struct ctx *, struct hnode *, const struct elinfo *))
{
	struct elinfo *b = c->body_node ? el_info(c, c->body_node) : NULL;
	struct hnode *box = box_after_text(c, like);
	int depth = 0;

	for (struct hnode *up = c->body_node; box == NULL && b != NULL && up != NULL &&
	    up != c->root && depth < TAG_BOX_UP; up = up->parent, depth++)
		for (struct hnode *n = up->prev; n != NULL; n = n->prev) {
			struct elinfo *e;

			if (n->type != XML_ELEMENT_NODE || (e = el_info(c, n)) == NULL)
				continue;
			if (e->end + 1 < b->first)
				break;
			if (like(c, n, e))
				return n;
		}
	return box;
}

/* The Open Graph article:tag metas of the head, when the page shows no
 * tags (a blog shows one primary tag, or none): the tags it declares. */
static void
tags_from_meta(struct ctx *c)
{
	for (struct hnode *n = c->root; n != NULL; n = html_next(n, c->root, 1)) {
		char *v;

		if (html_is(n, "body"))
			break;
		if (!html_is(n, "meta") || !html_attr_has(n, "property", "article:tag") ||
		    (v = html_attr(n, "content")) == NULL)
			continue;
		if (*v && tag_sized(v) && !tag_taken(c, v))
			strlist_push(&c->page->tags, v);
		else
			free(v);
	}
}

/* Does a hot mark stand right before the label at (热门标签:, 热搜关键词：)?
 * Such a box, in a header's search form or a side column, holds the
 * site's most searched words, none of them the story's tags. */
static int
hot_before(const char *t, const char *at)
{
	for (const char *const *h = hot_marks; *h; h++) {
		size_t n = strlen(*h);

		if ((size_t)(at - t) >= n && strncmp(at - n, *h, n) == 0)
			return 1;
	}
	return 0;
}

/* Is the line the label alone, no colon and no link ("Filed under" in a
 * field's label of its own over its links, as Drupal prints a field), or
 * beside its other tongue's (標籤 Tags: extract_tongue.c)? */
static int
label_alone(const struct seg *s, const char *label)
{
	return s->link_chars == 0 && (strcmp(s->text, label) == 0 || tongue_half_is(s->text, label));
}

/* Does a word of n's attribute attr end on "sidebar" (sidebar,
 * o_wblog_post_sidebar), not merely hold it (a page layout's
 * panel-two-col-sidebar-right wraps the story too)? */
static int
sidebar_word(struct hnode *n, const char *attr)
{
	char *v = html_attr(n, attr);
	int yes = 0;

	for (const char *p = v; p != NULL && *p && !yes; p += strcspn(p, " ")) {
		size_t k;

		p += strspn(p, " ");
		k = strcspn(p, " ");
		yes = k >= 7 && strncasecmp(p + k - 7, "sidebar", 7) == 0;
	}
	free(v);
	return yes;
}

/* Is n in the site's side column (an <aside>, a block whose class or id
 * names a sidebar)?  A label there heads the site's tag cloud (a blog's
 * sidebar "标签" box over every tag it has), not the story's tags. */
static int
in_sidebar(const struct ctx *c, struct hnode *n)
{
	for (; n != NULL && n != c->root; n = n->parent)
		if (html_is(n, "aside") || (n->type == XML_ELEMENT_NODE && n->attrs != NULL &&
		    (sidebar_word(n, "class") || sidebar_word(n, "id"))))
			return 1;
	return 0;
}

void
extract_tags(struct ctx *c)
{
	struct meta_win w = meta_window(c);
	struct hnode *box;

	for (size_t i = w.first; i < w.end; i = win_next(&w, i)) {
		const char *t = c->segs[i].text;
		const char *const *l;
		const char *at = NULL, *cell;

		if (utf8_chars_upto(t, 121) > 120 || in_sidebar(c, c->segs[i].node))
			continue;
		for (l = tag_labels; *l && at == NULL; l++)
			if ((at = strstr(t, *l)) != NULL && ((colon_at(at + strlen(*l)) == 0 &&
			    !label_alone(&c->segs[i], *l)) || hot_before(t, at)))
				at = NULL;
		if (at == NULL)
			continue;
		l--;
		/* the tags follow the label in its line, as links or as words;
		 * links first when the line holds some, since the text of two
		 * links side by side has no space between them */
		if (c->segs[i].link_chars > 0)
			tags_from_links(c, label_box(label_text(c, &c->segs[i], *l)));
		if (c->page->tags.n == 0 && !label_alone(&c->segs[i], *l))	/* 標籤 Tags: no tag */
			tags_from_text(c, after_colon(at + strlen(*l)));
		if (c->page->tags.n == 0)
			tags_from_links(c, label_box(c->segs[i].node));
		/* the label's cell of a table, its words in the next cell (not
		 * the next field's label when the words' cell is empty) */
		if (c->page->tags.n == 0 && *after_colon(at + strlen(*l)) == '\0' &&
		    (cell = next_cell(c, i, tag_labels, 1)) != NULL && strstr(cell, "：") == NULL &&
		    strchr(cell, ':') == NULL)
			tags_from_text(c, cell);
		if (c->page->tags.n == 0 && label_alone(&c->segs[i], *l))
			continue;	/* a word alone, no label of links */
		return;
	}
	tags_from_rel(c);
	if (c->page->tags.n == 0) {
		box = tag_box(c, tag_like);
		if (box != NULL)
			tags_from_links(c, box);
		else if ((box = tag_box(c, tag_line)) != NULL)
			tags_from_tag_links(c, box);	/* "… tagged with <a>…</a>, <a>…</a> on …" */
	}
	if (c->page->tags.n == 0) {
		struct hnode *marked = box_after_text(c, keywords_like);

		if (marked != NULL)
			tags_from_keywords(c, marked);
		else if ((marked = box_after_text(c, tag_items_like)) != NULL)
			tags_from_items(c, marked);	/* <li class="tag-item">老街</li>: no links */
	}
	if (c->page->tags.n == 0)
		tags_from_meta(c);
	if (c->page->tags.n == 0 && (box = head_tag_box(c, tag_like)) != NULL)
		tags_from_links(c, box);	/* under the headline */
}
