/* extract_readon: a related card's read-on link; see extract_readon.c. */
#ifndef KANBAO_EXTRACT_READON_H
#define KANBAO_EXTRACT_READON_H

#include "extract_dom.h"

/* Cuts from text, the text of a related card item whose title is the
 * link a, the words of each other short link in item to a's own page
 * ("阅读全文 →", "Continue reading", "Read more … TITLE" with the title
 * for a screen reader): a card's read-on link tells nothing of the
 * story, no snippet. */
void cut_readon_links(struct hnode *item, struct hnode *a, const char *title, char *text);

/* Replaces *title, which a link a showing no text (the card's picture
 * linked) took from its title attribute, by the headline another link in
 * item to the same page shows, when the attribute only set a label before
 * it ("Read the article: TITLE"). */
void unlabel_card_title(struct hnode *item, struct hnode *a, char **title);

#endif
