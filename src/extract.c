/*
 * extract: the pipeline from bytes to struct page, the segment model and
 * the article body.
 *
 * The body is found by text density, after readability: every segment
 * with enough plain text scores its block, half to the parent and a third
 * to the grandparent; punctuation counts as evidence of prose (Chinese
 * prose is dense in ，。 and short in characters).  The winner's score is
 * scaled by its link density, so a list of links never wins.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "feed.h"
#include "sites.h"
#include "extract_int.h"
#include "text.h"

#define MAX_ANCESTOR_SCORE 3	/* levels a segment's score reaches up */

struct elinfo *
el_info(struct ctx *c, xmlNodePtr n)
{
	size_t i = (size_t)(uintptr_t)(n ? n->_private : NULL);

	return i > 0 && i <= c->ninfo ? &c->info[i - 1] : NULL;
}

/* Should a walk go below n?  The segment walk entered exactly the visible
 * elements and gave each an info record, so later walks need not weigh
 * names and styles again. */
int
visible(const struct ctx *c, xmlNodePtr n)
{
	if (n->type != XML_ELEMENT_NODE)
		return n->type != XML_COMMENT_NODE;
	if (n == c->root)
		return 1;
	return el_info((struct ctx *)c, n) != NULL;
}

size_t
range_chars(const struct ctx *c, size_t first, size_t end)
{
	return c->prefix_chars[end] - c->prefix_chars[first];
}

size_t
range_links(const struct ctx *c, size_t first, size_t end)
{
	return c->prefix_links[end] - c->prefix_links[first];
}

void
nodelist_push(struct nodelist *l, xmlNodePtr n)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = n;
}

/* ---- segments ---- */

struct walk {
	struct buf text;
	xmlNodePtr first_text;
	int chars, link_chars, punct;
	xmlNodePtr anchor;	/* the open <a>, if any */
};

static int
is_punct(uint32_t cp)
{
	return cp == 0xFF0C || cp == 0x3002 || cp == 0xFF1B || cp == 0xFF01 ||
	    cp == 0xFF1F || cp == 0x3001 || cp == ',' || cp == '.' || cp == ';';
}

/* The nearest block element above n; every element entered has its
 * block flag in its info record, so no names are compared here. */
