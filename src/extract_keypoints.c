/*
 * extract_keypoints: a story's summary set as a short list of sentences
 * over its first paragraph, as chain dailies set their "key points": two
 * to five items, each one sentence of its own with no link.  It says again
 * what the story says, as a deck over the byline does, and is no body
 * (unseen6en-sg-daily settled a standfirst so).  A lower layer for
 * extract_body.c, beside extract_dom.h.
 */
#include "config.h"

#include <string.h>

#include "extract_dom.h"
#include "extract_keypoints.h"

#define POINTS_MIN 2
#define POINTS_MAX 5
#define POINT_MAX_CHARS 160	/* of "All three bids for the jail addition
				 * topped the county's $31 million budget." */

/* Is segment i a key point: a short sentence, no link, ending in a stop? */
static int
is_point(const struct ctx *c, size_t i)
{
	const struct seg *s = &c->segs[i];
	size_t n = strlen(s->text);

	return s->chars <= POINT_MAX_CHARS && s->link_chars == 0 && s->chars >= 20 &&
	    n > 0 && s->text[n - 1] == '.';
}

size_t
key_points_end(struct ctx *c, const struct body_part *p, size_t i)
{
	struct hnode *li = seg_block(c, &c->segs[i]), *list;
	struct elinfo *e;
	int items = 0;

	if (li == NULL || !html_is(li, "li") || (list = li->parent) == NULL ||
	    !(html_is(list, "ul") || html_is(list, "ol")) || (e = el_info(c, list)) == NULL ||
	    e->first != i || e->end >= p->end)
		return i;
	for (struct hnode *k = list->children; k != NULL; k = k->next) {
		struct elinfo *ke = el_info(c, k);

		if (k->type != XML_ELEMENT_NODE)
			continue;
		/* an item of one sentence, a segment of its own */
		if (!html_is(k, "li") || ke == NULL || ke->end != ke->first + 1 ||
		    !is_point(c, ke->first) || ++items > POINTS_MAX)
			return i;
	}
	return items >= POINTS_MIN ? e->end : i;
}
