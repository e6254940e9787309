/*
 * extract_leadset: a lead slideshow, the story's own photos shown one at
 * a time in a block of their own just above its text.
 *
 * A school district's or a town's CMS (an article page of Apptegy's and
 * its kin) sets an article's photos in a slideshow between the headline
 * and the text: the pictures, then a counter (1 / 3) and arrow buttons,
 * no caption, no link.  The first slide alone shows, but every slide is
 * the story's picture, as a <figure> under the headline is.  A carousel
 * of other stories (its cards are links with titles) and a gallery with
 * text of its own (captions, a title) are no such set: they are left to
 * the cover's rules (extract_images.c).  Pure: reads the DOM and the
 * element facts.
 */
#include "config.h"

#include "extract_dom.h"
#include "extract_leadset.h"
#include "extract_toolbar.h"
#include "extract_words.h"

#define SET_TEXT_MAX 16	/* characters of a slideshow's controls: ‹ 1 / 12 › */
#define SET_UP 3	/* levels from the text's block to the set's sibling */
#define SET_BARS 2	/* tool bars passed between the set and the text */

/* Is s a slideshow's box holding pictures, no link and no text but its
 * controls? */
static int
set_box(struct ctx *c, struct hnode *s)
{
	size_t pictures = 0;

	if (s == NULL || !(html_attr_has_any(s, "class", gallery_classes) ||
	    html_attr_has_any(s, "id", gallery_classes)))
		return 0;
	for (size_t i = 0; i < c->nimgs && pictures < 2; i++)
		pictures += contains_node(s, c->imgs[i].node);
	return pictures >= 2 && count_links(s, 1) == 0 && !text_over(c, s, SET_TEXT_MAX);
}

/* The set just before n or one of its near ancestors, or NULL. */
static struct hnode *
set_before(struct ctx *c, struct hnode *n)
{
	for (int up = 0; n != NULL && n->type == XML_ELEMENT_NODE && up <= SET_UP; up++, n = n->parent) {
		struct hnode *s = html_prev_element(n);

		for (int skip = 0; skip < SET_BARS && s != NULL && is_toolbar(c, s); skip++)
			s = html_prev_element(s);
		if (set_box(c, s))
			return s;
	}
	return NULL;
}

struct hnode *
lead_set(struct ctx *c)
{
	struct hnode *s = c->body_node != NULL ? set_before(c, c->body_node) : NULL;

	if (s == NULL && c->nparts > 0 && c->parts[0].first < c->nsegs)
		s = set_before(c, seg_block(c, &c->segs[c->parts[0].first]));
	return s;
}
