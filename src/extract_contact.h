/* extract_contact: the reporter's contact line closing a story; see
 * extract_contact.c. */
#ifndef KANBAO_EXTRACT_CONTACT_H
#define KANBAO_EXTRACT_CONTACT_H

#include "extract_dom.h"

/* Is s "Contact NAME at ADDRESS ...", NAME the byline's writer? */
int contact_tail(const struct ctx *c, const struct seg *s);

#endif
