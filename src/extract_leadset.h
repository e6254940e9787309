/* extract_leadset: a lead slideshow, the story's own photos shown one at
 * a time in a block of their own just above its text; see
 * extract_leadset.c. */
#ifndef KANBAO_EXTRACT_LEADSET_H
#define KANBAO_EXTRACT_LEADSET_H

#include "extract_dom.h"

/* The block of a slideshow (a class or id of gallery, carousel or
 * slideshow) standing just before the story's text, or one of the text's
 * near ancestors, past tool bars: pictures, no link, and no text but its
 * controls (a counter, arrows); or NULL.  Its pictures are the story's
 * lead pictures, every slide, not the first alone.  Used by
 * extract_images.c. */
struct hnode *lead_set(struct ctx *c);

#endif
