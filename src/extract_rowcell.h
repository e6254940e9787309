/* extract_rowcell: a related item in a table row reads its snippet in
 * the link's own cell; see extract_rowcell.c. */
#ifndef KANBAO_EXTRACT_ROWCELL_H
#define KANBAO_EXTRACT_ROWCELL_H

#include "extract_dom.h"

/* Given text, the whole text of the related item item whose title is the
 * link a: when item is a table row (<tr>) and a stands in one of its
 * cells, frees text and returns that cell's text (with its writer links
 * cut); else returns text as it is.  The row's other cells are columns
 * (replies, views, a writer, a month), no words about the story, so no
 * snippet; the row's date is read before, from the whole row. */
char *own_cell_text(struct hnode *item, struct hnode *a, char *text);

#endif
