/*
 * extract_rowcell: a related list set as a table (a forum's topic list:
 * <tr><td><a>TOPIC</a> <a>category</a></td><td>6</td><td>412</td>
 * <td>Oct 2026</td></tr>) has columns beside each title; only the title's
 * own cell can hold a snippet.  Pure tree reading, no I/O.
 */
#include "config.h"

#include <stdlib.h>

#include "extract_authorlink.h"
#include "extract_rowcell.h"

/* The cells of row tr: its td and th children. */
static int
cells_in(struct hnode *tr)
{
	int n = 0;

	for (struct hnode *k = tr->children; k != NULL; k = k->next)
		n += html_is_cell(k);
	return n;
}

char *
own_cell_text(struct hnode *item, struct hnode *a, char *text)
{
	struct hnode *cell = a;
	char *own;

	/* a row of one cell has no columns to leave out */
	if (!html_is(item, "tr") || cells_in(item) < 2)
		return text;
	while (cell != NULL && cell->parent != item)
		cell = cell->parent;
	if (cell == NULL || !html_is_cell(cell))
		return text;
	own = html_text(cell);
	cut_writer_links(cell, own);
	free(text);
	return own;
}
