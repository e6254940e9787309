/*
 * extract_teaser: a teaser card's lines.  A "Related Posts" grid under a
 * story (a page builder's posts widget) gives each item a card: a linked
 * heading over a date and an excerpt.  The excerpt is prose, but it is the
 * card's, not the story's: it tells no more of the story after the grid's
 * heading.  Pure: reads the segments and the tree, writes nothing.
 */
#include "config.h"

#include "extract_dom.h"
#include "extract_teaser.h"

#define CARD_UP 4	/* levels from a line up to its card */
#define CARD_SEGS 4	/* lines of a card: its heading, a date, an excerpt, a label */
#define GRID_CARDS 2	/* cards at least in a grid */

static int
in_teaser_card(const struct ctx *c, size_t i)
{
	struct hnode *n = seg_block(c, &c->segs[i]);

	for (int up = 0; n != NULL && n != c->body_node && up < CARD_UP; n = n->parent, up++) {
		struct elinfo *e = el_info((struct ctx *)c, n);

		if (e == NULL)
			continue;
		if (e->end - e->first > CARD_SEGS)
			return 0;	/* a run of the story, not one card */
		/* one linked heading, above the line */
		if (e->heading_links == 1 && e->first < i && !is_heading(seg_block(c, &c->segs[i])))
			return 1;
	}
	return 0;
}

/* Is segment i a card's linked heading: a heading's line, all link? */
static int
card_heading(const struct ctx *c, size_t i)
{
	const struct seg *s = &c->segs[i];

	return is_heading(seg_block(c, s)) && s->link_chars > 0 && s->link_chars * 10 >= s->chars * 9;
}

int
teaser_grid(const struct ctx *c, const struct body_part *p)
{
	size_t heads = 0;

	for (size_t i = p->first; i < p->end; i++) {
		if (card_heading(c, i))
			heads++;
		else if (i == p->first || !in_teaser_card(c, i))
			return 0;
	}
	return heads >= GRID_CARDS;
}
