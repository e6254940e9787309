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

/* extract_photoset.c: does kids[k], after the joined blocks before it
 * (join), carry a photo set on: the set of pictures with plain captions
 * right after the story's text, or the closing words right after such a
 * set (a strip of thumbnails between is passed over)? */
int photo_set_goes_on(struct ctx *c, struct hnode *const *kids, const char *join, size_t k);

/* extract_samerun.c: between the joined blocks kids[lo] and kids[hi], a
 * block of pictures, or a block of the body block best's template (tag
 * and class), joins; so does a run of best's template closing the
 * wrapper after kids[hi], unless the story has ended. */
void join_between(struct ctx *c, struct hnode *const *kids, char *join, size_t nkids, size_t lo, size_t hi,
    struct hnode *best, int ended);

#endif
