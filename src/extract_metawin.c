/*
 * extract_metawin: the window of segments where a story's labelled
 * fields (its byline, date, source) are sought: from a few lines above
 * the headline to a few past the body, the long middle skipped.  A
 * comment thread after the story ends it: a commenter's "Posted by:
 * NAME | DATE" is no byline of the story (Typepad's div.comments, a
 * theme's ol.comment-list).  Split from extract_dom.c.
 */
#include "config.h"

#include "extract_dom.h"
#include "html.h"

#define META_HEAD 48	/* segments read from the headline on */
#define META_ABOVE 16	/* and a few above the headline */
#define THREAD_DEPTH 6	/* levels up from a line to its thread's block */

/* Does segment s stand in a block of comments (class or id "comment...")
 * that does not hold the body?  An inline element (a "3 Comments" link
 * in the post's footer) is no thread. */
static int
in_thread(const struct ctx *c, const struct seg *s)
{
	struct hnode *n = seg_block(c, s);

	for (int up = 0; n != NULL && up < THREAD_DEPTH; up++, n = n->parent) {
		if (html_is(n, "body") || html_is(n, "a") || html_is(n, "span"))
			return 0;
		if ((html_attr_has(n, "class", "comment") || html_attr_has(n, "id", "comment")) &&
		    !contains_node(n, c->body_node))
			return 1;
	}
	return 0;
}

/* The first segment of a comment thread in [from, end), or end. */
static size_t
thread_start(const struct ctx *c, size_t from, size_t end)
{
	for (size_t i = from; i < end; i++)
		if (in_thread(c, &c->segs[i]))
			return i;
	return end;
}

struct meta_win
meta_window(const struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;
	size_t bf = e ? e->first : 0, be = e ? e->end : c->nsegs;
	struct meta_win w;

	w.first = c->title_seg < c->nsegs ? c->title_seg : (bf > 12 ? bf - 12 : 0);
	if (w.first > bf)
		w.first = bf > 12 ? bf - 12 : 0;
	w.end = be + 12 < c->nsegs ? be + 12 : c->nsegs;
	if (e != NULL)
		w.end = thread_start(c, be, w.end);
	/* labelled fields may stand above the headline too: the metadata
	 * table of a government page comes first */
	w.title = w.first;
	w.first = w.first > META_ABOVE ? w.first - META_ABOVE : 0;
	w.gap_from = w.title + META_HEAD;
	w.gap_to = w.end > META_TAIL ? w.end - META_TAIL : 0;
	return w;
}

size_t
win_next(const struct meta_win *w, size_t i)
{
	i++;
	return i >= w->gap_from && i < w->gap_to ? w->gap_to : i;
}
