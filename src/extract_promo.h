/*
 * extract_promo: the boxes set into a story that are not its text, found
 * by what they hold rather than by their links: a box asking the reader
 * to act (a form, a media player, a Subscribe or Donate button, its text
 * short), a clip's box under a media label ("WATCH | ") and a pull quote (a blockquote set apart in a figure or an
 * aside, repeating a line of the story).  A lower layer for
 * extract_body.c, beside extract_dom.h.
 */
#ifndef KANBAO_EXTRACT_PROMO_H
#define KANBAO_EXTRACT_PROMO_H

#include "extract_dom.h"

/* The promo boxes and pull quotes inside c->body_node, in document
 * order, as runs of segments; their count in *n.  The caller frees the
 * array. */
struct body_part *promo_boxes(struct ctx *c, size_t *n);
/* Is n a media player's box (video-player, jwplayer): its title and
 * caption are the player's, not the story's? */
int is_media_player(struct hnode *n);
/* Is n inside a short box set into the story that opens on a
 * broadcaster's media label ("WATCH | ...:"): a clip's poster, no
 * story picture? */
int in_media_box(struct ctx *c, struct hnode *n);
/* Is img in a short card set into the story holding a call to act on it
 * (立即购票, Book now, 下载APP): the card's picture, no story's? */
int in_action_card(struct ctx *c, struct hnode *img);

#endif
