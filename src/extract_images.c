/* extract_images: the pictures within the body's parts, in order: not
 * icons, not linked banners (a link to the picture's view under the
 * story's address is none: extract_picview.c), not QR codes; lazy-loading
 * attributes first.  A cover picture just before the story's box first. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_dom.h"
#include "extract_lazysrc.h"
#include "extract_leadset.h"
#include "extract_ogcover.h"
#include "extract_parts.h"
#include "extract_photorow.h"
#include "extract_picview.h"
#include "extract_promo.h"
#include "extract_qrcode.h"
#include "extract_toolbar.h"
#include "extract_words.h"
#include "text.h"

/* Is the image's alt the name, no more? */
static int
named_alt(struct hnode *img, const char *name)
{
	char *alt = html_attr(img, "alt");
	int yes = alt != NULL && strcasecmp(alt, name) == 0;

	free(alt);
	return yes;
}

/* Is img the author's picture: an avatar, one whose alt is the author's
 * very name (a byline's headshot beside the name), or in the box about
 * the author or about the guest (人物简介)? */
static int
author_picture(struct ctx *c, struct hnode *img)
{
	int up = 0;

	if (c->page->author != NULL && *c->page->author != '\0' && named_alt(img, c->page->author))
		return 1;

	for (struct hnode *n = img; n != NULL && n->type == XML_ELEMENT_NODE && up <= 4; n = n->parent, up++)
		if (html_attr_has_any(n, "class", author_box_classes) ||
		    html_attr_has_any(n, "id", author_box_classes) || profile_box(c, n))
			return 1;
	return 0;
}

static int
story_picture(struct ctx *c, struct hnode *img)
{
	return (image_is_content(img) || own_view_picture(c, img)) && el_info(c, img) != NULL &&
	    !author_picture(c, img) && !qr_code(img) && !in_media_box(c, img) &&
	    !ad_picture(img) && !in_action_card(c, img);
}

/* n's last child element, or NULL */
static struct hnode *
last_element(struct hnode *n)
{
	struct hnode *k = n->children;

	while (k != NULL && k->next != NULL)
		k = k->next;
	return k != NULL && k->type != XML_ELEMENT_NODE ? html_prev_element(k) : k;
}

#define COVER_UP 5	/* levels from the story's container to its cover's sibling */
#define COVER_TEXT_MAX 40	/* characters of a cover's block: a caption at most */

#define LEAD_TEXT_MAX 240	/* characters of a lead figure's block: its caption and credit */

/* Does box hold a picture's caption: a <figure>, an element of a
 * caption's class (image-caption, media__caption, photo-credit), or one
 * schema.org marks as an ImageObject's caption (itemprop="caption": a
 * component library's span.cmp-image__title)? */
static int
holds_caption(struct hnode *box)
{
	for (struct hnode *n = box; n != NULL; n = html_next(n, box, 1))
		if (n->type == XML_ELEMENT_NODE && (html_is(n, "figure") || html_is(n, "figcaption") ||
		    html_attr_has_any(n, "class", caption_classes) || html_attr_has(n, "itemprop", "caption") ||
		    picture_list(n)))
			return 1;
	return 0;
}

/* Does box's text end in a picture's credit (…本报记者 邬明哲 摄), as an
 * e-paper's table of a picture over its caption, of no caption's class,
 * ends, or in one in brackets (…（記者徐佩玲攝）, as Taiwanese papers
 * print it)?  Text of no more than max characters. */
static int
credits_picture(struct hnode *box, size_t max)
{
	char *t = html_text(box);
	size_t n = strlen(t);
	int yes;

	while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '\t' || t[n - 1] == '\r'))
		n--;
	if (n > 0 && t[n - 1] == ')')	/* …（記者 徐佩玲攝）, (记者 NAME 摄) */
		n--;
	else if (n >= 3 && memcmp(t + n - 3, "）", 3) == 0)
		n -= 3;
	yes = n >= 3 && (memcmp(t + n - 3, "摄", 3) == 0 || memcmp(t + n - 3, "攝", 3) == 0) &&
	    utf8_chars_upto(t, max + 1) <= max;
	free(t);
	return yes;
}

