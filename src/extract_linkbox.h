/*
 * extract_linkbox: the items of a box of links (extract_linkbox.c), for
 * the related list.  Each item pushed is a struct link the list owns.
 */
#ifndef KANBAO_EXTRACT_LINKBOX_H
#define KANBAO_EXTRACT_LINKBOX_H

#include "extract_dom.h"

struct hnode *block_above(struct hnode *n);	/* the nearest block element above n */
/* Blocks of one kind: the same element with the same first class word. */
int same_kind(struct hnode *a, struct hnode *b);
/* A carousel, a sidebar, the comments, a form, nav or footer. */
int is_stop_block(struct hnode *n);
/* An element whose children repeat, each holding a link. */
int is_list_box(struct hnode *n);
/* Text t of an item without its title (as shown and in full), its date
 * and its trailing tail words (更多, [详细]): a new string, or NULL when
 * fewer than 8 characters are left. */
char *item_snippet(const char *t, const char *shown, const char *title, const char *date);
/* Appends the article links below container (after from, when not NULL)
 * to out, each with the date and snippet of its item's text. */
void collect_items(const struct ctx *c, struct hnode *container, struct hnode *from,
    struct linklist *out);
/* Appends one item per card of the run of sibling cards from first on. */
void collect_run(const struct ctx *c, struct hnode *first, struct linklist *out);

#endif
