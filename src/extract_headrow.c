/*
 * extract_headrow: a table's head row written in <td>s rather than
 * <th>s.  A forum's list of like threads under a post (MyBB's 類似的主題…:
 * <td class="tcat">主題</td><td class="tcat">作者</td>…) and many an
 * old CMS's list table head their columns in a row of plain cells.  Such
 * a row is the list's own, no title of another box: a row of two cells
 * or more, no link in any, with a row after it that links.  A lone short
 * cell in a row (a box title in a layout table) is none.  Pure code on
 * the parsed page.
 *
 * Such a list's rows are one list: a row is a list box of its own to
 * extract_related.c (its cells link the thread, its poster, its last
 * reply), so the rows after the first are read as well.
 */
#include "config.h"

#include "extract_headrow.h"
#include "extract_linkbox.h"

/* Does n hold an <a href>? */
static int
links(struct hnode *n)
{
	for (struct hnode *x = n->children; x != NULL; x = html_next(x, n, 1))
		if (html_is(x, "a") && html_has_attr(x, "href"))
			return 1;
	return 0;
}

int
column_head_cell(struct hnode *n)
{
	struct hnode *row, *next;
	int cells = 0;

	if (!html_is_cell(n) || !html_is(row = n->parent, "tr") || links(row))
		return 0;
	for (struct hnode *k = row->children; k != NULL; k = k->next)
		cells += html_is_cell(k);
	next = html_next_element(row);
	return cells >= 2 && html_is(next, "tr") && links(next);
}

void
collect_later_rows(const struct ctx *c, struct hnode *tr, struct linklist *out)
{
	if (!html_is(tr, "tr"))
		return;
	for (struct hnode *r = html_next_element(tr); html_is(r, "tr"); r = html_next_element(r))
		collect_items(c, r, NULL, out);
}