/* Is line's text all in one <em> or <i>, as a hand-set caption is? */
static int
italic_whole(struct hnode *line)
{
	struct hnode *it = html_first_element(line);
	char *all, *in;
	int yes;

	if (!(html_is(it, "em") || html_is(it, "i")) || html_next_element(it) != NULL)
		return 0;
	all = html_text(line);
	in = html_text(it);
	yes = *in != '\0' && strcmp(all, in) == 0;
	free(all);
	free(in);
	return yes;
}

/* Is box a table cell, or a row of one, holding a picture over a line in
 * italics and nothing else, after the headline: <td><img><p><em>Volunteers
 * set up cots …</em></p></td>, as an e-mail bulletin's row under its
 * headline sets a photo and its caption, of no caption's class?  A bare
 * picture over a plain line in a block is no lead figure (a promo's
 * picture over its pitch), nor is one over a line of a link. */
static int
picture_over_line(struct ctx *c, struct hnode *box)
{
	struct hnode *cell = html_is(box, "tr") ? html_first_element(box) : box, *img, *line;
	struct elinfo *e = el_info(c, box);

	if (!html_is_cell(cell) || html_next_element(cell) != NULL || e == NULL ||
	    c->title_seg >= c->nsegs || e->first <= c->title_seg)
		return 0;
	img = html_first_element(cell);
	line = html_next_element(img);
	return html_is(img, "img") && html_is(line, "p") && html_next_element(line) == NULL &&
	    count_links(line, 1) == 0 && italic_whole(line);
}

/* Does box hold a picture? */
static int
has_picture(const struct ctx *c, struct hnode *box)
{
	for (size_t i = 0; i < c->nimgs; i++)
		if (contains_node(box, c->imgs[i].node))
			return 1;
	return 0;
}

/* Is img, or a block around it within box, the story's schema.org image
 * (itemprop="image": a shop theme's hero over a blog post's headline)? */
static int
image_prop(struct hnode *img, struct hnode *box)
{
	for (struct hnode *n = img; n != NULL; n = n->parent) {
		if (html_attr_has(n, "itemprop", "image"))
			return 1;
		if (n == box)
			break;
	}
	return 0;
}

/* Does box hold one picture, of a featured image's own class (WordPress's
 * wp-post-image, a theme's block of any class over the headline; of any
 * class when any; or the story's itemprop="image"), and no text at all?
 * Such a block just before the headline or the text is the post's
 * cover, as a block of a cover's class is. */
static int
featured_only(struct ctx *c, struct hnode *box, int any)
{
	size_t n = 0, featured = 0;

	if (text_over(c, box, 0))
		return 0;
	for (size_t i = 0; i < c->nimgs && n < 2; i++)
		if (contains_node(box, c->imgs[i].node)) {
			n++;
			featured += any || html_attr_has_any(c->imgs[i].node, "class", cover_img_classes) ||
			    image_prop(c->imgs[i].node, box);
		}
	return n == 1 && featured == 1;
}

/* The picture in box, a block of a cover's class with no text but a
 * caption's, or a lead figure of any class: one picture with its caption
 * (a <figure>, a block of a caption's class, a line ending in its 摄
 * credit, a line opening with its alt text) and no other text: the
 * index of c->imgs, or nimgs.  A cover's block holding a caption's
 * element (figure.lead-image with its figcaption) may hold a lead
 * figure's caption, however long. */
