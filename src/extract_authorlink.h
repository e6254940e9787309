/* extract_authorlink: an author given as a link to the writer's page;
 * see extract_authorlink.c. */
#ifndef KANBAO_EXTRACT_AUTHORLINK_H
#define KANBAO_EXTRACT_AUTHORLINK_H

#include "extract_dom.h"

/* The name a link to a writer's page (/author/, /staff/) gives on one of
 * the lines under the headline, without its class year; new, or NULL. */
char *linked_author(struct ctx *c);
/* Cuts from text, the text of a related card item, the name each link to
 * a writer's page in item shows (a ColorMag card's byline under its
 * title): the card's writer is no snippet. */
void cut_writer_links(struct hnode *item, char *text);
/* Is url a related card's link to no story: its writer's page (/author/)
 * or its kicker's section archive (/category/province/, a
 * Newsmag card's category over its title)?  An archive base with a
 * digit after it (/category/2024/0512.html) is a story's. */
int card_meta_url(const char *url);

#endif
