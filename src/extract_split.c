/*
 * extract_split: a story split across wrappers.  A paper that sets ads
 * between the parts of a story gives each part a wrapper of its own:
 * wrapper > story-body-1, an ad, wrapper > (story-body-2, the column's
 * list of its other stories).  A paper that shows its first paragraphs
 * and hides the rest behind a "Read more" button sets the rest in a
 * wrapper beside them: p, p, read-more > (the button, an empty ad slot,
 * read-more-content).  The later part scores best, and its wrapper holds
 * the box of links beside it, so it is not alone there and the first
 * part, a cousin, was lost.  A first part is paragraphs of prose, or a
 * block of the body block's tag and first class word (story-body, the
 * number after it being the part's).  The same walk finds a letter's
 * reply beside it (extract_join.c's twin sections), by the whole class.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_split.h"
#include "html.h"

#define PART_DEPTH 3	/* levels from a wrapper down to its part's block */

int
holds_block_like(struct ctx *c, struct hnode *box, struct hnode *b, int depth, const char *cls, int whole)
{
	size_t n = whole ? strlen(cls) : strcspn(cls, " ");

	for (struct hnode *x = box; x != NULL; x = html_next(x, box, 1)) {
		struct elinfo *e;
		char *k;
		int like;

		if (x == b)
			return 1;
		if (!node_within(x, box, depth) || !html_is(x, (const char *)b->name) ||
		    (e = el_info(c, x)) == NULL)
			continue;
		k = html_attr(x, "class");
		like = k != NULL && strncmp(k, cls, n) == 0 && (k[n] == '\0' || (!whole && k[n] == ' ')) &&
		    holds_sentence(c, e);
		free(k);
		if (like)
			return 1;
	}
	return 0;
}

/* Does a paragraph of prose, or a wrapper holding a part like b, stand
 * before b's wrapper? */
static int
first_part_before(struct ctx *c, struct hnode *b)
{
	char *cls = html_attr(b, "class");
	int found = 0;

	for (struct hnode *p = b->parent->prev; p != NULL && !found; p = p->prev)
		found = p->type == XML_ELEMENT_NODE && el_info(c, p) != NULL && !is_boilerplate_block(p) &&
		    ((html_is(p, "p") && holds_sentence(c, el_info(c, p))) ||
		    (cls != NULL && holds_block_like(c, p, b, PART_DEPTH, cls, 0)));
	free(cls);
	return found;
}

int
beside_later_part(struct ctx *c, struct hnode *b, struct hnode *k)
{
	struct elinfo *e = el_info(c, k), *be = el_info(c, b);

	if (e == NULL || be == NULL || prose_score(c, e->first, e->end) > 0 ||
	    (e->first < e->end && !link_dense(c, e->first, e->end, 3)))
		return 0;
	return first_part_before(c, b);
}

int
column_beside(const struct ctx *c, struct hnode *b, struct hnode *k)
{
	const struct elinfo *be = el_info((struct ctx *)c, b), *ke = el_info((struct ctx *)c, k);

	if (b == k || b->parent != k->parent)
		return 0;
	if (html_is_cell(b) && html_is_cell(k))
		return 1;
	return be != NULL && ke != NULL && c->title_seg >= be->first && c->title_seg < be->end &&
	    ke->end <= be->first;
}
