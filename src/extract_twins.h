/* extract_twins: see extract_twins.c. */
#ifndef KANBAO_EXTRACT_TWINS_H
#define KANBAO_EXTRACT_TWINS_H

#include "extract_dom.h"

/* Does a child of top holding prose (a sentence), and no block like b
 * (its class cls, within depth levels), stand between two children that
 * hold one?  Then those are parts of one story, no letter and reply. */
int prose_between_twins(struct ctx *c, struct hnode *top, struct hnode *b, int depth, const char *cls);

#endif
