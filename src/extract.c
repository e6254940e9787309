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

/* ---- the body's parts ---- */

#define JOIN_MIN_SCORE 10	/* a sibling block's least score to join the story */

/* Do links hold at least tenths/10 of the text of segments [first, end)? */
static int
link_dense(const struct ctx *c, size_t first, size_t end, int tenths)
{
	size_t chars = range_chars(c, first, end);

	return chars > 0 && range_links(c, first, end) * 10 >= chars * (size_t)tenths;
}

/* Does the element n hold one of the page's images? */
static int
holds_image(const struct ctx *c, xmlNodePtr n, const struct elinfo *e)
{
	if (html_is(n, "figure") || html_is(n, "img"))
		return 1;
	for (size_t i = 0; i < c->nimgs; i++)
		if (c->imgs[i].seg >= e->first && c->imgs[i].seg <= e->end &&
		    html_ancestor(c->imgs[i].node, (const char *)n->name, 8) == n)
			return 1;
	return 0;
}

/* A block beside the body block that carries the story on: one that
 * scored as prose itself, or a paragraph of prose (paragraphs score their
 * container, so a sibling <p> has no score of its own). */
static int
continues_story(struct ctx *c, xmlNodePtr n, double min)
{
	struct elinfo *e = el_info(c, n);

	if (e == NULL || e->first == e->end || is_boilerplate_block(n) ||
	    link_dense(c, e->first, e->end, 3))
		return 0;
	if (e->score >= min)
		return 1;
	if (!is_paragraph(n))
		return 0;
	for (size_t i = e->first; i < e->end; i++)
		if (c->segs[i].chars - c->segs[i].link_chars >= 80 && c->segs[i].punct > 0)
			return 1;
	return 0;
}

/* A line after which a story does not go on: the editor, a notice, the
 * tags, 上一篇 / 下一篇, a related list's heading. */
static int
ends_story(const char *s)
{
	return is_meta_line(s) || is_noise_line(s) || is_nav_label(s) ||
	    is_related_heading(s) || str_starts(s, "标签") || str_starts(s, "Tags");
}

static void
part_add(struct ctx *c, size_t first, size_t end)
{
	if (c->nparts > 0 && c->parts[c->nparts - 1].end == first) {
		c->parts[c->nparts - 1].end = end;
		return;
	}
	c->parts = xreallocarray(c->parts, c->nparts + 1, sizeof *c->parts);
	c->parts[c->nparts++] = (struct body_part){first, end};
}

/*
 * A story split into sibling blocks (sections between figures, a lead
 * block and later step blocks, two text blocks under one <article>) is
 * one body: the siblings of the body block that carry prose join it, and
 * so does a figure between two joined blocks; the body's container
 * becomes their parent.  Siblings that do not join (share bars, link
 * boxes, menus) are left out, not read up to.
 */
static void
body_parts(struct ctx *c)
{
	xmlNodePtr best = c->body_node, parent = best->parent, n;
	struct elinfo *be = el_info(c, best);
	size_t first = body_start(c, be), nkids = 0, k, lo, hi;
	double min = be->score * 0.2 > JOIN_MIN_SCORE ? be->score * 0.2 : JOIN_MIN_SCORE;
	xmlNodePtr *kids;
	char *join;
	int joined = 0, ended = 0;

	if (parent == NULL || parent == c->root || el_info(c, parent) == NULL) {
		part_add(c, first, be->end);
		return;
	}
	for (n = parent->children; n != NULL; n = n->next)
		nkids += el_info(c, n) != NULL;
	kids = xcalloc(nkids, sizeof *kids);
	join = xcalloc(nkids, 1);
	lo = hi = nkids;
	for (k = 0, n = parent->children; n != NULL; n = n->next) {
		struct elinfo *e = el_info(c, n);

		if (e == NULL)
			continue;
		kids[k] = n;
		if (n == best || (first < be->first && e->end == be->first))
			join[k] = 1;	/* the body block, or its lead */
		else if (!ended && continues_story(c, n, min) && (e->first > be->first ||
		    !repeats(c, be->first, be->end, c->segs[e->first].text)))
			join[k] = joined = 1;
		else if (e->first >= be->end && e->first < e->end)
			ended = ends_story(c->segs[e->first].text);
		if (join[k]) {
			lo = lo == nkids ? k : lo;
			hi = k;
		}
		k++;
	}
	for (k = lo; joined && k < hi; k++) {
		struct elinfo *e = el_info(c, kids[k]);

		if (!join[k] && !is_boilerplate_block(kids[k]) &&
		    !link_dense(c, e->first, e->end, 3) && holds_image(c, kids[k], e))
			join[k] = 1;
	}
	for (k = 0; k < nkids; k++) {
		struct elinfo *e = el_info(c, kids[k]);

		if (join[k] && (joined || kids[k] == best))
			part_add(c, kids[k] == best && !joined ? first : e->first, e->end);
	}
	if (joined)
		c->body_node = parent;
	free(kids);
	free(join);
}

