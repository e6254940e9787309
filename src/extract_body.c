/*
 * extract_body: the article body.
 *
 * The body is found by text density, after readability: every segment
 * with enough plain text scores its block, half to the parent and a third
 * to the grandparent; punctuation counts as evidence of prose (Chinese
 * prose is dense in ，。 and short in characters).  The winner's score is
 * scaled by its link density, so a list of links never wins, and a
 * gallery's captions weigh as little as page furniture.  The blocks that
 * make up the story are extract_join.c's; here their lines are read, link
 * boxes set into the story skipped, and the story ends where only boxes,
 * 上一篇 / 下一篇 or a related list follow, or at a press release's ###.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_bodyline.h"
#include "extract_appeal.h"
#include "extract_credmark.h"
#include "extract_pullquote.h"
#include "extract_rowpara.h"
#include "extract_dom.h"
#include "extract_keypoints.h"
#include "extract_parts.h"
#include "extract_promo.h"
#include "extract_storylist.h"
#include "extract_teaser.h"
#include "extract_tail.h"
#include "extract_contact.h"
#include "extract_covnote.h"
#include "extract_factbox.h"
#include "extract_outlettail.h"
#include "extract_glossary.h"
#include "extract_fileline.h"
#include "extract_pagerend.h"
#include "extract_words.h"

#define MAX_ANCESTOR_SCORE 3	/* levels a segment's score reaches up */

static void
score_segments(struct ctx *c)
{
	for (size_t i = 0; i < c->nsegs; i++) {
		struct seg *s = &c->segs[i];
		double score = seg_score(s);
		struct hnode *n = seg_block(c, s);

		if (score == 0)
			continue;
		/* a paragraph is never the body: it scores its container, so one
		 * long paragraph cannot beat the story it belongs to; so is an
		 * old layout's row of one line */
		if (is_paragraph(n) && n->parent != NULL)
			n = n->parent;
		else if (is_row_paragraph(c, n))
			n = n->parent->parent;	/* past its row, to the rows' table */
		for (int up = 0; n != NULL && up < MAX_ANCESTOR_SCORE; up++, n = n->parent) {
			struct elinfo *e = el_info(c, n);

			uint32_t add = (uint32_t)score * 6 / (uint32_t)(up + 1);

			if (e != NULL)	/* a page of 16 MiB adds up to a billion at most */
				e->score6 = e->score6 > UINT32_MAX - add ? UINT32_MAX : e->score6 + add;
		}
	}
}

static struct hnode *
pick_body(struct ctx *c)
{
	struct hnode *best = NULL, *n;
	double best_score = 0;

	for (n = c->root; n != NULL; n = html_next(n, c->root, 1)) {
		struct elinfo *e = el_info(c, n);
		size_t chars, links;
		double s;

		if (e == NULL || e->score6 == 0)
			continue;
		chars = range_chars(c, e->first, e->end);
		links = range_links(c, e->first, e->end);
		s = el_score(e) * (1.0 - (chars ? (double)links / (double)chars : 0));
		/* schema.org's story mark beats a widget's id (share-btns_containerParent) */
		if (!html_attr_has(n, "itemprop", "articleBody") &&
		    (is_boilerplate_block(n) || gallery(c, e) || in_slideshow(n)))
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
static struct hnode *
link_box(struct ctx *c, const struct body_part *p, size_t seg, int tenths)
{
	struct hnode *box = NULL;

	for (struct hnode *n = seg_block(c, &c->segs[seg]); n != NULL && n != c->body_node; n = n->parent) {
		struct elinfo *e = el_info(c, n);

		if (e == NULL)
			continue;
		if (e->first < p->first || e->end > p->end)
			break;
		if ((link_dense(c, e->first, e->end, tenths) && !holds_prose(c, e) &&
		    !(html_is(n, "li") && item_among_prose(c, n))) ||
		    is_boilerplate_block(n) || profile_box(c, n))
			box = n;
	}
	return box;
}

/* The end of the box a related heading at segment i heads: the outermost
 * element within part p, below the body's container, that starts with
 * the heading and holds no prose ("Related internet links", a link and
 * a note that the site is not responsible for them); i + 1 when none. */
static size_t
heading_box_end(struct ctx *c, const struct body_part *p, size_t i)
{
	size_t end = i + 1;

	for (struct hnode *n = seg_block(c, &c->segs[i]); n != NULL && n != c->body_node; n = n->parent) {
		struct elinfo *e = el_info(c, n);

		if (e == NULL)
			continue;
		if (e->first != i || e->end > p->end || holds_prose(c, e))
			break;
		end = e->end;
	}
	return end;
}

/* Is segment i "About NAME" over the segment after it, opening on NAME? */
static int
about_boilerplate(const struct ctx *c, size_t i)
{
	return i + 1 < c->nsegs && is_about_boilerplate(c->segs[i].text, c->segs[i + 1].text);
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

			if (is_nav_label(s->text) || about_boilerplate(c, i))
				return 0;
			if (s->chars - s->link_chars >= 30 && s->punct > 0 &&
			    s->link_chars * 4 < s->chars && !is_noise_line(s->text) &&
			    !is_meta_line(s->text) && link_box(c, &c->parts[k], i, 3) == NULL)
				return 1;
		}
	}
	return 0;
}

