/*
 * extract_lineitem: the next item of a run of links on lines of their own
 * (extract_lineitem.c), for the related list's runs.
 */
#ifndef KANBAO_EXTRACT_LINEITEM_H
#define KANBAO_EXTRACT_LINEITEM_H

#include "extract_dom.h"

/* The element after n, past line breaks and a line's tail after its link
 * (its date: <a>…</a> <font>(2024-3-28)</font><br>), or NULL. */
struct hnode *next_line_item(struct hnode *n);

#endif
