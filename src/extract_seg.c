/*
 * extract_seg: the document flattened into segments, runs of inline text
 * between block boundaries, in document order.  One walk gives every
 * visible element its range of segments and notes the elements the
 * byline search wants (<time>, rel=author, JSON-LD), so no later part
 * walks the tree to weigh names and styles again.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_authority.h"
#include "extract_dom.h"
#include "extract_words.h"
#include "text.h"

void
nodelist_push(struct nodelist *l, struct hnode *n)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = n;
}

struct walk {
	struct buf text;
	struct hnode *first_text;
	int chars, link_chars, punct;
	struct hnode *anchor;	/* the open <a>, if any */
	int pre;		/* how many <pre> are open */
};

static int
is_punct(uint32_t cp)
{
	return cp == 0xFF0C || cp == 0x3002 || cp == 0xFF1B || cp == 0xFF01 ||
	    cp == 0xFF1F || cp == 0x3001 || cp == ',' || cp == '.' || cp == ';';
}

/* The nearest block element above n; every element entered has its
 * block flag in its info record, so no names are compared here. */
static struct hnode *
block_of(const struct ctx *c, struct hnode *n)
{
	for (n = n->parent; n != NULL; n = n->parent) {
		const struct elinfo *e = el_info((struct ctx *)c, n);

		if (e != NULL && e->block)
			return n;
	}
	return NULL;
}

static void
flush(struct ctx *c, struct walk *w)
{
	struct seg *s;
	char *t;

	const char *node_text;

	if (w->first_text == NULL)
		return;
	/* a segment of one text node that cleaning leaves as it is is that
	 * node's text, no copy: the tree outlives the segments (a page of
	 * small tables has a segment in every cell).  Most are seen to be
	 * clean without cleaning them. */
	node_text = (const char *)w->first_text->content;
	if (w->text.len > 0 && text_is_clean(w->text.s, w->text.len) &&
	    strncmp(w->text.s, node_text, w->text.len) == 0 && node_text[w->text.len] == '\0') {
		t = NULL;
	} else {
		t = text_clean(w->text.s ? w->text.s : "", w->text.len);
		if (*t == '\0') {
			free(t);
			w->text.len = 0;
			if (w->text.s)
				w->text.s[0] = '\0';
			w->first_text = NULL;
			return;
		}
	}
	w->text.len = 0;
	if (w->text.s)
		w->text.s[0] = '\0';
	if (c->nsegs == c->capsegs) {
		c->capsegs = c->capsegs ? c->capsegs * 2 : 256;
		c->segs = xreallocarray(c->segs, c->capsegs, sizeof *c->segs);
	}
	s = &c->segs[c->nsegs++];
	if (t == NULL || strcmp(t, node_text) == 0)
		s->text = node_text;
	else
		s->text = arena_strndup(&c->texts, t, strlen(t));
	free(t);
	s->node = w->first_text;
	s->chars = w->chars;
	s->link_chars = w->link_chars;
	s->punct = w->punct;
	w->first_text = NULL;
	w->chars = w->link_chars = w->punct = 0;
}

static void flush(struct ctx *c, struct walk *w);

/* The end of a blank line's run starting at the line break s[i], or i:
 * preformatted text (a weather office's product, a plain-text release)
 * parts its paragraphs by blank lines, as a page does by blocks. */
static size_t
blank_run(const char *s, size_t i)
{
	size_t j = i + 1;

	j += strspn(s + j, " \t\r");
	if (s[j] != '\n')
		return i;
	while (s[j] == '\n')
		j += 1 + strspn(s + j + 1, " \t\r");
	return j;
}

static void
on_text(struct ctx *c, struct walk *w, struct hnode *n)
{
	const char *s = (const char *)n->content;
	size_t len, i = 0, from = 0, j;
	uint32_t cp;

	if (s == NULL)
		return;
	len = strlen(s);
	while (i < len) {
		unsigned char ch = (unsigned char)s[i];

		if (ch == '\n' && w->pre > 0 && (j = blank_run(s, i)) > i) {
			buf_add(&w->text, s + from, i - from);
			flush(c, w);	/* a paragraph of the <pre> ends */
			from = i = j;
			continue;
		}
		if (ch > ' ' && ch < 0x7F) {
			cp = ch;
			i++;
		} else if (ch < 0x80) {	/* white space, or a control */
			i++;
			continue;
		} else if ((cp = utf8_plain_wide(s + i, len - i)) != 0) {
			i += 3;	/* an ideograph, CJK punctuation: no space, no control */
		} else {
			i += utf8_decode(s + i, len - i, &cp);
			if (text_is_space(cp) || text_is_corrupting(cp))
				continue;
		}
		if (w->first_text == NULL)
			w->first_text = n;
		w->chars++;
		if (w->anchor != NULL)
			w->link_chars++;
		else if (is_punct(cp))
			w->punct++;
	}
	buf_add(&w->text, s + from, len - from);
}

