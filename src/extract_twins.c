/*
 * extract_twins: whether the same-class text blocks of a story's
 * sections are a letter and its reply (extract_join.c, twin_sections)
 * or parts of one story with prose of another kind between them: a site
 * builder's story of snippets (text, picture-and-text, text) repeats
 * its text block's class in every text snippet.
 */
#include "config.h"

#include "extract_dom.h"
#include "extract_split.h"
#include "extract_twins.h"

int
prose_between_twins(struct ctx *c, struct hnode *top, struct hnode *b, int depth, const char *cls)
{
	int seen = 0, prose = 0;

	for (struct hnode *s = top->children; s != NULL; s = s->next) {
		struct elinfo *e = s->type == XML_ELEMENT_NODE ? el_info(c, s) : NULL;

		if (e == NULL || is_boilerplate_block(s))
			continue;
		if (holds_block_like(c, s, b, depth, cls, 1)) {
			if (seen && prose)
				return 1;
			seen = 1;
		} else if (seen && holds_sentence(c, e))
			prose = 1;
	}
	return 0;
}
