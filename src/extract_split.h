/* extract_split: a story split across wrappers; see extract_split.c. */
#ifndef KANBAO_EXTRACT_SPLIT_H
#define KANBAO_EXTRACT_SPLIT_H

#include "extract_dom.h"

/* Is k, beside the body block b in its wrapper, a box of links or an
 * empty one (no line of prose: a column's list, a "Read more" button, an
 * ad slot), while the story's first part stands before the wrapper
 * (paragraphs of prose, or a block of b's tag and first class word)?
 * Then b stands for its wrapper, and the parts join as siblings
 * (extract_join.c). */
int beside_later_part(struct ctx *c, struct hnode *b, struct hnode *k);

/* Does box hold, within depth levels (box itself too), a block of b's
 * tag whose class is cls (whole) or opens with cls's first word as a
 * word of its own (not whole), holding a sentence; or b itself?  A
 * story's other part, or a letter's reply beside it (extract_join.c). */
/* Is k, a sibling of the body block b, a column of the page beside the
 * story rather than a part of it?  So is a cell of b's table row (cells
 * stand side by side: an old table site's side column of links, notices
 * and a line or two of prose), and a block before b when b holds the
 * headline (a floated side column written first): the story runs down
 * from its headline, never up into what stands before it. */
int column_beside(const struct ctx *c, struct hnode *b, struct hnode *k);

int holds_block_like(struct ctx *c, struct hnode *box, struct hnode *b, int depth, const char *cls,
    int whole);

#endif
