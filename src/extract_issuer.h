/*
 * extract_issuer: the story's source under the headline over the
 * publishing organ a 政务公开 table names above it (extract_issuer.c).
 */
#ifndef KANBAO_EXTRACT_ISSUER_H
#define KANBAO_EXTRACT_ISSUER_H

#include "extract_dom.h"

/* src, the source the byline's window gave (owned), or the one a 来源
 * line under the headline gives when src came from a 发布机构 label above
 * it; src is freed then. */
char *source_under_title(const struct ctx *c, const struct meta_win *w, char *src);

#endif
