/*
 * extract_bodyline: the lines inside the body's container that are no
 * story text.
 */
#ifndef KANBAO_EXTRACT_BODYLINE_H
#define KANBAO_EXTRACT_BODYLINE_H

#include "extract_dom.h"
#include "extract_ownline.h"	/* is_pager_word_sentence for extract_body.c */

/* Is segment s, inside the body's container, no body text?  A line of a
 * <pre> always is text, as its writer typed it. */
int skip_in_body(const struct ctx *c, const struct seg *s);

#endif
