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

#endif
