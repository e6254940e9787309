/*
 * extract_rowpara: an old table layout's paragraphs, one row each.
 */
#ifndef EXTRACT_ROWPARA_H
#define EXTRACT_ROWPARA_H

#include "extract_dom.h"

/* Is n a table cell alone in its row that holds one line of text?  An
 * old layout sets a notice's paragraphs so, a <tr><td> each: such a cell
 * is a paragraph, and scores the table that holds the rows, as a <p>
 * scores its container.  A cell beside others (a data table's, a
 * layout's column) or holding many lines (a layout's content area) is
 * none. */
int is_row_paragraph(struct ctx *c, struct hnode *n);

#endif
