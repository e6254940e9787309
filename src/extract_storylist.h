/*
 * extract_storylist: a list set into the story, told from a box of links.
 */
#ifndef KANBAO_EXTRACT_STORYLIST_H
#define KANBAO_EXTRACT_STORYLIST_H

#include "extract_dom.h"

/* Is n (or its li, two levels up at most) an item of a list whose other
 * items are prose, though n's own text is a link? */
int item_among_prose(struct ctx *c, struct hnode *n);

#endif
