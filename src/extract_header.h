/*
 * extract_header: the blocks that stand over a story's own, its byline's
 * and its header's (the headline, a deck, the byline, the date, a
 * player's length, a share bar), which join no story.  A lower layer for
 * extract_join.c, beside extract_dom.h.
 */
#ifndef KANBAO_EXTRACT_HEADER_H
#define KANBAO_EXTRACT_HEADER_H

#include "extract_dom.h"

/* Is every line of the element a byline's? */
int only_meta_lines(const struct ctx *c, const struct elinfo *e);

/* Does the element, a sibling before the story's block, stand over the
 * story as its byline or its header, so that neither it nor what stands
 * above it joins the story? */
int over_story(const struct ctx *c, const struct elinfo *e);

#endif
