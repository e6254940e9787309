/* extract_authority: a class that says "author" only inside a longer
 * word (authority, authorize); see extract_authority.c. */
#ifndef KANBAO_EXTRACT_AUTHORITY_H
#define KANBAO_EXTRACT_AUTHORITY_H

#include "html.h"

/* Does n's class hold "author" only as the start of "authority",
 * "authorize" or "authorise" (a rights notice: <p class="authority">本文
 * 禁止转载或摘编</p>), so that the class marks no author? */
int author_only_in_rights(struct hnode *n);

#endif
