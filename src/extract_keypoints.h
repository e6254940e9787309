/*
 * extract_keypoints: a story's summary set as a short list of sentences
 * over its first paragraph ("key points", "story highlights").  A lower
 * layer for extract_body.c, beside extract_dom.h.
 */
#ifndef KANBAO_EXTRACT_KEYPOINTS_H
#define KANBAO_EXTRACT_KEYPOINTS_H

#include "extract_dom.h"

/* The end of the summary list opening at segment i of part p, before the
 * story's first paragraph; i when none opens there. */
size_t key_points_end(struct ctx *c, const struct body_part *p, size_t i);

#endif