static xmlNodePtr
block_of(struct ctx *c, xmlNodePtr n)
{
	for (n = n->parent; n != NULL; n = n->parent) {
		struct elinfo *e = el_info(c, n);

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

	if (w->first_text == NULL)
		return;
	t = text_clean(w->text.s ? w->text.s : "", w->text.len);
	w->text.len = 0;
	if (w->text.s)
		w->text.s[0] = '\0';
	if (*t == '\0') {
		free(t);
		w->first_text = NULL;
		return;
	}
	if (c->nsegs == c->capsegs) {
		c->capsegs = c->capsegs ? c->capsegs * 2 : 256;
		c->segs = xreallocarray(c->segs, c->capsegs, sizeof *c->segs);
	}
	s = &c->segs[c->nsegs++];
	s->text = t;
	s->node = w->first_text;
	s->block = block_of(c, w->first_text);
	s->chars = w->chars;
	s->link_chars = w->link_chars;
	s->punct = w->punct;
	w->first_text = NULL;
	w->chars = w->link_chars = w->punct = 0;
}

static void
on_text(struct walk *w, xmlNodePtr n)
{
	const char *s = (const char *)n->content;
	size_t len, i = 0;
	uint32_t cp;

	if (s == NULL)
		return;
	len = strlen(s);
	while (i < len) {
		unsigned char ch = (unsigned char)s[i];

		if (ch > ' ' && ch < 0x7F) {
			cp = ch;
			i++;
		} else if (ch < 0x80) {	/* white space, or a control */
			i++;
			continue;
		} else if (ch >= 0xE4 && ch <= 0xE9 && len - i > 2 &&
		    ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
		    ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
			cp = 0x4E00;	/* an ideograph (U+4000..U+9FFF): no punctuation */
			i += 3;
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
	buf_add(&w->text, s, len);
}

static void
on_enter(struct ctx *c, struct walk *w, xmlNodePtr n)
{
	if (c->ninfo == c->capinfo) {
		c->capinfo = c->capinfo ? c->capinfo * 2 : 256;
		c->info = xreallocarray(c->info, c->capinfo, sizeof *c->info);
	}
	int block = html_is_block(n);

	if (block)
		flush(c, w);
	c->info[c->ninfo] = (struct elinfo){c->nsegs, c->nsegs, 0, 0, 0, block && !html_is(n, "br")};
	n->_private = (void *)(uintptr_t)++c->ninfo;
	if (html_is(n, "a") && w->anchor == NULL)
		w->anchor = n;
	if (html_is(n, "time"))
		nodelist_push(&c->times, n);
	if (n->properties != NULL && (html_attr_has(n, "rel", "author") ||
	    html_attr_has(n, "itemprop", "author") || html_attr_has(n, "class", "author") ||
	    html_attr_has(n, "itemprop", "datePublished")))
		nodelist_push(&c->marked, n);
	if (html_is(n, "img")) {
		if (c->nimgs == c->capimgs) {
			c->capimgs = c->capimgs ? c->capimgs * 2 : 16;
			c->imgs = xreallocarray(c->imgs, c->capimgs, sizeof *c->imgs);
		}
		c->imgs[c->nimgs++] = (struct img_ref){n, c->nsegs};
	}
}

static void
on_leave(struct ctx *c, struct walk *w, xmlNodePtr n)
{
	struct elinfo *e = el_info(c, n);

	if (e != NULL && (e->block || html_is(n, "br")))
		flush(c, w);
	if (n == w->anchor)
		w->anchor = NULL;
	if (e != NULL)
		e->end = c->nsegs;
}

/* JSON-LD usually sits in <head>, which the segment walk skips. */
static void
note_head_scripts(struct ctx *c)
{
	for (xmlNodePtr h = c->root->children; h != NULL; h = h->next) {
		if (!html_is(h, "head"))
			continue;
		for (xmlNodePtr n = h->children; n != NULL; n = n->next)
			if (html_is(n, "script") && html_attr_has(n, "type", "ld+json"))
				nodelist_push(&c->ldjson, n);
	}
}

static void
build_segments(struct ctx *c)
{
	struct walk w = {0};
	xmlNodePtr n = c->root->children, root = c->root;

	while (n != NULL) {
		int descend = 0;

		if (html_is(n, "script") && html_attr_has(n, "type", "ld+json"))
			nodelist_push(&c->ldjson, n);
		if (n->type == XML_ELEMENT_NODE && !html_is_hidden(n)) {
			on_enter(c, &w, n);
			if (n->children != NULL)
				descend = 1;
			else
				on_leave(c, &w, n);
		} else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			on_text(&w, n);
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
	c->prefix_chars = xcalloc(c->nsegs + 1, sizeof *c->prefix_chars);
	c->prefix_links = xcalloc(c->nsegs + 1, sizeof *c->prefix_links);
	for (size_t i = 0; i < c->nsegs; i++) {
		c->prefix_chars[i + 1] = c->prefix_chars[i] + (size_t)c->segs[i].chars;
		c->prefix_links[i + 1] = c->prefix_links[i] + (size_t)c->segs[i].link_chars;
	}
}

/* ---- body ---- */

static int
is_boilerplate_block(xmlNodePtr n)
{
	static const char *const words[] = {
		"footer", "comment", "nav", "menu", "sidebar", "share", "copyright",
		"breadcrumb", "related", "recommend", NULL
	};

	if (html_is(n, "footer") || html_is(n, "nav") || html_is(n, "aside") ||
	    html_is(n, "header"))
		return 1;
	for (const char *const *w = words; *w; w++)
		if (html_attr_has(n, "class", *w) || html_attr_has(n, "id", *w))
			return 1;
	return 0;
}

static int
is_paragraph(xmlNodePtr n)
{
	static const char *const names[] = {"p", "pre", "blockquote", "h1", "h2", "h3",
		"h4", "h5", "h6", "figcaption", "dd", NULL};

	for (const char *const *p = names; *p; p++)
		if (html_is(n, *p))
			return 1;
	return 0;
}

static void
score_segments(struct ctx *c)
{
	for (size_t i = 0; i < c->nsegs; i++) {
		struct seg *s = &c->segs[i];
		int plain = s->chars - s->link_chars;
		double score;
		xmlNodePtr n = s->block;

		if (plain < 10 || s->link_chars * 2 > s->chars)
			continue;
		score = 1 + s->punct + (plain / 40 > 5 ? 5 : plain / 40);
		/* a paragraph is never the body: it scores its container, so one
		 * long paragraph cannot beat the story it belongs to */
		if (is_paragraph(n) && n->parent != NULL)
			n = n->parent;
		for (int up = 0; n != NULL && up < MAX_ANCESTOR_SCORE; up++, n = n->parent) {
			struct elinfo *e = el_info(c, n);

			if (e != NULL)
				e->score += up == 0 ? score : score / (up + 1);
		}
	}
}

static xmlNodePtr
pick_body(struct ctx *c)
{
	xmlNodePtr best = NULL, n;
	double best_score = 0;

	for (n = c->root; n != NULL; n = html_next(n, c->root, 1)) {
		struct elinfo *e = el_info(c, n);
		size_t chars, links;
		double s;

		if (e == NULL || e->score <= 0)
			continue;
		chars = range_chars(c, e->first, e->end);
		links = range_links(c, e->first, e->end);
		s = e->score * (1.0 - (chars ? (double)links / (double)chars : 0));
		if (is_boilerplate_block(n))
			s *= 0.3;
		if (s > best_score) {
			best_score = s;
			best = n;
		}
	}
	return best;
}

/* A segment inside the body container that is not body text. */
static int
skip_in_body(const struct ctx *c, const struct seg *s)
{
	if (s->chars > 0 && s->link_chars * 10 >= s->chars * 6 && s->chars < 80)
		return 1;
	if (c->page->title[0] != '\0' && strcmp(s->text, c->page->title) == 0)
		return 1;
	return is_meta_line(s->text) || is_noise_line(s->text);
}

#define LEAD_PROBE_BYTES 60	/* of a lead, looked for in the body */

/* Does the text of segments [first, end) hold the head of s?  Many CMSs
 * fill their summary block with the body's first sentences. */
static int
repeats(const struct ctx *c, size_t first, size_t end, const char *s)
{
	size_t n = strlen(s);
	char *head;
	int found = 0;

	if (n > LEAD_PROBE_BYTES)
		n = LEAD_PROBE_BYTES;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;	/* whole characters */
	head = xstrndup(s, n);
	for (size_t i = first; i < end && !found; i++)
		found = strstr(c->segs[i].text, head) != NULL;
	free(head);
	return found;
}

/* Where the body's text starts: a story's lead (standfirst, chapo,
 * summary) often stands just outside the body block, as the element
 * right before it; its class or id says what it is.  A lead that only
 * repeats the body is left out. */
static size_t
body_start(struct ctx *c, const struct elinfo *body)
{
	static const char *const words[] = {
		"chapo", "standfirst", "lead", "summary", "digest", "intro", "abstract", NULL
	};
	xmlNodePtr n = c->body_node->prev;
	struct elinfo *e;
	size_t chars;

	while (n != NULL && n->type != XML_ELEMENT_NODE)
		n = n->prev;
	if (n == NULL || (e = el_info(c, n)) == NULL || e->end != body->first ||
	    e->first == e->end)
		return body->first;
	chars = range_chars(c, e->first, e->end);
	if (chars < 20 || range_links(c, e->first, e->end) * 2 > chars)
		return body->first;
	for (const char *const *w = words; *w; w++)
		if (html_attr_has(n, "class", *w) || html_attr_has(n, "id", *w))
			return repeats(c, body->first, body->end, c->segs[e->first].text) ?
			    body->first : e->first;
	return body->first;
}

static void
extract_body(struct ctx *c)
{
	struct elinfo *e;
	size_t first;

	if (c->body_node == NULL || (e = el_info(c, c->body_node)) == NULL)
		return;
	first = body_start(c, e);
	for (size_t i = first; i < e->end; i++) {
		const struct seg *s = &c->segs[i];

		if (i > first && c->page->body.n > 0 &&
		    (is_related_heading(s->text) || is_nav_label(s->text)))
			break;
		if (skip_in_body(c, s))
			continue;
		strlist_push(&c->page->body, xstrdup(s->text));
	}
}

static int
image_is_content(xmlNodePtr img)
{
	char *w = html_attr(img, "width"), *h = html_attr(img, "height");
	int small = (w && atoi(w) > 0 && atoi(w) < 60) || (h && atoi(h) > 0 && atoi(h) < 60);

	free(w);
	free(h);
	return !small && html_ancestor(img, "a", 3) == NULL;
}

static void
extract_images(struct ctx *c)
{
	struct elinfo *e;

	if (c->body_node == NULL || (e = el_info(c, c->body_node)) == NULL)
		return;
	for (size_t i = 0; i < c->nimgs; i++) {
		xmlNodePtr img = c->imgs[i].node;
		char *src, *url;

		if (c->imgs[i].seg < e->first || c->imgs[i].seg > e->end ||
		    !image_is_content(img) || el_info(c, img) == NULL)
			continue;
		src = html_attr(img, "data-original");
		if (src == NULL)
			src = html_attr(img, "data-src");
		if (src == NULL)
			src = html_attr(img, "src");
		url = src ? resolve_url(c, src) : NULL;
		free(src);
		if (url != NULL)
			page_add_image(c->page, url, html_attr(img, "alt"));
	}
}

/* The body container must lie within the range of the element n. */
static int
contains(struct ctx *c, xmlNodePtr outer, xmlNodePtr inner)
{
	for (; inner != NULL; inner = inner->parent)
		if (inner == outer)
			return 1;
	(void)c;
	return 0;
}

static void
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
	(void)contains;
}

static void
ctx_free(struct ctx *c)
{
	for (size_t i = 0; i < c->nsegs; i++)
		free(c->segs[i].text);
	free(c->segs);
	free(c->info);
	free(c->imgs);
	free(c->times.v);
	free(c->marked.v);
	free(c->ldjson.v);
	free(c->prefix_chars);
	free(c->prefix_links);
}

static void
extract_doc(struct ctx *c)
{
	site_remove(c);
	build_segments(c);
	score_segments(c);
	c->body_node = pick_body(c);
	extract_headlines(c);
	decide_kind(c);
	extract_title(c);
	if (c->page->kind == PAGE_LIST) {
		site_apply(c);
		return;
	}
	linklist_free(&c->page->headlines);
	extract_meta(c);
	extract_body(c);
	extract_images(c);
	extract_tags(c);
	extract_prev_next(c);
	extract_related(c);
	site_apply(c);
}

struct page *
extract_bytes(const struct extract_input *in)
{
	struct ctx c = {0};
	size_t len;
	char *owned;	/* NULL when the page is valid UTF-8 as it came */
	const char *utf8 = charset_utf8_view(in->bytes, in->len, in->http_charset, &len,
	    NULL, &owned);
	struct page *feed;

	/* an RSS or Atom feed is a list page of its items */
	if (feed_detect(utf8, len) &&
	    (feed = feed_parse(utf8, len, in->url ? in->url : "", in->fetched)) != NULL) {
		free(owned);
		return feed;
	}
	c.url = in->url ? in->url : "";
	c.fetched = in->fetched;
	c.rule = in->rule;
	c.page = page_new(c.url);
	c.doc = html_parse(utf8, len, c.url);
	free(owned);
	if (c.doc == NULL || (c.root = xmlDocGetRootElement(c.doc)) == NULL) {
		if (c.doc)
			xmlFreeDoc(c.doc);
		return c.page;
	}
	extract_doc(&c);
	ctx_free(&c);
	xmlFreeDoc(c.doc);
	return c.page;
}
