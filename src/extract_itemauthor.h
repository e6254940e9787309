/* extract_itemauthor: the writer schema.org microdata names in the page's
 * body (itemprop="author" on a Person); see extract_itemauthor.c. */
#ifndef KANBAO_EXTRACT_ITEMAUTHOR_H
#define KANBAO_EXTRACT_ITEMAUTHOR_H

#include "extract_dom.h"

/* The name of the first element marked itemprop="author" whose itemtype
 * is schema.org's Person, before the body's text: its <meta
 * itemprop="name" content>, else its itemprop="name" element's text.  No
 * Organization's.  New, or NULL. */
char *microdata_author(struct ctx *c);

#endif
