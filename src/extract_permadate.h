/* extract_permadate: a post's date printed as its own permalink under
 * its text; see extract_permadate.c. */
#ifndef KANBAO_EXTRACT_PERMADATE_H
#define KANBAO_EXTRACT_PERMADATE_H

#include "extract_dom.h"

/* The date that opens one of the few lines just after the story
 * ("2026-11-30 热度(128)"), when it is a link's whole text and the link
 * goes to the page itself (no fragment: a comment's date links to
 * #comment-N): new, or NULL. */
char *permalink_date(const struct ctx *c);

#endif
