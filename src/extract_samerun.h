/* extract_samerun: blocks of the story's own template between and after
 * its joined blocks; see extract_samerun.c. */
#ifndef KANBAO_EXTRACT_SAMERUN_H
#define KANBAO_EXTRACT_SAMERUN_H

#include "extract_dom.h"

/* Between the joined blocks kids[lo] and kids[hi], a block of pictures,
 * or a block of the body block best's template (tag and class), joins;
 * so does a run of best's template closing the wrapper after kids[hi],
 * unless the story has ended.  Used by extract_join.c. */
void join_between(struct ctx *c, struct hnode *const *kids, char *join, size_t nkids, size_t lo, size_t hi,
    struct hnode *best, int ended);

#endif
