/* extract_appeal: the outlet's appeal to fund or follow it, closing a
 * story; see extract_appeal.c. */
#ifndef KANBAO_EXTRACT_APPEAL_H
#define KANBAO_EXTRACT_APPEAL_H

#include "extract_dom.h"

/* Is s, the story's last paragraph, the outlet's appeal naming it
 * (og:site_name): to fund it (funded by readers, become a member) or
 * to follow it on a channel ("Follow NAME on WhatsApp ...")? */
int appeal_tail(struct ctx *c, const struct seg *s);
/* Is s a short line of signs and pictographs alone (a callout card's
 * emoji)? */
int mark_tail(const struct seg *s);

#endif
