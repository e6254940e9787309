/* extract_refine: a shown date made exact; see extract_refine.c. */
#ifndef KANBAO_EXTRACT_REFINE_H
#define KANBAO_EXTRACT_REFINE_H

#include "extract_dom.h"

/* shown (taken), or the page's machine-readable time of its day to the
 * second with its zone, or of its moment in UTC, in its place: new, or
 * NULL when shown is. */
char *refine_date(struct ctx *c, char *shown);

#endif
