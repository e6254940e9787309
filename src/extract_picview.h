/* extract_picview: a picture in a link that still is the story's own:
 * the link leads to a view of it under the story's own address; see
 * extract_picview.c. */
#ifndef KANBAO_EXTRACT_PICVIEW_H
#define KANBAO_EXTRACT_PICVIEW_H

#include "extract_dom.h"

/* Is img, in a link, the story's picture because the link leads below
 * the story's own address (a view of the picture), not to a page? */
int own_view_picture(const struct ctx *c, struct hnode *img);

#endif
