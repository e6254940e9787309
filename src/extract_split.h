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

#endif
