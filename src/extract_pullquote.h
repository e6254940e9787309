/* extract_pullquote: a pull quote repeating the story's words; see
 * extract_pullquote.c. */
#ifndef KANBAO_EXTRACT_PULLQUOTE_H
#define KANBAO_EXTRACT_PULLQUOTE_H

#include "extract_dom.h"

/* Drops from the body each quote set in a <blockquote> whose words a
 * paragraph next to it says, with the cite under it. */
void drop_pull_quotes(struct ctx *c);

#endif