static size_t
cover_in(struct ctx *c, struct hnode *box)
{
	int cover = html_attr_has_any(box, "class", cover_classes) || featured_only(c, box, 0), caption;
	size_t max, found = c->nimgs, n = 0;
	char *t;

	if (!cover && text_over(c, box, LEAD_TEXT_MAX))
		return c->nimgs;	/* more text than a caption's: read as lines, unwalked */
	caption = holds_caption(box) || (!cover && (credits_picture(box, LEAD_TEXT_MAX) ||
	    picture_over_line(c, box)));
	max = cover && !caption ? COVER_TEXT_MAX : LEAD_TEXT_MAX;

	t = html_text(box);
	/* a caption of no class that says the picture's alt again */
	for (size_t i = 0; !cover && !caption && i < c->nimgs; i++)
		if (contains_node(box, c->imgs[i].node))
			caption = text_repeats_alt(t + strspn(t, " \n\t\r"), c->imgs[i].node);
	if (!cover && !caption) {
		free(t);
		return c->nimgs;
	}
	if (utf8_chars_upto(t, max + 1) > max)
		n = 2;
	free(t);
	for (size_t i = 0; n < 2 && i < c->nimgs; i++)
		if (contains_node(box, c->imgs[i].node) && story_picture(c, c->imgs[i].node) && n++ == 0)
			found = i;
	return n == 1 || (cover && n > 0) ? found : c->nimgs;
}

#define BYLINE_BOX_MAX 120	/* characters of a byline's block: name, a link, the date */

/* Is s the byline's block set between a lead picture and the text (the
 * picture under the headline, then "By NAME", "More by this Author", the
 * date, then a share bar): short, naming the author, with no picture of
 * the story's (the author's own may stand in it)? */
static int
byline_box(struct ctx *c, struct hnode *s)
{
	const char *a = c->page->author;
	char *t;
	int yes;

	if (a == NULL || *a == '\0' || text_over(c, s, BYLINE_BOX_MAX))
		return 0;	/* a block of text, read as lines: no byline's */
	for (size_t i = 0; i < c->nimgs; i++)
		if (contains_node(s, c->imgs[i].node) && story_picture(c, c->imgs[i].node))
			return 0;
	t = html_text(s);
	yes = utf8_chars_upto(t, BYLINE_BOX_MAX + 1) <= BYLINE_BOX_MAX && strstr(t, a) != NULL;
	free(t);
	return yes;
}

/* The cover picture in a cover's block (of a cover's class, or a
 * featured image alone) just before s, a short block of no picture: the
 * cover's caption a theme sets after it, outside it (a span of its own
 * between the featured image and the text's box): the index of c->imgs,
 * or nimgs.  When s is of a caption's class, a picture alone of any class
 * before it is the cover too: a CMS's image field, then its caption's
 * or credit's field, then the body's (Drupal's, Backdrop's
 * field-name-field-image over field-name-field-photo-credit); a short
 * block of no caption's class after a bare picture (a byline) makes no
 * cover of it. */
static size_t
cover_over_caption(struct ctx *c, struct hnode *s)
{
	struct hnode *p = html_prev_element(s);

	if (p == NULL || text_over(c, s, LEAD_TEXT_MAX) || has_picture(c, s) ||
	    !(html_attr_has_any(p, "class", cover_classes) || featured_only(c, p, 0) ||
	    (holds_caption(s) && featured_only(c, p, 1))))
		return c->nimgs;
	if (html_attr_has_any(p, "class", cover_classes) || featured_only(c, p, 0))
		return cover_in(c, p);
	for (size_t i = 0; i < c->nimgs; i++)	/* the bare picture over its caption */
		if (contains_node(p, c->imgs[i].node))
			return story_picture(c, c->imgs[i].node) ? i : c->nimgs;
	return c->nimgs;
}

/* The cover picture in a block just before n or one of its near
 * ancestors, past up to three tool bars and byline's blocks: the index
 * of c->imgs, or nimgs. */
