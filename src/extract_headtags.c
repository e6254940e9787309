/*
 * extract_headtags: the story's tags in its header.  Many a forum topic
 * (NodeBB's topic/tags row beside the category badge) and many a blog or
 * paper theme print the tag links under the headline, with the post's
 * stats, its reply buttons and its byline between them and the text: too
 * far above the text for extract_tags.c's box just before the body.
 * Read last, when the head names no article:tag either (a blog app's row
 * there mixes its category in with the tags).  A box that extract_tags.c's
 * tag_like() takes is read so only when it lies wholly after the
 * headline's line and before the body's first: a "Topics" menu above the
 * headline is the site's, no tags.
 */
#include "config.h"

#include <stddef.h>

#include "extract_headtags.h"
#include "html.h"

struct hnode *
head_tag_box(struct ctx *c, int (*like)(struct ctx *, struct hnode *, const struct elinfo *))
{
	struct elinfo *b = c->body_node != NULL ? el_info(c, c->body_node) : NULL;

	if (b == NULL || c->title_seg >= c->nsegs || c->title_seg >= b->first)
		return NULL;
	/* from the headline's own text on: what lies before it, or holds
	 * it, starts no later than its line */
	for (struct hnode *n = c->segs[c->title_seg].node; n != NULL;
	    n = html_next(n, c->root, 1)) {
		struct elinfo *e;

		if (n->type != XML_ELEMENT_NODE || (e = el_info(c, n)) == NULL || e->end <= e->first)
			continue;
		if (e->first >= b->first)
			break;	/* the body's lines and after */
		if (e->first > c->title_seg && e->end <= b->first && like(c, n, e))
			return n;
	}
	return NULL;
}
