/* extract_pagerend: a pager row of two stories inside the story's text
 * block ends the story; see extract_pagerend.c. */
#ifndef KANBAO_EXTRACT_PAGEREND_H
#define KANBAO_EXTRACT_PAGEREND_H

#include <stddef.h>

#include "extract_dom.h"

/* Is segment i's block a pager row: a "← TITLE" link and then a "TITLE
 * →" one side by side (extract_arrownav.c's arrow_pair), and at most
 * PAGER_ROW_LINKS links in all?  Then the story has ended before it and
 * what follows (a list of the site's posts, its notice to readers) is
 * none of it.  Used by extract_body.c once the body has a line. */
int pager_row_ends(const struct ctx *c, size_t i);

/* Is segment s a pager's line (上一篇：TITLE, 下一篇 TITLE) that ends the
 * story, not a sentence of it opening on a pager's word (下一篇打算写……。,
 * extract_ownline.c)? */
int pager_line_ends(const struct seg *s);

#endif
