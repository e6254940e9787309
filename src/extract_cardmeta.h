/*
 * extract_cardmeta: a related card's meta line read as its snippet.
 */
#ifndef EXTRACT_CARDMETA_H
#define EXTRACT_CARDMETA_H

/* Characters of a card's short name, a source or an account:
 * 澄川县融媒体中心 and longer names still pass. */
#define CARD_NAME_MAX 16

/* Is s, what a related item's line holds past its title, only the card's
 * meta: a short name (the item's source or account) run into a count's
 * field, "澄川县融媒体中心阅读 8765", "NAME 评论 12", "NAME阅读：1.1万"?
 * Such a line tells nothing of the story, no snippet; a sentence before
 * the count ("…展出农产品200余种。阅读 8765") is one. */
int card_meta_only(const char *s);

/* Cuts from s, a card's summary, the card's date d (as date_here gives
 * it) printed after the summary's last sentence, with or without a space
 * ("…for the annual derby.March 26, 2025"): the item's date, read
 * already.  First cuts a card's chrome closing the summary past its
 * last sentence: its read-on link ("…camp.read more") or a magazine's
 * issue, a month and a year alone (". January 2026").  A date of
 * another day, or one the sentence runs into ("…on March 26, 2025."),
 * stays. */
void cut_tail_date(char *s, const char *d);

/* Does the name s[0..n) stand right beside the date d in t, run on or
 * spaces apart, at any of d's places (the card's meta line: NAME
 * 2026-12-03, NAME2026-12-03 as its spans run together, or the date
 * first)?  Such a name is the item's source, no words of its summary. */
int name_beside_date(const char *t, const char *s, size_t n, const char *d);

/* cut_tail_date, then the card's short name (an account, a source) left
 * after the summary's last sentence where it stood beside the date d in
 * the item's text t: "…增收1.9亿元。 清溪融媒" of a card whose meta line
 * was "清溪融媒 2026-12-03" loses the name. */
void cut_card_tail(char *s, const char *t, const char *d);

/* Cuts from s, a card's text, the whole date run holding d, the date as
 * printed: a day's name before it and a clock after it, as Drupal's and
 * Backdrop's views print a node's created field ("Thu, 10/29/2026 -
 * 16:05"), so that neither stays in the snippet.  A run that opens on
 * no day's name, or reads as no date, is left to the caller. */
void cut_dated_run(char *s, const char *d);

/* Cuts from s, a card's text past its title, the card's byline opening
 * it: a short name (the writer's, "By NAME" too), a separator (·, |, •)
 * and the card's date d as printed ("Corinne Astley · Nov 29, 2026 The
 * state fire marshal's ..."), as blog hosts print each card of the
 * blog's other posts; the item's date is read already, the name is no
 * word of the summary.  Text before the separator holding a digit or
 * sentence punctuation, or a date after it that is not d, stays. */
void cut_card_byline(char *s, const char *d);

#endif
