/*
 * extract_closing: a story whose credits come after its text.  A county
 * station or a paper's site closes the story with a line of roles and
 * names of its own, often in brackets, "（记者 杜吉祥 鲍晨曦）", and sets
 * its 编辑 and 审核 lines under it; nothing above the text names the
 * reporters.  A lower layer for extract_byline.c, beside extract_dom.h.
 */
#include "config.h"

#include <stdlib.h>

#include "extract_closing.h"
#include "extract_words.h"

#define CLOSING_LOOK 4	/* lines looked at, up from the text's end */

char *
closing_credit(struct ctx *c)
{
	struct elinfo *e;
	int looked = 0;

	if (c->body_node == NULL)
		return NULL;
	e = el_info(c, c->body_node);
	for (size_t i = e->end; i > e->first && looked < CLOSING_LOOK; looked++) {
		const char *t = c->segs[--i].text;
		char *names = credit_line_names(t);

		/* the credits sit under the text, among the byline's other
		 * lines (编辑：, 审核：); a paragraph of the text ends the look */
		if (names != NULL || !is_meta_line(t))
			return names;
	}
	return NULL;
}