/* Has the story a line of prose yet?  A sender's line closes a release
 * after its text; above the text, under the headline, "Issued by: NAME"
 * labels the issuer of a bulletin (a weather warning's office). */
static int
story_begun(const struct ctx *c)
{
	for (size_t j = 0; j < c->page->body.n; j++) {
		const struct seg *s = &c->segs[c->body_segs[j]];

		if (s->chars - s->link_chars >= 30 && s->punct > 0)
			return 1;
	}
	return 0;
}

/* Does a press release's tail start at segment i of part k: the
 * sender's closing "SOURCE NAME", "About NAME" over its boilerplate, a
 * "Notes to editors" heading over the notes for the press, or the
 * contacts' label with no more of the story after it? */
static int
release_end(struct ctx *c, size_t k, size_t i)
{
	const char *s = c->segs[i].text;
	char *sender = release_source(s);

	if (sender != NULL) {
		free(sender);
		return story_begun(c);
	}
	return is_about_sender(s, c->page->source) || about_boilerplate(c, i) || is_release_tail_mark(s) ||
	    (is_contact_label(s) && !prose_after(c, k, i + (size_t)is_contact_label(s)));
}

#define ROUNDUP_HEADS 3	/* linked headings at least, each over its paragraph */

/* Is the block's link set as a heading: the block is h2-h6, or the link
 * stands in <strong> / <b>, or holds one? */
static int
emphasised_link(struct hnode *block)
{
	for (struct hnode *a = block; a != NULL; a = html_next(a, block, 1)) {
		if (!is_anchor(a))
			continue;
		if (is_heading(block))
			return 1;
		for (struct hnode *p = a->parent; p != NULL && p != block; p = p->parent)
			if (html_is(p, "strong") || html_is(p, "b"))
				return 1;
		return a->children != NULL &&
		    (html_is(a->children, "strong") || html_is(a->children, "b"));
	}
	return 0;
}

/* Is segment i of part p a roundup's linked heading: a short line that is
 * nearly all one emphasised link, over a paragraph of prose of its own? */
static int
roundup_head_at(const struct ctx *c, const struct body_part *p, size_t i)
{
	const struct seg *s = &c->segs[i], *n;
	struct hnode *block;

	if (i + 1 >= p->end || s->chars < 6 || s->chars >= 80 || s->link_chars * 10 < s->chars * 8)
		return 0;
	n = &c->segs[i + 1];
	if (n->chars - n->link_chars < 30 || n->punct == 0 || n->link_chars * 4 >= n->chars)
		return 0;
	block = seg_block(c, s);
	return block != NULL && block != c->body_node && emphasised_link(block);
}

/* the story's last line so far */
static const struct seg *
last_line(const struct ctx *c)
{
	return &c->segs[c->body_segs[c->page->body.n - 1]];
}

/* Is s, the story's last line, a note of the outlet's closing it: a call
 * to follow, an ask for tips or comments, a statement of who makes it, a
 * note of the story in another tongue? */
static int
closing_note(struct ctx *c, const struct seg *s)
{
	return follow_tail(s) || tip_tail(s) || contact_tail(c, s) || lang_note_tail(s) ||
	    outlet_statement_tail(s) || print_ask_tail(s) || news_ask_tail(c, s) || appeal_tail(c, s) ||
	    mark_tail(s) || comment_ask_tail(s) || is_more_follow_call(s->text) || scheme_tail(s);
}

/* Takes the outlet's notes off the story's close; "Edited by NAME" among
 * them names the page's editor when none is. */
static void
drop_closing_notes(struct ctx *c)
{
	const char *editor;

	while (c->page->body.n > 1) {
		if ((editor = edited_by_name(last_line(c))) != NULL) {
			if (c->page->editor == NULL)
				c->page->editor = xstrdup(editor);
		} else if (!closing_note(c, last_line(c)))
			break;
		free(c->page->body.v[--c->page->body.n]);
		c->tail_seg = c->body_segs[c->page->body.n];
	}
}

