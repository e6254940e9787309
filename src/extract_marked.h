/* extract_marked: the name a page marks up as its author; see
 * extract_marked.c. */
#ifndef KANBAO_EXTRACT_MARKED_H
#define KANBAO_EXTRACT_MARKED_H

#include "extract_dom.h"

/* The first name marked as the author (rel=author, itemprop=author,
 * class="author"), its role stripped ("By", "记者"), new, or NULL. */
char *marked_author(struct ctx *c);

#endif
