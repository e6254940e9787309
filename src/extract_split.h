/* extract_split: a story split across wrappers; see extract_split.c. */
#ifndef KANBAO_EXTRACT_SPLIT_H
#define KANBAO_EXTRACT_SPLIT_H

#include "extract_dom.h"

/* Is k, beside the body block b, a box of links that closes b's wrapper
 * (no line of prose) while the story's first part stands in a wrapper
 * before, in a block of b's tag and first class word?  Then b stands for
 * its wrapper, and the parts join as siblings (extract_join.c). */
int closes_second_part(struct ctx *c, struct hnode *b, struct hnode *k);

#endif
