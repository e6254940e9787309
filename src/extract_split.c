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
 * number after it being the part's).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_split.h"
#include "html.h"

#define PART_DEPTH 3	/* levels from a wrapper down to its part's block */

/* Does the class v start with the word w[0..n) as a word of its own? */
static int
first_word_is(const char *v, const char *w, size_t n)
{
	return v != NULL && strncmp(v, w, n) == 0 && (v[n] == '\0' || v[n] == ' ');
}

/* Does wrapper p hold, within PART_DEPTH levels, a block of b's tag whose
 * class starts with b's first class word, holding a sentence? */
static int
holds_part_like(struct ctx *c, struct hnode *p, struct hnode *b, const char *w, size_t n)
{
	for (struct hnode *x = p; x != NULL; x = html_next(x, p, 1)) {
		struct elinfo *e;
		char *cls;
		int like;

		if (!node_within(x, p, PART_DEPTH) || !html_is(x, (const char *)b->name) ||
		    (e = el_info(c, x)) == NULL)
			continue;
		cls = html_attr(x, "class");
		like = first_word_is(cls, w, n) && holds_sentence(c, e);
		free(cls);
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
	size_t n = cls ? strcspn(cls, " ") : 0;
	int found = 0;

	for (struct hnode *p = b->parent->prev; p != NULL && !found; p = p->prev)
		found = p->type == XML_ELEMENT_NODE && el_info(c, p) != NULL && !is_boilerplate_block(p) &&
		    ((html_is(p, "p") && holds_sentence(c, el_info(c, p))) ||
		    (n > 0 && holds_part_like(c, p, b, cls, n)));
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
