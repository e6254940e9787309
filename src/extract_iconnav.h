/* extract_iconnav: a pager of the items either side marked by icons
 * alone; see extract_iconnav.c. */
#ifndef KANBAO_EXTRACT_ICONNAV_H
#define KANBAO_EXTRACT_ICONNAV_H

#include "extract_dom.h"

/* The first visible link holding an empty element whose attribute's
 * name or class word ends on rel's direction ("-previous", "-prev" for
 * "prev", "-next" for "next"), or NULL. */
struct hnode *icon_marked_anchor(const struct ctx *c, const char *rel);

#endif
