/* extract_writercard: the author's own card is no related story; see
 * extract_writercard.c. */
#ifndef KANBAO_EXTRACT_WRITERCARD_H
#define KANBAO_EXTRACT_WRITERCARD_H

#include "extract_dom.h"

/* Drops from c->page->related each item whose title is the page's
 * author's name, whole: the writer's card (a 专栏 UP's name linked to
 * the space, with fans and 关注 as its snippet) that a list search took
 * for a one-item list.  A story whose title only holds the name stays. */
void drop_author_cards(struct ctx *c);

#endif
