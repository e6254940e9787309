/*
 * extract_owndate: a link's date shown in an element of its own beside
 * the headline, of no <time>, for extract_anchor.c's titles.
 */
#ifndef KANBAO_EXTRACT_OWNDATE_H
#define KANBAO_EXTRACT_OWNDATE_H

#include "extract_dom.h"

/* The child element of link a, its last or its first, whose whole text is
 * a date (<a><span>TITLE</span><span>Thursday, 22 October 2026</span></a>,
 * a list component's item), when a shows more text than that date; NULL
 * otherwise.  A link of a date alone, or a child naming more than the
 * date ("Budget 2027 in brief"), gives NULL. */
struct hnode *own_date_child(struct hnode *a);

#endif
