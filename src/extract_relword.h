/*
 * extract_relword: the word of a previous / next link's direction.
 */
#ifndef EXTRACT_RELWORD_H
#define EXTRACT_RELWORD_H

#include "html.h"

/* The label a rel=prev / rel=next link a holds in a text of its own
 * before its title ("Previous", "Next", "Older Post", "« 上一頁"), or
 * NULL: a title that starts with the word ("Next year's budget") keeps
 * it. */
const char *rel_label(struct hnode *a);

#endif
