/*
 * extract_factbox: a fact box set between a story's paragraphs, a block
 * of its own holding a heading of the fact box's words ("Quick facts",
 * "By the numbers", "Fast facts") and a list under it, nothing else: a
 * government release's "Quick facts" or a newsletter's "By the numbers"
 * box.  Its items are figures pulled from the story, set beside it, no
 * lines of its text (as an <aside> is none).  A heading of those words
 * over paragraphs, or a list with no such heading, stays.
 */
#include "config.h"

#include <string.h>

#include "extract_factbox.h"
#include "extract_find.h"
#include "html.h"

#define FACT_HEAD_MAX 24	/* characters of "By the numbers", "Quick facts:" */

static const char *const fact_heads[] = {"Quick facts", "Quick Facts", "QUICK FACTS", "Fast facts",
	"Fast Facts", "FAST FACTS", "By the numbers", "By the Numbers", "BY THE NUMBERS", "Key facts",
	"Key Facts", "KEY FACTS", "Fact box", "Factbox", NULL};

/* Is the segment's block a list item, or inside one? */
static int
in_item(struct ctx *c, size_t j)
{
	struct hnode *n = seg_block(c, &c->segs[j]);

	for (int up = 0; n != NULL && up < 3; up++, n = n->parent)
		if (html_is(n, "li"))
			return 1;
	return 0;
}

size_t
factbox_end(struct ctx *c, size_t i, size_t part_end)
{
	const struct seg *s = &c->segs[i];
	const char *t = s->text;
	size_t n;
	struct hnode *h, *box;
	struct elinfo *e;

	if (s->chars > FACT_HEAD_MAX || strchr("QFBK", t[0]) == NULL || t[0] == '\0')
		return i;
	n = strlen(t);
	if (n > 0 && t[n - 1] == ':')
		n--;
	if (!is_one_of(t, n, fact_heads) || (h = seg_block(c, s)) == NULL ||
	    !(is_heading(h) || html_is(h, "strong") || html_is(h, "b") || html_is(h, "p")) ||
	    (box = h->parent) == NULL || box == c->body_node || (e = el_info(c, box)) == NULL ||
	    e->first != i || e->end > part_end || e->end <= i + 1)
		return i;
	for (size_t j = i + 1; j < e->end; j++)
		if (!in_item(c, j))
			return i;
	return e->end;
}
