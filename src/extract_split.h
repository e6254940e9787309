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
int holds_block_like(struct ctx *c, struct hnode *box, struct hnode *b, int depth, const char *cls,
    int whole);

#endif
