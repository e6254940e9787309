/*
 * extract_keywords: the story's tags as its microdata marks them on a line
 * the reader sees, <span itemprop="keywords">hall, fundraising, working
 * bee</span> under the text, for extract_tags.c when no label or link
 * named them.
 */
#ifndef KANBAO_EXTRACT_KEYWORDS_H
#define KANBAO_EXTRACT_KEYWORDS_H

#include "extract_dom.h"

/* The length of the tag separator at p (, ; 、 ， ；), or 0. */
size_t tag_separator(const char *p);
/* Is n an element marked itemprop="keywords" that holds no link?  (A CMS
 * that links each tag marks every link's item too: extract_tags.c reads
 * those as links.)  extract_tags.c looks for one within the story or the
 * few lines after it; a keywords <meta>, which the reader never sees,
 * lies in the head. */
int keywords_like(struct ctx *c, struct hnode *n, const struct elinfo *e);
/* Adds to c->page->tags the words of n, parted by the separators and not
 * by spaces: a tag of two words stays whole.  An element whose pieces run
 * longer than a tag does is a sentence and adds nothing. */
void tags_from_keywords(struct ctx *c, struct hnode *n);

#endif
