/*
 * extract_listrow: what a list's row is (its shape, how many headline
 * links it holds, a lead card before the list), and what it shows beside
 * its headline: its date (a <time datetime>, else the first date in its
 * text) and its summary.
 * A lower layer of extract_list.c, beside extract_dom.h.
 */
#ifndef KANBAO_EXTRACT_LISTROW_H
#define KANBAO_EXTRACT_LISTROW_H

#include "extract_dom.h"

/* Are a and b rows of one shape: one tag, and both with a class or both
 * without (li and tr rows always: odd/even classes)? */
int same_shape(struct hnode *a, struct hnode *b);

/* Is k a row of shape's: one to four headline links (up to ten for a card
 * or a post under one linked heading)? */
int is_row(struct ctx *c, struct hnode *k, struct hnode *shape);

/* Does url lie in prev's directory with prev's extension? */
int url_beside(const char *url, const char *prev);

/* The lead card just before the list's box: of the rows' tag and first
 * class word, itself a row; or NULL. */
struct hnode *lead_row(struct ctx *c, struct hnode *box, struct hnode *shape);

/* A topic page (its <title> says 专题) gathers its news in titled
 * blocks of one class, each a heading over a list: they are one list.
 * Sets *boxes (owned) to the boxes of box's shape holding two rows of
 * shape or more inside those blocks, in order, box's own among them, and
 * returns how many; 0 when the page is no topic page or box's block has
 * no sibling of its class holding such a box. */
size_t topic_boxes(struct ctx *c, struct hnode *box, struct hnode *shape, struct hnode ***boxes);

/* The row's date, or NULL; owned. */
char *row_date(const struct ctx *c, struct hnode *row);

/* The summary the row shows beside its headline link a (title and date
 * left out of it), or NULL; owned. */
char *row_snippet(struct ctx *c, struct hnode *row, struct hnode *a, const char *title, const char *date);

/* Cuts the pin mark (【置顶】, [置頂]) that link a sets apart before its
 * title from the row's title t, in place. */
void cut_pin_label(struct hnode *a, char *t);

#endif
