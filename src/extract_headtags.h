/* extract_headtags: a story's tag box printed between its headline and
 * its text; see extract_headtags.c. */
#ifndef KANBAO_EXTRACT_HEADTAGS_H
#define KANBAO_EXTRACT_HEADTAGS_H

#include "extract_dom.h"

/* The first element that like() takes for a box of tags and whose lines
 * all lie after the headline's line and before the body's first line;
 * NULL when there is none, or no headline or body. */
struct hnode *head_tag_box(struct ctx *c,
    int (*like)(struct ctx *, struct hnode *, const struct elinfo *));

#endif
