/* extract_authorlink: an author given as a link to the writer's page;
 * see extract_authorlink.c. */
#ifndef KANBAO_EXTRACT_AUTHORLINK_H
#define KANBAO_EXTRACT_AUTHORLINK_H

#include "extract_dom.h"

/* The name a link to a writer's page (/author/, /staff/) gives on one of
 * the lines under the headline, without its class year; new, or NULL. */
char *linked_author(struct ctx *c);

#endif
