/*
 * extract_rowpara: an old table layout's paragraphs, one row each (see
 * extract_rowpara.h), for extract_body.c's scores.
 */
#include "config.h"

#include "extract_rowpara.h"

int
is_row_paragraph(struct ctx *c, struct hnode *n)
{
	struct elinfo *e = el_info(c, n);
	int cells = 0;

	if (e == NULL || e->end - e->first != 1 || !html_is_cell(n) ||
	    n->parent == NULL || !html_is(n->parent, "tr") || n->parent->parent == NULL)
		return 0;
	for (struct hnode *k = n->parent->children; k != NULL && cells < 2; k = k->next)
		cells += k->type == XML_ELEMENT_NODE;
	return cells == 1;
}
