/* extract_lazysrc: a picture's address kept behind a placeholder src;
 * see extract_lazysrc.c. */
#ifndef KANBAO_EXTRACT_LAZYSRC_H
#define KANBAO_EXTRACT_LAZYSRC_H

#include "extract_dom.h"

/* src (taken, may be NULL) when it is a picture; when it is none or a
 * placeholder (empty, a data: URI, a .gif), the picture an attribute
 * beside it keeps instead (data-original-src, real_src), if any.  New. */
char *behind_placeholder(struct hnode *img, char *src);

#endif
