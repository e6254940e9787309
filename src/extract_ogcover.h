#ifndef EXTRACT_OGCOVER_H
#define EXTRACT_OGCOVER_H

#include "extract_dom.h"

/* The picture og:image names, set between the headline and the text's
 * first part (a story header's hero figure, parted from the text by a
 * key points box or a share bar), or right over the headline with no
 * text between (a blog theme's cover atop its card, in no link, header
 * or nav), each picture's URL by url_of: the
 * index of c->imgs, or nimgs. */
size_t og_cover(struct ctx *c, char *(*url_of)(const struct ctx *, struct hnode *));

#endif
