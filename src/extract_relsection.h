/* extract_relsection: which of two related lists holds the site's
 * stories; see extract_relsection.c. */
#ifndef KANBAO_EXTRACT_RELSECTION_H
#define KANBAO_EXTRACT_RELSECTION_H

#include "extract_dom.h"
#include "page.h"

/* Does the list after the story (after) hold stories of the story's own
 * section, the first folder of its address ("/news/" of
 * /news/article/NAME), every item, while the box in the text (box) links
 * none there (a council's "Related information" box of service pages)?
 * Then the list after is the related list.  A story at the site's root
 * (/NAME) has no section: no.  Used by extract_related.c. */
int list_after_in_section(const struct ctx *c, const struct linklist *box, const struct linklist *after);

#endif
