/*
 * extract_storylist: a list set into the story, told from a box of links
 * set into it.  Pure: reads the segments and the tree, writes nothing.
 */
#include "config.h"

#include "extract_dom.h"
#include "extract_storylist.h"

#define ITEM_PROSE_CHARS 30	/* plain characters of an item that says something */

/* A story's list names what one of its items links to ("Here's our Year
 * in Review!" among the fixes it lists); a box of links has no item of
 * prose. */
int
item_among_prose(struct ctx *c, struct hnode *n)
{
	struct hnode *li = html_ancestor(n, "li", 2);

	if (li == NULL || li->parent == NULL)
		return 0;
	for (struct hnode *k = li->parent->children; k != NULL; k = k->next) {
		const struct elinfo *e = k != li && html_is(k, "li") ? el_info(c, k) : NULL;

		for (size_t i = e ? e->first : 0; e != NULL && i < e->end; i++)
			if (c->segs[i].chars - c->segs[i].link_chars >= ITEM_PROSE_CHARS && c->segs[i].punct > 0)
				return 1;
	}
	return 0;
}
