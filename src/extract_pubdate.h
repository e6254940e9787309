/*
 * extract_pubdate: the time of publication, and the metadata table's
 * next cell, for extract_byline.c (the byline part).
 */
#ifndef KANBAO_EXTRACT_PUBDATE_H
#define KANBAO_EXTRACT_PUBDATE_H

#include "extract_dom.h"
#include "extract_machdate.h"

#define META_LINE_MAX 160	/* characters: longer lines are prose */

/* The segment after i, when the label at i (one of labels) stands alone
 * as a metadata table's cell ("发布日期：" | "2024年03月01日"), or NULL. */
const char *next_cell(const struct ctx *c, size_t i, const char *const *labels, int need_colon);

/* The page's time of publication, new, or NULL. */
char *byline_published(struct ctx *c, const struct meta_win *w);

#endif
