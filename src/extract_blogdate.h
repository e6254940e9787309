/* extract_blogdate: a blog post's day over it and time under it; see
 * extract_blogdate.c. */
#ifndef KANBAO_EXTRACT_BLOGDATE_H
#define KANBAO_EXTRACT_BLOGDATE_H

#include "extract_dom.h"

/* The day a date header over the post's block gives, with the time its
 * footer gives ("2026-03-10T09:14"): new, or NULL. */
char *blog_day(const struct ctx *c);

/* The end of the lines after the story, from its end, where a post's
 * footer may start: FOOTER_LOOK lines, not counting lines that are
 * links alone (a list of stories the blog's tag plugin sets between the
 * text and its footer, Serendipity's "Related entries by tags"). */
size_t post_footer_end(const struct ctx *c, size_t end);

#endif
