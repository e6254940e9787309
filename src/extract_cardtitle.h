/*
 * extract_cardtitle: where a card link's headline stands when the link's
 * first block is not it; for a related item's title (extract_linkbox.c).
 */
#ifndef KANBAO_EXTRACT_CARDTITLE_H
#define KANBAO_EXTRACT_CARDTITLE_H

#include "html.h"

/* A related item's headline in card link a, when the link's first
 * block is a picture's box (the next block showing text) or the link is
 * of inline parts with one titled (titled_part): *title, the link's full
 * title, is replaced by it; else left.  Asked by push_item
 * (extract_linkbox.c) alone: a picture link's block elsewhere (a body's
 * gallery link) keeps the empty title that drops it. */
void card_part_title(struct hnode *a, char **title);
/* block, or when block is a picture's box (an <img> and no text: a
 * news app's <a><div class="doc-image"><img></div><div>TITLE</div></a>)
 * the first block after it that shows text; NULL stays NULL. */
struct hnode *past_picture_box(struct hnode *block);
/* In a card link of inline parts, a picture among them, and no text of
 * its own (<a><img><span class="card-date">…</span><span
 * class="card-title">TITLE</span><span class="card-summary">…</span></a>),
 * the one part whose class names a title (title, x-title, x_title,
 * x__title); else NULL.  A pager's link of a "title" span holding its
 * label and no picture (Hugo PaperMod's) is read as before. */
struct hnode *titled_part(struct hnode *a);

#endif