/* Does the element hold sentences outside its links?  A paragraph with
 * many links in it is still prose; a box's own text is a heading and
 * dates. */
static int
holds_prose(const struct ctx *c, const struct elinfo *e)
{
	for (size_t i = e->first; i < e->end; i++)
		if (c->segs[i].chars - c->segs[i].link_chars >= 30 && c->segs[i].punct >= 2)
			return 1;
	return 0;
}

/* The outermost element around the segment, within the body's part p,
 * whose text is mostly links (at least tenths/10) or that is page
 * furniture: a box set into the story (今日推荐, 相关新闻, Related, Read
 * more, a share bar), or NULL. */
static xmlNodePtr
link_box(struct ctx *c, const struct body_part *p, size_t seg, int tenths)
{
	xmlNodePtr box = NULL;

	for (xmlNodePtr n = c->segs[seg].block; n != NULL && n != c->body_node; n = n->parent) {
		struct elinfo *e = el_info(c, n);

		if (e == NULL)
			continue;
		if (e->first < p->first || e->end > p->end)
			break;
		if ((link_dense(c, e->first, e->end, tenths) && !holds_prose(c, e)) ||
		    is_boilerplate_block(n))
			box = n;
	}
	return box;
}

/* Is there story text after segment from, in part k or a later part?  A
 * box of links with prose after it sits inside the story; one without
 * is where the story ends. */
static int
prose_after(struct ctx *c, size_t k, size_t from)
{
	for (; k < c->nparts; k++) {
		for (size_t i = from > c->parts[k].first ? from : c->parts[k].first;
		    i < c->parts[k].end; i++) {
			const struct seg *s = &c->segs[i];

			if (is_nav_label(s->text))
				return 0;
			if (s->chars - s->link_chars >= 30 && s->punct > 0 &&
			    s->link_chars * 4 < s->chars && !is_noise_line(s->text) &&
			    !is_meta_line(s->text) && link_box(c, &c->parts[k], i, 3) == NULL)
				return 1;
		}
	}
	return 0;
}

static void
extract_body(struct ctx *c)
{
	if (c->body_node == NULL || el_info(c, c->body_node) == NULL)
		return;
	body_parts(c);
	for (size_t k = 0; k < c->nparts; k++) {
		for (size_t i = c->parts[k].first; i < c->parts[k].end; i++) {
			const struct seg *s = &c->segs[i];
			xmlNodePtr box;
			size_t after = i + 1;

			if (c->page->body.n > 0 && is_nav_label(s->text))
				return;
			if ((box = link_box(c, &c->parts[k], i, 6)) != NULL)
				after = el_info(c, box)->end;
			if (box != NULL || is_related_heading(s->text)) {
				/* a box ends the story only when nothing follows it */
				if (c->page->body.n > 0 && is_related_heading(s->text) &&
				    !prose_after(c, k, after))
					return;
				i = after - 1;
				continue;
			}
			if (skip_in_body(c, s))
				continue;
			strlist_push(&c->page->body, xstrdup(s->text));
		}
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
	for (size_t i = 0, k = 0; i < c->nimgs; i++) {
		xmlNodePtr img = c->imgs[i].node;
		char *src, *url;

		while (k < c->nparts && c->imgs[i].seg > c->parts[k].end)
			k++;
		if (k == c->nparts || c->imgs[i].seg < c->parts[k].first ||
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
	free(c->parts);
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
