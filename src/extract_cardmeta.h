/*
 * extract_cardmeta: a related card's meta line read as its snippet.
 */
#ifndef EXTRACT_CARDMETA_H
#define EXTRACT_CARDMETA_H

/* Is s, what a related item's line holds past its title, only the card's
 * meta: a short name (the item's source or account) run into a count's
 * field, "澄川县融媒体中心阅读 8765", "NAME 评论 12", "NAME阅读：1.1万"?
 * Such a line tells nothing of the story, no snippet; a sentence before
 * the count ("…展出农产品200余种。阅读 8765") is one. */
int card_meta_only(const char *s);

#endif
