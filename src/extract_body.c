/*
 * extract_body: the article body and its images.
 *
 * The body is found by text density, after readability: every segment
 * with enough plain text scores its block, half to the parent and a third
 * to the grandparent; punctuation counts as evidence of prose (Chinese
 * prose is dense in ，。 and short in characters).  The winner's score is
 * scaled by its link density, so a list of links never wins.  Sibling
 * blocks that carry the story on join it; link boxes set into it are
 * skipped, and end it only when no prose follows them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_parts.h"
#include "extract_words.h"
#include "text.h"

#define MAX_ANCESTOR_SCORE 3	/* levels a segment's score reaches up */

/* What a segment gives as evidence of prose: 0 for short or linked text. */
static double
seg_score(const struct seg *s)
{
	int plain = s->chars - s->link_chars;

	if (plain < 10 || s->link_chars * 2 > s->chars)
		return 0;
	return 1 + s->punct + (plain / 40 > 5 ? 5 : plain / 40);
}

/* The evidence of prose in the sentences of segments [first, end),
 * however deep they lie: an element's own score reaches only a few levels
 * up, and a story's later blocks are often wrapped deeper than its first. */
static double
prose_score(const struct ctx *c, size_t first, size_t end)
{
	double sum = 0;

	for (size_t i = first; i < end; i++)
		if (c->segs[i].punct > 0)	/* sentences, not a player's labels */
			sum += seg_score(&c->segs[i]);
	return sum;
}

static void
score_segments(struct ctx *c)
{
	for (size_t i = 0; i < c->nsegs; i++) {
		struct seg *s = &c->segs[i];
		double score = seg_score(s);
		xmlNodePtr n = s->block;

		if (score == 0)
			continue;
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

/* Segments [e->first, e->end) as a gallery: at least as many pictures as
 * sentences, the text being their captions. */
static int
gallery(const struct ctx *c, const struct elinfo *e)
{
	size_t pictures = 0, prose = 0;

	for (size_t i = 0; i < c->nimgs; i++)
		pictures += c->imgs[i].seg >= e->first && c->imgs[i].seg < e->end;
	for (size_t i = e->first; i < e->end; i++)
		prose += seg_score(&c->segs[i]) > 0;
	return pictures >= 3 && pictures >= prose;
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
		if (is_boilerplate_block(n) || gallery(c, e))
			s *= 0.3;
		if (s > best_score) {
			best_score = s;
			best = n;
		}
	}
	return best;
}

void
find_body(struct ctx *c)
{
	score_segments(c);
	c->body_node = pick_body(c);
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
	for (const char *const *w = lead_classes; *w; w++)
		if (html_attr_has(n, "class", *w) || html_attr_has(n, "id", *w))
			return repeats(c, body->first, body->end, c->segs[e->first].text) ?
			    body->first : e->first;
	return body->first;
}

#define JOIN_MIN_SCORE 10	/* a sibling block's least score to join the story */

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
 * scored as prose itself, one whose prose lies deeper than scores reach
 * (unless it is a gallery of captions), or a paragraph of prose
 * (paragraphs score their container, so a sibling <p> has no score of
 * its own). */
static int
continues_story(struct ctx *c, xmlNodePtr n, double min)
{
	struct elinfo *e = el_info(c, n);

	if (e == NULL || e->first == e->end || is_boilerplate_block(n) ||
	    link_dense(c, e->first, e->end, 3))
		return 0;
	if (e->score >= min || (prose_score(c, e->first, e->end) >= min && !gallery(c, e)))
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
	for (const char *const *ad = ad_labels; *ad; ad++)
		if (strcmp(s, *ad) == 0)
			return 0;	/* an advertisement set into the story */
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
/* Does n hold only pictures and their captions (or nothing to read)? */
static int
only_pictures(struct ctx *c, xmlNodePtr n)
{
	struct elinfo *e = el_info(c, n);

	if (e == NULL || e->first == e->end)
		return 1;
	if (prose_score(c, e->first, e->end) > 0 && !html_is(n, "figcaption"))
		return 0;
	return html_is(n, "figure") || html_is(n, "figcaption") || holds_image(c, n, e);
}

/* A body block alone in its parent but for pictures and captions (one
 * step of a how-to, one section of a long read) stands for its parent:
 * the story's other blocks are the parent's siblings. */
static xmlNodePtr
climb_alone(struct ctx *c, xmlNodePtr best)
{
	for (;;) {
		xmlNodePtr parent = best->parent;

		if (parent == NULL || parent == c->root || html_is(parent, "body") ||
		    el_info(c, parent) == NULL || is_boilerplate_block(parent))
			return best;
		for (xmlNodePtr k = parent->children; k != NULL; k = k->next)
			if (k != best && k->type == XML_ELEMENT_NODE && !only_pictures(c, k))
				return best;
			else if (k->type == XML_TEXT_NODE && k->content != NULL &&
			    utf8_chars_upto((const char *)k->content, 20) >= 20)
				return best;	/* text of the parent's own */
		best = parent;
	}
}

static void
body_parts(struct ctx *c)
{
	xmlNodePtr best, parent, n;
	struct elinfo *be = el_info(c, c->body_node);
	double min = be->score * 0.2 > JOIN_MIN_SCORE ? be->score * 0.2 : JOIN_MIN_SCORE;
	size_t first, nkids = 0, k, lo, hi;
	xmlNodePtr *kids;
	char *join;
	int joined = 0, ended = 0;

	/* a lead stands right before the block that scored; a block that
	 * climbed has only pictures beside it, and any lead within */
	best = climb_alone(c, c->body_node);
	first = best == c->body_node ? body_start(c, be) : el_info(c, best)->first;
	c->body_node = best;
	parent = best->parent;
	be = el_info(c, best);

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

void
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

void
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
