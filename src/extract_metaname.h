/* extract_metaname: the writer a page names only in its head's metadata;
 * see extract_metaname.c. */
#ifndef KANBAO_EXTRACT_METANAME_H
#define KANBAO_EXTRACT_METANAME_H

#include "extract_dom.h"

/* The person a head <meta> names as the writer (author, dc:creator,
 * parsely-author), when the value reads as a person's name and not an
 * outlet's or a body's: new, or NULL. */
char *meta_named_author(struct ctx *c);

#endif
