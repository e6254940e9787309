/*
 * extract_repeated: a tool's word said by many links of a list.
 * A lower layer of extract_list.c, beside extract_listrow.h.
 */
#ifndef KANBAO_EXTRACT_REPEATED_H
#define KANBAO_EXTRACT_REPEATED_H

#include "extract_dom.h"

/* Drops from anchors[] (n of them, texts[] their texts) the links whose
 * text three links or more to one path with as many queries say alike
 * ("Buy this photo" under each picture of a gallery, /buy?img=N): a
 * tool's word beside each item, no headline; stories sharing a title
 * stay.  Their headline_anchor marks are cleared; returns the anchors
 * left, in order.  Frees texts[] and the texts. */
size_t drop_repeated(struct ctx *c, struct hnode **anchors, char **texts, size_t n);

#endif