/* Attributes that mark an element the byline search reads. */
static const char *const byline_marks[][2] = {
	{"rel", "author"}, {"itemprop", "author"}, {"class", "author"},
	{"itemprop", "datePublished"}, {"class", "source"}, {"class", "provider"}, {"class", "agency"},
	{"class", "from"}, {"class", "published"},	/* hAtom: extract_machdate.c */
	{"property", "dc:created"},	/* Drupal 7's RDFa date: extract_machdate.c */
	{NULL, NULL},
};

static void
on_enter(struct ctx *c, struct walk *w, struct hnode *n)
{
	if (c->ninfo == c->capinfo) {
		c->capinfo = c->capinfo ? c->capinfo * 2 : 256;
		c->info = xreallocarray(c->info, c->capinfo, sizeof *c->info);
	}
	int block = html_is_block(n);

	if (block)
		flush(c, w);
	c->info[c->ninfo] = (struct elinfo){.first = c->nsegs, .end = c->nsegs,
	    .block = block && !html_is(n, "br")};
	n->info = (unsigned)++c->ninfo;
	if (is_anchor(n) && w->anchor == NULL)
		w->anchor = n;
	w->pre += html_is(n, "pre");
	if (html_is(n, "time"))
		nodelist_push(&c->times, n);
	if (n->attrs != NULL && html_attr_has_pair(n, byline_marks) && !author_only_in_rights(n))
		nodelist_push(&c->marked, n);
	if (is_picture(n)) {
		if (c->nimgs == c->capimgs) {
			c->capimgs = c->capimgs ? c->capimgs * 2 : 16;
			c->imgs = xreallocarray(c->imgs, c->capimgs, sizeof *c->imgs);
		}
		c->imgs[c->nimgs++] = (struct img_ref){n, c->nsegs};
	}
}

static void
on_leave(struct ctx *c, struct walk *w, struct hnode *n)
{
	struct elinfo *e = el_info(c, n);

	if (e != NULL && (e->block || html_is(n, "br")))
		flush(c, w);
	if (n == w->anchor)
		w->anchor = NULL;
	w->pre -= html_is(n, "pre") && w->pre > 0;
	if (e != NULL)
		e->end = c->nsegs;
}

/* JSON-LD usually sits in <head>, which the segment walk skips. */
static void
note_head_scripts(struct ctx *c)
{
	for (struct hnode *h = c->root->children; h != NULL; h = h->next) {
		if (!html_is(h, "head"))
			continue;
		for (struct hnode *n = h->children; n != NULL; n = n->next)
			if (html_is(n, "script") && html_attr_has(n, "type", "ld+json"))
				nodelist_push(&c->ldjson, n);
	}
}

/* Makes the info and segment arrays at the most the walk can fill: one
 * record for each element, one segment for each text node at most.  Made
 * once at their size, not doubled past it: a page of 16 MiB of small
 * tables has a million elements, and doubling took 50 MB for 29, the old
 * array and the new side by side while copying. */
static void
size_arrays(struct ctx *c)
{
	size_t elements = 0, texts = 0;

	for (struct hnode *n = c->root->children; n != NULL; n = html_next(n, c->root, 1)) {
		elements += n->type == XML_ELEMENT_NODE;
		texts += n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE;
	}
	if (elements > 0) {
		c->capinfo = elements;
		c->info = xreallocarray(NULL, c->capinfo, sizeof *c->info);
	}
	if (texts > 0) {
		c->capsegs = texts;
		c->segs = xreallocarray(NULL, c->capsegs, sizeof *c->segs);
	}
}

/* Do the texts below n end three sentences (。！？, or ". ")?  Stops at
 * the third. */
