/* extract_metaname: the writer a page names only in its head's metadata;
 * see extract_metaname.c. */
#ifndef KANBAO_EXTRACT_METANAME_H
#define KANBAO_EXTRACT_METANAME_H

#include "extract_dom.h"

/* The person a head <meta> names as the writer (author, dc:creator,
 * parsely-author), when the value reads as a person's name and not an
 * outlet's or a body's: new, or NULL. */
char *meta_named_author(struct ctx *c);

/* The name <meta name="author"> gives, when a line between the headline
 * and the story shows it as a word of its own, else the name leading a
 * share page's meta row (row_lead_name): new, or NULL. */
char *shown_meta_author(struct ctx *c, const struct meta_win *w);

/* The Person JSON-LD names as "author" (a string, or an object's "name"),
 * never the publisher: new, or NULL. */
char *schema_author(struct ctx *c);

#endif
