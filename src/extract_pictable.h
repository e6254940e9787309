/* extract_pictable: a picture table's caption cell; see
 * extract_pictable.c. */
#ifndef KANBAO_EXTRACT_PICTABLE_H
#define KANBAO_EXTRACT_PICTABLE_H

#include "html.h"

/* Is n the cell of a picture table's caption: a table of two rows, the
 * first holding a picture and no text, the second this cell of text and
 * no picture? */
int picture_table_cell(struct hnode *n);

#endif
