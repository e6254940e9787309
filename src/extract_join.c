/*
 * extract_join: the blocks that make up the story, around the block that
 * scored best.
 *
 * A story split into sibling blocks (sections between figures, a lead
 * block and later step blocks, two text blocks under one <article>) is
 * one body: the siblings of the body block that carry prose join it, and
 * so does a figure between two joined blocks; the body's container
 * becomes their parent.  A block alone in its parent but for pictures
 * stands for the parent first.  Siblings that do not join (share bars,
 * link boxes, menus, galleries, a column beside the story) are left
 * out, not read up to.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_header.h"
#include "extract_parts.h"
#include "extract_photoset.h"
#include "extract_promo.h"
#include "extract_samerun.h"
#include "extract_split.h"
#include "extract_tail.h"
#include "extract_titletag.h"
#include "extract_twins.h"
#include "extract_words.h"
#include "text.h"

#define LEAD_PROBE_BYTES 60	/* of a lead, looked for in the body */

/* Does the text of segments [first, end) hold the head of s?  Many CMSs
 * fill their summary block with the body's first sentences, under a
 * label (摘要: …) or none. */
static int
repeats(const struct ctx *c, size_t first, size_t end, const char *s)
{
	size_t n;
	char *head;
	int found = 0;

	s = past_summary_label(s);
	if ((n = strlen(s)) == 0)
		return 0;

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

/* Is all of n's text the captions of its pictures (in figcaption, or of
 * a caption's or a credit's class: photocaption, photographer)?  A lead
 * picture standing before the story block is the page's, not a paragraph: it
 * neither leads nor joins the story (a picture between two blocks of
 * the story still does). */
static int
captions_only(struct ctx *c, struct hnode *n, const struct elinfo *e)
{
	int pictured = holds_image(c, n, e) || picture_before(c, n);

	/* a picture deeper in a block of its own (div.photowrap) */
	for (size_t i = 0; i < c->nimgs && !pictured; i++)
		pictured = c->imgs[i].seg >= e->first && c->imgs[i].seg <= e->end &&
		    contains_node(n, c->imgs[i].node);
	if (!pictured)
		return 0;
	for (size_t i = e->first; i < e->end; i++) {
		struct hnode *b = seg_block(c, &c->segs[i]);

		while (b != NULL && b != n && !html_is(b, "figcaption") && !html_is(b, "figure"))
			b = b->parent;
		if ((b == NULL || b == n) && !seg_in_caption(c, i))
			return html_is(n, "figure");
	}
	return 1;
}

/* Where the body's text starts: a story's lead (standfirst, chapo,
 * summary) often stands just outside the body block, as the element
 * right before it; its class or id says what it is.  A lead that only
 * repeats the body is left out, and so is a lead picture with its
 * caption (lead-art, lead-image). */
static size_t
body_start(struct ctx *c, const struct elinfo *body)
{
	struct hnode *n = c->body_node->prev;
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
	if (captions_only(c, n, e) || is_media_player(n))
		return body->first;	/* "lead-art": the lead picture or video, not a lead */
	/* a lead's class, or the lead's own name (【导语】) opening the box:
	 * not 【导读】 or 摘要, a CMS's summary box (unseen21mix) */
	if (html_attr_has_any(n, "class", lead_classes) || html_attr_has_any(n, "id", lead_classes) ||
	    starts_any(c->segs[e->first].text, lead_labels) != NULL)
		return repeats(c, body->first, body->end, c->segs[e->first].text) ?
		    body->first : e->first;
	return body->first;
}

/* class words of a headline's deck, a line summing the story up under
 * the headline (story__dek, article-deck, subtitle) */
static const char *const deck_classes[] = {"dek", "deck", "subtitle", NULL};

/* Is segment i in a headline's deck by its class (story__dek, subtitle),
 * a few levels up at most?  A deck under the headline sums the story up
 * over its text: a header's line, as a picture there is (a standfirst,
 * a lead's class, is the story's first paragraph: body_start). */
static int
in_deck(const struct ctx *c, size_t i)
{
	struct hnode *n = seg_block(c, &c->segs[i]);

	for (int up = 0; n != NULL && up < 3 && n != c->body_node; up++, n = n->parent)
		if (html_attr_has_any(n, "class", deck_classes))
			return 1;
	return 0;
}

#define JOIN_MIN_SCORE 10	/* a sibling block's least score to join the story */

/* A block beside the body block that carries the story on: one that
 * scored as prose itself, one whose prose lies deeper than scores reach
 * (unless it is a gallery of captions), or a paragraph of prose
 * (paragraphs score their container, so a sibling <p> has no score of
 * its own), or before the body block a wrapper of one such paragraph
 * (a lead set apart; after the story, such a wrapper holds a note). */
static int
continues_story(struct ctx *c, struct hnode *n, double min)
{
	struct elinfo *e = el_info(c, n);

	if (e == NULL || e->first == e->end || is_boilerplate_block(n) ||
	    link_dense(c, e->first, e->end, 3) || only_meta_lines(c, e))
		return 0;
	if (el_score(e) >= min || (prose_score(c, e->first, e->end) >= min / 2 &&
	    holds_sentence(c, e) && !gallery(c, e)))
		return 1;
	if (!is_paragraph(n) && !(e->end <= el_info(c, c->body_node)->first && lone_paragraph(n)))
		return 0;	/* a wrapped paragraph: a lead, not a note after the story */
	for (size_t i = e->first; i < e->end; i++)
		if (c->segs[i].chars - c->segs[i].link_chars >= 80 && c->segs[i].punct > 0)
			return 1;
	return 0;
}

/* A line after which a story does not go on: the editor, a notice, the
 * tags (Topics, not a sentence opening so), 上一篇 / 下一篇, a related
 * list's or the comments' heading, a paywall's line. */
static int
ends_story(const char *s)
{
	if (is_ad_label(s))
		return 0;	/* an advertisement set into the story */
	return is_meta_line(s) || is_noise_line(s) || is_nav_label(s) ||
	    is_related_heading(s) || is_paywall_line(s) ||
	    (starts_any(s, tag_labels) != NULL && s[strlen(s) - 1] != '.') ||
	    (utf8_chars_upto(s, 17) <= 16 && starts_any(s, comment_headings) != NULL);
}

static void
part_add(struct ctx *c, size_t first, size_t end)
{
	if (c->nparts > 0 && c->parts[c->nparts - 1].end == first) {
		c->parts[c->nparts - 1].end = end;
		return;
	}
	c->parts = xgrow(c->parts, c->nparts, sizeof *c->parts);
	c->parts[c->nparts++] = (struct body_part){first, end};
}

/* Does n hold only pictures and their captions (or nothing to read)? */
static int
only_pictures(struct ctx *c, struct hnode *n)
{
	struct elinfo *e = el_info(c, n);

	if (e == NULL || e->first == e->end)
		return 1;
	if (prose_score(c, e->first, e->end) > 0 && !html_is(n, "figcaption"))
		return 0;
	return html_is(n, "figure") || html_is(n, "figcaption") || holds_image(c, n, e);
}

/* A body block alone in its parent but for pictures and captions (one
 * step of a how-to, one section of a long read), or for a box of links
 * after it, stands for its parent: the story's other blocks are the
 * parent's siblings (its first part before an ad between the parts). */
static struct hnode *
climb_alone(struct ctx *c, struct hnode *best)
{
	for (;;) {
		struct hnode *parent = best->parent;

		if (parent == NULL || parent == c->root || html_is(parent, "body") ||
		    el_info(c, parent) == NULL || is_boilerplate_block(parent))
			return best;
		for (struct hnode *k = parent->children; k != NULL; k = k->next)
			if (k != best && k->type == XML_ELEMENT_NODE && !only_pictures(c, k) &&
			    !beside_later_part(c, best, k))
				return best;
			else if (k->type == XML_TEXT_NODE && k->content != NULL &&
			    utf8_chars_upto((const char *)k->content, 20) >= 20)
				return best;	/* text of the parent's own */
		best = parent;
	}
}

#define TWIN_DEPTH 3	/* levels from a section down to its text block */
#define TWINS_MAX 4	/* a letter and its replies, not a list's items */

/* A letter and its reply (a 问政 page's 来信 and 回复, a Q&A's question
 * and answer): sections side by side, each a heading, a line of who and
 * when, and a text block of the same class as the body block.  The body
 * block is one of them; the story is every such section, in order, read
 * whole (the headings say whose the text is; the who-and-when lines are
 * bylines). */
static int
twin_sections(struct ctx *c, struct hnode *b)
{
	struct hnode *sec = b->parent, *top = sec ? sec->parent : NULL;
	char *cls = html_attr(b, "class");
	size_t twins = 0;

	if (cls != NULL && *cls != '\0' && top != NULL && top != c->root && el_info(c, top) != NULL)
		for (struct hnode *s = top->children; s != NULL; s = s->next)
			if (s->type == XML_ELEMENT_NODE && el_info(c, s) != NULL &&
			    !is_boilerplate_block(s) && holds_block_like(c, s, b, TWIN_DEPTH, cls, 1))
				twins++;
	if (twins < 2 || twins > TWINS_MAX || prose_between_twins(c, top, b, TWIN_DEPTH, cls)) {
		free(cls);
		return 0;
	}
	for (struct hnode *s = top->children; s != NULL; s = s->next)
		if (s->type == XML_ELEMENT_NODE && el_info(c, s) != NULL &&
		    !is_boilerplate_block(s) && holds_block_like(c, s, b, TWIN_DEPTH, cls, 1))
			part_add(c, el_info(c, s)->first, el_info(c, s)->end);
	free(cls);
	c->body_node = top;
	return 1;
}

void
body_parts(struct ctx *c)
{
	struct hnode *best, *parent, *n;
	struct elinfo *be = el_info(c, c->body_node);
	double min = el_score(be) * 0.2 > JOIN_MIN_SCORE ? el_score(be) * 0.2 : JOIN_MIN_SCORE;
	size_t first, nkids = 0, k, lo, hi;
	struct hnode **kids;
	char *join;
	int joined = 0, ended = 0;

	if (twin_sections(c, c->body_node))
		return;
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
	for (k = 0, n = parent->children; n != NULL; n = n->next) {
		struct elinfo *e = el_info(c, n);

		if (e == NULL)
			continue;
		kids[k] = n;
		if (n == best || (first < be->first && e->end == be->first))
			join[k] = 1;	/* the body block, or its lead */
		else if (e->end <= be->first && e->first < e->end && over_story(c, e))
			memset(join, 0, k);	/* a byline or a header: what stands over it is a deck */
		else if (e->first >= be->end && e->first < e->end &&
		    (ends_story(c->segs[e->first].text) || author_card_at(c, e->first, e->end)))
			ended = 1;	/* the comments, the tags, 上一篇, the author's card */
		else if (!ended && !column_beside(c, best, n) && (continues_story(c, n, min) || photo_set_goes_on(c, kids, join, k)) &&
		    (e->first > be->first || (!repeats(c, be->first, be->end, c->segs[e->first].text) &&
		    !captions_only(c, n, e) && !html_attr_has_any(n, "class", deck_classes))))
			join[k] = 1;
		k++;
	}
	lo = hi = nkids;
	for (k = 0; k < nkids; k++)
		if (join[k]) {
			lo = lo == nkids ? k : lo;
			hi = k;
			joined |= kids[k] != best;
		}
	if (joined)
		join_between(c, kids, join, nkids, lo, hi, best, ended);
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

#define STORY_LINE_MIN 20	/* plain characters of a sentence that starts a story */
#define HEADER_LINES_MAX 12	/* lines under a headline before the story */

/* Does segment i end a sentence of its own: enough plain text, ending in
 * a full stop, a question, an exclamation, a closing quote or bracket?
 * A date, a name and role, a picture's credit or caption (Image caption,
 * The road under water) end in none. */
static int
ends_sentence(const struct ctx *c, size_t i)
{
	static const char *const ends[] = {".", "!", "?", ")", "\"", "'", "\u201d", "\u2019",
		"\u3002", "\uff01", "\uff1f", "\u300d", NULL};
	const struct seg *s = &c->segs[i];
	size_t n = strlen(s->text);

	if (s->chars - s->link_chars < STORY_LINE_MIN)
		return 0;
	for (const char *const *e = ends; *e; e++)
		if (n >= strlen(*e) && strcmp(s->text + n - strlen(*e), *e) == 0)
			return 1;
	return 0;
}

/* Does segment i's text lie inside one of names, a few levels up at most
 * and below the block that holds the headline too (an old layout's cell
 * holds headline, byline and text alike: no table of the story's)? */
static int
seg_inside(const struct ctx *c, size_t i, const char *const *names)
{
	struct hnode *n = seg_block(c, &c->segs[i]), *title = seg_block(c, &c->segs[c->title_seg]);

	for (int up = 0; n != NULL && !contains_node(n, title) && up < 4; up++, n = n->parent)
		for (const char *const *k = names; *k; k++)
			if (html_is(n, *k))
				return 1;
	return 0;
}


size_t
story_text_start(const struct ctx *c)
{
	static const char *const figure[] = {"figure", NULL};
	static const char *const data[] = {"li", "td", "th", "pre", NULL};
	size_t first = c->nparts > 0 ? c->parts[0].first : 0, i, end;
	int pictured = 0, decked = 0;

	if (c->nparts == 0 || c->title_seg < first || c->title_seg >= c->parts[0].end)
		return first;
	for (i = first; i < c->title_seg; i++)
		if (ends_sentence(c, i))
			return first;	/* a story above its headline: not a header */
	end = c->parts[0].end < c->title_seg + HEADER_LINES_MAX ? c->parts[0].end :
	    c->title_seg + HEADER_LINES_MAX;
	for (i = c->title_seg + 1; i < end; i++) {
		if (ends_sentence(c, i) && !(decked = in_deck(c, i)))
			break;
		if (seg_inside(c, i, data))
			return first;	/* a list or a table: the story's own */
		pictured |= seg_inside(c, i, figure) || decked;
	}
	if (i < end && pictured)
		return i;
	/* a kicker over the headline in the story's block (專題報道, a
	 * section's name in colour): a label, no line of the story; but a
	 * heading the title was not taken from is the story's own */
	if (c->page->title != NULL && same_text(c->segs[c->title_seg].text, c->page->title))
		return c->title_seg + 1;
	return first;
}
