/*
 * extract_pagerend: a minimal blog's writer (Bear Blog, Write.as, a
 * hand-made static site) types the pager into the post's own text, "←
 * Older story · Newer story →", then perhaps a list of the site's posts
 * and a notice to readers, all in the one block the story is in.  The
 * pager row marks where the story ended: nothing after it is a line of
 * it.  The row itself is left to extract_body.c's link boxes and to
 * extract_nav.c, which reads its two links as the previous and the next
 * story.  Reads the tree only.
 */
#include "config.h"

#include <ctype.h>

#include "extract_arrownav.h"
#include "extract_find.h"
#include "extract_ownline.h"
#include "extract_pagerend.h"
#include "extract_words.h"

#define PAGER_ROW_LINKS 3	/* links of a pager row: two, maybe "Home" between */

/* Does anchor a name a story: a word beside its arrow (two letters or
 * digits, or a CJK character)?  A slideshow's bare "‹" and "›" buttons
 * name none and end nothing. */
static int
titled(struct hnode *a)
{
	for (struct hnode *x = a->children; x != NULL; x = html_next(x, a, 1)) {
		const char *t = x->type == XML_TEXT_NODE ? (const char *)x->content : NULL;
		int letters = 0;

		for (; t != NULL && *t; t++)
			if (isalnum((unsigned char)*t) ? ++letters >= 2 : cjk_at(t))
				return 1;
	}
	return 0;
}

int
pager_row_ends(const struct ctx *c, size_t i)
{
	struct hnode *block = seg_block(c, &c->segs[i]);
	const struct hnode *v[PAGER_ROW_LINKS];
	size_t n = 0;

	if (block == NULL)
		return 0;
	for (struct hnode *x = block->children; x != NULL; x = html_next(x, block, 1))
		if (html_is(x, "a")) {
			if (n == PAGER_ROW_LINKS || !titled(x))
				return 0;
			v[n++] = x;
		}
	return n >= 2 && arrow_pair(v, n, -1) != NULL;
}

int
pager_line_ends(const struct seg *s)
{
	return is_nav_label(s->text) && !is_pager_word_sentence(s);
}
