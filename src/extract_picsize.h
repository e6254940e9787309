/* extract_picsize: a link to another size of the picture it holds; see
 * extract_picsize.c. */
#ifndef KANBAO_EXTRACT_PICSIZE_H
#define KANBAO_EXTRACT_PICSIZE_H

#include "html.h"

/* Does the link a lead to another size of the picture img shows? */
int links_to_own_picture(struct hnode *a, struct hnode *img);

#endif
