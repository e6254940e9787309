/*
 * extract_firstline: the first line of an element whose lines are split
 * by <br>.  A forum's poster card (MyBB's author_information, many a
 * board's) marks the member as the author and prints, under the name,
 * a <br> and then the member's rank or title (里辦公處幹事, 初級會員,
 * Senior Member): the name is the first line alone.  The caller decides
 * whether that line is a name (a role word alone, "By<br>NAME", is not).
 * Pure code on the parsed page.
 */
#include "config.h"

#include <string.h>

#include "extract_firstline.h"
#include "text.h"
#include "util.h"

char *
first_br_line(struct hnode *n)
{
	struct buf b = {0};
	int text = 0;
	char *line;

	for (struct hnode *x = n->children; x != NULL; x = html_next(x, n, !html_is_hidden(x))) {
		if (html_is(x, "br") && text) {
			line = text_clean(b.s != NULL ? b.s : "", b.len);
			buf_free(&b);
			return line;
		}
		if (x->type == XML_TEXT_NODE && x->content != NULL) {
			buf_adds(&b, (const char *)x->content);
			text |= !html_is_blank_text(x);
		}
	}
	buf_free(&b);
	return NULL;
}
