/* extract_lazysrc: a picture's address, from a lazy loader's attribute
 * or kept behind a placeholder src; see extract_lazysrc.c. */
#ifndef KANBAO_EXTRACT_LAZYSRC_H
#define KANBAO_EXTRACT_LAZYSRC_H

#include "extract_dom.h"

/* src (taken, may be NULL) when it is a picture; when it is none or a
 * placeholder (empty, a data: URI, a .gif), the picture an attribute
 * beside it keeps instead (data-original-src, real_src), if any.  New. */
char *behind_placeholder(struct hnode *img, char *src);

/* img's address, resolved against the page: a lazy loader's attribute
 * (data-original, data-src, data-lazy-src, file), else src or what
 * stands behind its placeholder; new, or NULL. */
char *image_url(const struct ctx *c, struct hnode *img);

#endif
