/*
 * extract_lineitem: the next item of a run of links on lines of their
 * own.  An old table site lists its 相关文章 as ·<a>…</a> <font>(date)
 * </font><br>: the date closing each line parts no two items of the run.
 */
#include "config.h"

#include "extract_lineitem.h"
#include "html.h"

static struct hnode *
next_sibling_element(struct hnode *n)
{
	for (n = n->next; n != NULL && n->type != XML_ELEMENT_NODE; n = n->next)
		;
	return n;
}

/* Is n the tail of a link's line: an inline element holding no link,
 * with a line break right after it? */
static int
line_tail(struct hnode *n)
{
	struct hnode *b;

	return !html_is_block(n) && !html_is(n, "a") && (b = next_sibling_element(n)) != NULL &&
	    html_is(b, "br") && count_links(n, 1) == 0;
}

struct hnode *
next_line_item(struct hnode *n)
{
	while ((n = next_sibling_element(n)) != NULL && (html_is(n, "br") || line_tail(n)))
		;
	return n;
}
