/*
 * extract_keywords: the story's tags as its microdata marks them on a line
 * the reader sees, <span itemprop="keywords">hall, fundraising, working
 * bee</span> under the text, for extract_tags.c when no label or link
 * named them.
 */
#ifndef KANBAO_EXTRACT_KEYWORDS_H
#define KANBAO_EXTRACT_KEYWORDS_H

#include "extract_dom.h"

/* Adds to c->page->tags the words of the first element marked
 * itemprop="keywords" that holds no link and lies within the story or the
 * few lines after it, parted by commas (、，; too) and not by spaces: a
 * tag of two words stays whole.  An element whose pieces run longer than
 * a tag does is a sentence and adds nothing; so does a keywords <meta>,
 * which the reader never sees. */
void tags_from_keywords(struct ctx *c);

#endif