static size_t
cover_before(struct ctx *c, struct hnode *n)
{
	for (int up = 0; n != NULL && n->type == XML_ELEMENT_NODE && up <= COVER_UP; up++, n = n->parent) {
		struct hnode *s = html_prev_element(n);
		size_t i;

		/* past tool bars (a share bar, a read-aloud player) and a
		 * byline's block, in any order */
		for (int skip = 0; skip < 3 && s != NULL && (is_toolbar(c, s) || byline_box(c, s)); skip++)
			s = html_prev_element(s);
		if (s != NULL && ((i = cover_in(c, s)) < c->nimgs || (i = cover_over_caption(c, s)) < c->nimgs))
			return i;
		/* a post's header (tag, headline, excerpt, byline) ending in its lead
		 * <figure> or a cover's block (Largo's div.featured-image) before the text */
		if (s != NULL && (s = last_element(s)) != NULL && (html_is(s, "figure") ||
		    html_attr_has_any(s, "class", cover_classes)) && (i = cover_in(c, s)) < c->nimgs)
			return i;
	}
	return c->nimgs;
}

/* A post's cover picture (a title image, a featured image) in a block of
 * its own just before the story's container or one of its near
 * ancestors, or just before the headline's (a live page's poster over
 * its title), or just before the text's first block: the index of
 * c->imgs, or nimgs. */
static size_t
cover_picture(struct ctx *c)
{
	size_t i = cover_before(c, c->body_node);

	if (i == c->nimgs && c->title_seg < c->nsegs)
		i = cover_before(c, seg_block(c, &c->segs[c->title_seg]));
	/* the container holds the story's header too (an <article> of kicker,
	 * headline, byline, lead figure, share bar, then the text's block):
	 * the figure just above the block where the text starts */
	if (i == c->nimgs && c->nparts > 0 && c->parts[0].first < c->nsegs)
		i = cover_before(c, seg_block(c, &c->segs[c->parts[0].first]));
	if (i == c->nimgs && (i = og_cover(c, image_url)) < c->nimgs && !story_picture(c, c->imgs[i].node))
		i = c->nimgs;	/* the share image, shown under the headline */
	return i;
}

static void
add_picture(struct ctx *c, size_t i)
{
	char *url = image_url(c, c->imgs[i].node);

	if (url == NULL)
		return;
	c->image_segs[c->page->nimages] = c->imgs[i].seg;
	page_add_image(c->page, url, html_attr(c->imgs[i].node, "alt"));
}

void
extract_images(struct ctx *c)
{
	struct elinfo *e;
	struct hnode *row, *set;
	size_t cover;

	if (c->body_node == NULL || (e = el_info(c, c->body_node)) == NULL)
		return;
	c->image_segs = xcalloc(c->nimgs + 1, sizeof *c->image_segs);
	if ((set = lead_set(c)) != NULL)	/* every slide of a lead slideshow */
		for (size_t i = 0; i < c->nimgs; i++) {
			if (contains_node(set, c->imgs[i].node) && story_picture(c, c->imgs[i].node) &&
			    (c->nparts == 0 || c->imgs[i].seg < c->parts[0].first))
				add_picture(c, i);
		}
	else if ((cover = cover_picture(c)) < c->nimgs && (c->nparts == 0 || c->imgs[cover].seg < c->parts[0].first))
		add_picture(c, cover);
	for (size_t i = 0, k = 0; i < c->nimgs; i++) {
		struct hnode *img = c->imgs[i].node;

		while (k < c->nparts && c->imgs[i].seg > c->parts[k].end)
			k++;
		if (k == c->nparts || c->imgs[i].seg < c->parts[k].first || !story_picture(c, img))
			continue;
		if (c->tail_seg > 0 && c->imgs[i].seg >= c->tail_seg)
			break;	/* a scheme's logo by its credit went with it */
		add_picture(c, i);
	}
	/* a field table's 相片 row after the text's row (extract_photorow.c) */
	if ((row = photo_row_cell(c)) != NULL)
		for (size_t i = 0; i < c->nimgs; i++)
			if (node_within(c->imgs[i].node, row, 6) && story_picture(c, c->imgs[i].node))
				add_picture(c, i);
}
