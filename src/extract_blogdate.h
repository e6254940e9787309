/* extract_blogdate: a blog post's day over it and time under it; see
 * extract_blogdate.c. */
#ifndef KANBAO_EXTRACT_BLOGDATE_H
#define KANBAO_EXTRACT_BLOGDATE_H

#include "extract_dom.h"

/* The day a date header over the post's block gives, with the time its
 * footer gives ("2026-03-10T09:14"): new, or NULL. */
char *blog_day(const struct ctx *c);

#endif
