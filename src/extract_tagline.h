/* extract_tagline: links to tag pages, and the tags of a meta line that
 * mixes its links; see extract_tagline.c. */
#ifndef KANBAO_EXTRACT_TAGLINE_H
#define KANBAO_EXTRACT_TAGLINE_H

#include "extract_dom.h"

/* Is href a tag's page: a "/tag/" or "/tags/" path, or a forum's tag page
 * (Discuz!: misc.php?mod=tag&id=N)? */
int tag_href(const char *href);

/* Is n, whose segments e gives, one short line mostly of links that
 * holds two or more links to tag pages beside links of other kinds: a
 * blog's entry meta ("Posted in <a>CATEGORY</a>, tagged with <a>T1</a>,
 * <a>T2</a> on <a>DATE</a> by <a>NAME</a>")?  A sentence of prose with
 * two tag links in it is no such line. */
int tag_line(struct ctx *c, struct hnode *n, const struct elinfo *e);

/* Adds the text of each link to a tag page below n as a tag. */
void tags_from_tag_links(struct ctx *c, struct hnode *n);

#endif
