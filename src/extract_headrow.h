/* extract_headrow: a table's row of column heads; see extract_headrow.c. */
#ifndef KANBAO_EXTRACT_HEADROW_H
#define KANBAO_EXTRACT_HEADROW_H

#include "extract_dom.h"
#include "html.h"

/* Is the cell n in a table's row of column heads: a row of two cells or
 * more, none holding a link, the row after it holding one? */
int column_head_cell(struct hnode *n);

/* The items of the rows after the row tr in its table, one list's rows
 * (a forum's like threads, one thread a row), added to out. */
void collect_later_rows(const struct ctx *c, struct hnode *tr, struct linklist *out);

#endif