static int
holds_sentences(struct hnode *n)
{
	int ends = 0;

	for (struct hnode *t = n->children; t != NULL && ends < 3; t = html_next(t, n, 1)) {
		const char *s = t->type == XML_TEXT_NODE ? (const char *)t->content : NULL;

		for (; s != NULL && ends < 3 && (s = strpbrk(s, ".\xe3\xef")) != NULL; s++)
			ends += strncmp(s, ". ", 2) == 0 || strncmp(s, "。", 3) == 0 ||
			    strncmp(s, "！", 3) == 0 || strncmp(s, "？", 3) == 0;
	}
	return ends >= 3;
}

/* Is n hidden from the reader?  Text hidden by visibility:hidden alone
 * is shown by the page's script once laid out (a WeChat article's
 * #js_content): an element so hidden that holds sentences is read, a
 * hidden share popup or menu (no sentences) stays out. */
#define GLYPH_MAX 2	/* characters of an icon font's glyph */

/* Is n an icon font's glyph: an <i> or <span> of an icon's class holding a
 * character or two outside the CJK range (Weibo's <i class="wbicon">O</i>
 * before 网页链接, a private-use codepoint)?  The reader sees a picture,
 * not the letter. */
static int
icon_glyph(struct hnode *n)
{
	char *t;
	size_t len;
	int glyph = 1;

	if ((!html_is(n, "i") && !html_is(n, "span") && !html_is(n, "em")) ||
	    !html_attr_has_any(n, "class", icon_classes))
		return 0;
	t = html_text(n);
	len = strlen(t);
	glyph = len > 0 && utf8_chars_upto(t, GLYPH_MAX + 1) <= GLYPH_MAX;
	for (size_t i = 0; glyph && i < len; ) {
		uint32_t cp;
		size_t k = utf8_decode(t + i, len - i, &cp);

		glyph = k > 0 && (cp < 0x2E80 || (cp >= 0xE000 && cp <= 0xF8FF));
		i += k > 0 ? k : 1;
	}
	free(t);
	return glyph;
}

static int
hidden(struct hnode *n)
{
	if (icon_glyph(n))
		return 1;
	if (!html_is_hidden(n))
		return 0;
	return !html_hidden_by_visibility(n) || !holds_sentences(n);
}

void
build_segments(struct ctx *c)
{
	struct walk w = {0};
	struct hnode *n = c->root->children, *root = c->root;

	size_arrays(c);

	while (n != NULL) {
		int descend = 0;

		if (html_is(n, "script") && html_attr_has(n, "type", "ld+json"))
			nodelist_push(&c->ldjson, n);
		if (n->type == XML_ELEMENT_NODE && !hidden(n)) {
			on_enter(c, &w, n);
			if (n->children != NULL)
				descend = 1;
			else
				on_leave(c, &w, n);
		} else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			on_text(c, &w, n);
		}
		if (descend) {
			n = n->children;
			continue;
		}
		while (n != root && n->next == NULL) {
			n = n->parent;
			if (n != root)
				on_leave(c, &w, n);
		}
		n = n == root ? NULL : n->next;
	}
	flush(c, &w);
	buf_free(&w.text);
	note_head_scripts(c);
	/* found once: the title, the source and the list ask for it, and a
	 * page with no <title> is walked whole to learn so */
	for (n = root; n != NULL && !html_is(n, "title"); n = html_next(n, root, 1))
		;
	c->title_tag = n;
	c->prefix_chars = xcalloc(c->nsegs + 1, sizeof *c->prefix_chars);
	c->prefix_links = xcalloc(c->nsegs + 1, sizeof *c->prefix_links);
	for (size_t i = 0; i < c->nsegs; i++) {
		c->prefix_chars[i + 1] = c->prefix_chars[i] + (uint32_t)c->segs[i].chars;
		c->prefix_links[i + 1] = c->prefix_links[i] + (uint32_t)c->segs[i].link_chars;
	}
}

struct hnode *
seg_block(const struct ctx *c, const struct seg *s)
{
	return block_of(c, s->node);
}

void
ctx_free(struct ctx *c)
{
	arena_free(&c->texts);
	free(c->segs);
	free(c->info);
	free(c->imgs);
	free(c->times.v);
	free(c->marked.v);
	free(c->ldjson.v);
	free(c->prefix_chars);
	free(c->prefix_links);
	free(c->parts);
	free(c->body_segs);
	free(c->image_segs);
}

char *
title_tag_text(const struct ctx *c)
{
	return c->title_tag != NULL ? html_text(c->title_tag) : NULL;
}
