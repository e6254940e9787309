/* extract_readon: a related card's read-on link; see extract_readon.c. */
#ifndef KANBAO_EXTRACT_READON_H
#define KANBAO_EXTRACT_READON_H

#include "extract_dom.h"

/* Cuts from text, the text of a related card item whose title is the
 * link a, the words of each other short link in item to a's own page
 * ("阅读全文 →", "Continue reading"): a card's read-on link tells nothing
 * of the story, no snippet. */
void cut_readon_links(struct hnode *item, struct hnode *a, char *text);

#endif
