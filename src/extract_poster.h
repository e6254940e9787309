/* extract_poster: a forum thread's poster as its author; see
 * extract_poster.c. */
#ifndef KANBAO_EXTRACT_POSTER_H
#define KANBAO_EXTRACT_POSTER_H

#include "extract_dom.h"

/* The name of the poster's card in a cell of the table row that holds
 * the story's first line (a forum's floor: the card's cell beside the
 * post's), linked to the member's page; new, or NULL. */
char *poster_author(struct ctx *c);

#endif