/* Does part p read as a roundup (快讯: six items, each a linked heading
 * over its paragraph)?  Then its linked headings are the story's, not a
 * link box set into it. */
static int
is_roundup(const struct ctx *c, const struct body_part *p)
{
	int heads = 0;

	for (size_t i = p->first; i < p->end && heads < ROUNDUP_HEADS; i++)
		heads += roundup_head_at(c, p, i);
	return heads >= ROUNDUP_HEADS;
}

void
extract_body(struct ctx *c)
{
	struct body_part *promos;
	size_t npromos, next_promo = 0;

	if (c->body_node == NULL || el_info(c, c->body_node) == NULL)
		return;
	body_parts(c);
	promos = promo_boxes(c, &npromos);
	for (size_t k = 0, from = story_text_start(c); k < c->nparts; k++) {
		int roundup = is_roundup(c, &c->parts[k]);

		/* a later run that is a grid of teaser cards ("Related Posts"
		 * under the story, its heading in no run) tells no story */
		if (k > 0 && !roundup && teaser_grid(c, &c->parts[k]))
			continue;

		for (size_t i = k == 0 ? from : c->parts[k].first; i < c->parts[k].end; i++) {
			const struct seg *s = &c->segs[i];
			/* a line of attachments (附件：1.报名表.doc) is the notice's
			 * own, however many links it holds; so is a roundup's
			 * linked heading */
			int attached = seg_has_attachment(c, i) ||
			    (roundup && roundup_head_at(c, &c->parts[k], i));
			struct hnode *box = attached ? NULL : link_box(c, &c->parts[k], i, 6);
			size_t after = i + 1;
			int related;

			while (next_promo < npromos && promos[next_promo].end <= i)
				next_promo++;
			if (next_promo < npromos && promos[next_promo].first <= i) {
				i = promos[next_promo].end - 1;
				continue;
			}
			if (c->page->body.n > 0 && (pager_line_ends(s) || is_end_mark(s->text) ||
			    release_end(c, k, i) || about_author_head(c, s) || pager_row_ends(c, i) ||
			    is_glossary_head(s->text)))
				goto done;
			if (c->page->body.n > 0 && gallery_head(c, s) && (c->tail_seg = i) > 0)
				goto done;	/* an embedded gallery: its pictures go with it */
			if (box == NULL && (after = factbox_end(c, i, c->parts[k].end)) > i) {
				i = after - 1;	/* "Quick facts" over its list */
				continue;
			}
			after = i + 1;
			related = is_related_heading(s->text);
			if (box != NULL)
				after = el_info(c, box)->end;
			else if (related)
				after = heading_box_end(c, &c->parts[k], i);
			if (box != NULL || related) {
				/* a box ends the story only when nothing follows it */
				if (c->page->body.n > 0 && related && !prose_after(c, k, after))
					goto done;
				i = after - 1;
				continue;
			}
			if ((!attached && (skip_in_body(c, s) || lead_caption_here(c, i))) ||
			    (c->page->body.n == 0 && is_file_download_line(s->text)))	/* the text as a file, atop it */
				continue;
			/* a summary's list over the first paragraph, not before
			 * the story's own text */
			if (c->page->body.n == 0 && (after = key_points_end(c, &c->parts[k], i)) > i &&
			    prose_after(c, k, after)) {
				i = after - 1;
				continue;
			}
			/* grown with the body, not made for every segment: a page
			 * of small tables has a million segments and no body */
			c->body_segs = xgrow(c->body_segs, c->page->body.n, sizeof *c->body_segs);
			c->body_segs[c->page->body.n] = i;
			strlist_push(&c->page->body, xstrdup(s->text));
		}
	}
done:
	drop_pull_quotes(c);
	if (c->page->body.n > 1 && (initials_tail(last_line(c)) || beat_tail(c, last_line(c))))
		free(c->page->body.v[--c->page->body.n]);
	if (c->page->body.n > 2 && signoff_tail(last_line(c), &c->segs[c->body_segs[c->page->body.n - 2]]))
		for (int k = 0; k < 2; k++)	/* the valediction and the name */
			free(c->page->body.v[--c->page->body.n]);
	if (c->page->body.n > 1 && site_tail(c, last_line(c)))
		free(c->page->body.v[--c->page->body.n]);
	drop_closing_notes(c);
	free(promos);
}
