/* extract_photoset: a photo set's pictures and closing words join the
 * story; see extract_photoset.c. */
#ifndef KANBAO_EXTRACT_PHOTOSET_H
#define KANBAO_EXTRACT_PHOTOSET_H

#include "extract_dom.h"

/* Does kids[k], after the joined blocks before it (join), carry a photo
 * set on: the set of pictures with plain captions right after the
 * story's text, or the closing words right after such a set (a strip of
 * thumbnails between is passed over)?  Used by extract_join.c. */
int photo_set_goes_on(struct ctx *c, struct hnode *const *kids, const char *join, size_t k);

#endif
