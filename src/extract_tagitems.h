/*
 * extract_tagitems: the story's tags as a list of words, no links, whose
 * class names tags (<ul class="tag-container"><li class="tag-item"><span
 * class="tag-content">老街</span></li>…</ul>, as a column platform prints
 * them under the text), for extract_tags.c when no label, link or
 * keywords mark named them.
 */
#ifndef KANBAO_EXTRACT_TAGITEMS_H
#define KANBAO_EXTRACT_TAGITEMS_H

#include "extract_dom.h"

/* Is n a list (<ul>, <ol>) whose class or id names tags, holding no
 * link, two to fifteen items, each a word or two (up to 20
 * characters, no sentence's punctuation)?  A list of sentences so
 * classed (a feature list) is none. */
int tag_items_like(struct ctx *c, struct hnode *n, const struct elinfo *e);
/* Adds to c->page->tags the text of each of n's items, once each. */
void tags_from_items(struct ctx *c, struct hnode *n);

#endif
