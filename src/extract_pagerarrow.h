/*
 * extract_pagerarrow: a pager's arrows a step away from its links' own
 * text, and a pair of links each in a wrapper of its own; for
 * extract_arrownav.c and extract_nav.c (see extract_pagerarrow.c).
 */
#ifndef KANBAO_EXTRACT_PAGERARROW_H
#define KANBAO_EXTRACT_PAGERARROW_H

#include "html.h"

/* -1 when anchor a's text opens on "«" / "‹" / "←" (arrow_dir), or its
 * first seen text at any depth is that arrow alone, or a text of that
 * arrow alone stands right before a in its parent ("← <a>TITLE</a>");
 * 1 for "»" / "›" / "→" likewise at its end or right after it; else 0. */
int pager_arrow_dir(const struct hnode *a);
/* Do the previous anchor a and the next anchor b of an arrowed pair
 * stand together: one parent, or each the only anchor of its own wrapper
 * (<li class="previous">, <span class="button next">) under one parent? */
int pager_pair_together(const struct hnode *a, const struct hnode *b);

#endif
