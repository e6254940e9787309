/*
 * extract_rowname: the writer a share page's meta row names with no
 * label, before the account that posted the story and its date.
 */
#ifndef KANBAO_EXTRACT_ROWNAME_H
#define KANBAO_EXTRACT_ROWNAME_H

#include "extract_dom.h"

/* The name leading a line between the headline and the story shaped
 * NAME ACCOUNT DATE (祝晚晴 石坝镇发布 2026-12-06 19:40): two or three
 * CJK characters, then an outlet's or a desk's account, then a digit;
 * new, or NULL. */
char *row_lead_name(const struct ctx *c, const struct meta_win *w);

#endif
