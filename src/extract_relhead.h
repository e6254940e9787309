/*
 * extract_relhead: the headings of related lists (extract_relhead.c).
 */
#ifndef KANBAO_EXTRACT_RELHEAD_H
#define KANBAO_EXTRACT_RELHEAD_H

#include "extract_dom.h"

/* Is the text node n a related list's heading (相关新闻, Related): a
 * plain line, or a link that is its line's heading, not one of a menu's
 * items nor a teaser's call to read on? */
int text_is_related_heading(const struct ctx *c, struct hnode *n);
/* Does the related heading at text node n head the story's topic pages
 * (相关专题), not its stories? */
int heads_topics(struct hnode *n);

#endif
