/*
 * extract_taglink: a tag link's own word, and whether a story already has
 * it.  Pure: no I/O.
 */
#ifndef KANBAO_EXTRACT_TAGLINK_H
#define KANBAO_EXTRACT_TAGLINK_H

#include "extract_dom.h"

/* The text of the tag link a, new: without the hash mark a theme prints
 * before it ("# Roads", "＃老街") and without a label that opens it in an
 * element of its own (<a><span>Filed to:</span><span>roads</span></a>). */
char *tag_link_text(struct hnode *a);
/* Is t among c's tags already? */
int tag_taken(const struct ctx *c, const char *t);

#endif
