/*
 * extract_caption: is a segment a caption's, a picture's or a video's
 * (<figcaption>, a block of class "caption", "video-caption",
 * "wp-caption-text", or of its credit: "photographer", "photo-credit")?  What a caption labels ("(Source: KQTV)", "Photo:
 * …") credits the picture, not the story.  A lead picture's caption set
 * apart from the text's blocks is the picture's, no line of the story.
 * An element fact, beside extract_dom.c.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_linkbox.h"
#include "extract_pictable.h"
#include "html.h"
#include "extract_words.h"

#define CAPTION_LEVELS 4	/* how far above a segment its caption may be */

/* A definition list set right after a picture, or holding one, with its
 * caption as a term and its credit as a definition (an enterprise CMS's
 * image component: <img><dl><dt>CAPTION</dt><dd class="credit">; an old
 * page builder's <dl><dt><img></dt><dd>CAPTION</dd></dl>) captions it. */
int
picture_list(struct hnode *dl)
{
	struct hnode *p = dl->prev;

	if (!html_is(dl, "dl"))
		return 0;
	for (struct hnode *x = dl->children; x != NULL; x = html_next(x, dl, 1))
		if (html_is(x, "img"))
			return 1;
	while (p != NULL && p->type != XML_ELEMENT_NODE)
		p = p->prev;
	return html_is(p, "img");
}

int
seg_in_caption(const struct ctx *c, size_t i)
{
	struct hnode *n = seg_block(c, &c->segs[i]);

	for (int up = 0; n != NULL && up < CAPTION_LEVELS; up++, n = n->parent)
		if (html_is(n, "figcaption") || html_attr_has_any(n, "class", caption_classes) ||
		    picture_list(n) || picture_table_cell(n))
			return 1;
	return 0;
}

#define LEAD_LOOK 6	/* segments from a lead caption to the story's first paragraph */

/* Are a and b blocks of one kind with a class (a site builder's
 * sqs-block image-block beside sqs-block html-block)?  Two bare blocks
 * tell nothing. */
static int
same_classed_kind(struct hnode *a, struct hnode *b)
{
	const char *cls = html_attr_raw(b, "class");

	return cls != NULL && *cls != '\0' && same_kind(a, b);
}

/* Is the line at the segment lead a standfirst in a wrapper of its own
 * under the parent of the caption's block ka and the text's kt: not a
 * bare paragraph there (a lead <p> beside the figure, the text's own
 * first line), nor in a block of the text's kind (a site builder's
 * paragraph blocks)?  SIZE_MAX, no line read before, is so. */
static int
apart_from(const struct ctx *c, size_t lead, struct hnode *ka, struct hnode *kt)
{
	struct hnode *l = lead == SIZE_MAX ? NULL : seg_block(c, &c->segs[lead]), *kl;

	if (lead == SIZE_MAX)
		return 1;
	for (kl = l; kl != NULL && kl->parent != kt->parent; kl = kl->parent)
		;
	return kl != NULL && kl != l && kl != ka && kl != kt && !same_classed_kind(kl, kt);
}

int
lead_caption_apart(const struct ctx *c, size_t i, size_t lead)
{
	struct hnode *cap = seg_block(c, &c->segs[i]);

	if (cap == NULL || !seg_in_caption(c, i))
		return 0;
	for (size_t j = i + 1; j < c->nsegs && j <= i + LEAD_LOOK; j++) {
		const struct seg *s = &c->segs[j];
		struct hnode *text, *kt;

		if (seg_in_caption(c, j) || s->chars - s->link_chars < 30 || s->punct == 0)
			continue;	/* a credit, a second caption, a dateline */
		text = seg_block(c, s);
		if (text == NULL || !is_paragraph(text) || text->parent == NULL ||
		    contains_node(text->parent, cap))
			return 0;
		/* the blocks under the nearest element holding both */
		for (kt = text->parent; kt->parent != NULL && !contains_node(kt->parent, cap); kt = kt->parent)
			;
		if (kt->parent == NULL)
			return 0;
		for (struct hnode *ka = kt->parent->children; ka != NULL; ka = ka->next)
			if (ka->type == XML_ELEMENT_NODE && contains_node(ka, cap))
				return !same_classed_kind(ka, kt) && apart_from(c, lead, ka, kt);
		return 0;
	}
	return 0;
}

int
lead_caption_here(const struct ctx *c, size_t i)
{
	if (c->page->body.n > 1)
		return 0;
	return lead_caption_apart(c, i, c->page->body.n == 0 ? SIZE_MAX : c->body_segs[0]);
}

int
after_picture(const struct ctx *c, size_t i)
{
	for (size_t k = 0; k < c->nimgs; k++)
		if (c->imgs[k].seg == i)
			return 1;
	return 0;
}

#define ALT_MIN 20	/* bytes of an alt text a caption may repeat: a name ("Vanessa Hicks") is none */
#define ALT_CJK_MIN 15	/* bytes of five ideographs (石角邨商場): a place or a scene, past a name's four */

int
text_repeats_alt(const char *text, struct hnode *img)
{
	char *alt;
	int yes;

	if (text == NULL || *text == '\0' || (alt = html_attr(img, "alt")) == NULL)
		return 0;
	yes = (strlen(alt) >= ALT_MIN || ((unsigned char)alt[0] >= 0xE3 && strlen(alt) >= ALT_CJK_MIN)) &&
	    strncmp(text, alt, strlen(alt)) == 0;
	free(alt);
	return yes;
}

/* The element before n holds a picture and nothing to read: a CMS's
 * image field, whose caption is a field of its own after it (Drupal's
 * field-name-field-image, then field-image-caption).  The caption is
 * then the picture's as a figcaption is. */
int
picture_before(struct ctx *c, struct hnode *n)
{
	struct hnode *p = n->prev;
	struct elinfo *e;

	while (p != NULL && p->type != XML_ELEMENT_NODE)
		p = p->prev;
	if (p == NULL)
		return 0;
	for (size_t i = 0; i < c->nimgs; i++)
		if (contains_node(p, c->imgs[i].node))
			return (e = el_info(c, p)) == NULL || range_chars(c, e->first, e->end) == 0;
	return 0;
}
