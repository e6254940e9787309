/*
 * extract_pictable: a picture table's caption.  Old table layouts (an
 * e-paper's article page, a CMS of the 2000s) set a story's picture in a
 * table of its own: a row with the picture alone, then a row whose cell
 * holds its caption (<tr><td><img></td></tr><tr><td>CAPTION</td></tr>).
 * That cell captions the picture as a <figcaption> does.  A table of
 * more rows (a gallery, a layout table), a second row with a picture of
 * its own, or one holding more than a caption's text (the story under
 * its picture) promises nothing.  An element fact, beside extract_caption.c.
 */
#include "config.h"

#include <stdlib.h>

#include "extract_pictable.h"
#include "utf8.h"

#define CAPTION_MAX 80	/* characters of a caption, no story's text */

/* The previous element sibling of n, or NULL. */
static struct hnode *
prev_element(struct hnode *n)
{
	for (n = n != NULL ? n->prev : NULL; n != NULL; n = n->prev)
		if (n->type == XML_ELEMENT_NODE)
			return n;
	return NULL;
}

/* Does n hold a picture (picture 1) or text to read (picture 0)? */
static int
holds(struct hnode *n, int picture)
{
	for (struct hnode *x = n->children; x != NULL; x = html_next(x, n, 1)) {
		if (picture && html_is(x, "img"))
			return 1;
		if (!picture && x->type == XML_TEXT_NODE && !html_is_blank_text(x))
			return 1;
	}
	return 0;
}

int
picture_table_cell(struct hnode *n)
{
	struct hnode *row, *above;
	char *t;
	int short_text;

	if (!html_is_cell(n) || !html_is(row = n->parent, "tr"))
		return 0;
	if (html_next_element(row) != NULL || (above = prev_element(row)) == NULL ||
	    !html_is(above, "tr") || prev_element(above) != NULL)
		return 0;
	if (!holds(above, 1) || holds(above, 0) || holds(row, 1) || !holds(n, 0))
		return 0;
	t = html_text(n);
	short_text = !utf8_longer_than(t, CAPTION_MAX);
	free(t);
	return short_text;
}
