/*
 * extract_parts: the parts of extraction, each filling its fields of
 * c->page.  extract.c calls them in turn; they build on extract_dom.h and
 * extract_words.h, never on each other.  Each part reads only what the
 * parts before it left in struct ctx (the body node, the headline's
 * segment), as extract_doc() orders them.
 */
#ifndef KANBAO_EXTRACT_PARTS_H
#define KANBAO_EXTRACT_PARTS_H

#include "extract_dom.h"

/* extract_body.c: find_body sets c->body_node; extract_body fills the
 * body, with c->parts from body_parts (extract_join.c), which may move
 * c->body_node up to the story's container; extract_images
 * (extract_images.c) the images within the parts. */
void find_body(struct ctx *c);
void extract_body(struct ctx *c);
void body_parts(struct ctx *c);
/* Where the story's text starts in c->parts[0] (extract_join.c): past its
 * headline and the lines under it that are no sentences, among them the
 * lead picture's credit and caption (a <figure>), and the date, the
 * author's name and role, when the container holds the headline with no
 * sentence above it (an <article> of blocks: headline, byline, lead
 * picture, text); else parts[0].first. */
size_t story_text_start(const struct ctx *c);
void extract_images(struct ctx *c);
/* extract_blocks.c: the body as typed blocks, after the two above. */
void extract_blocks(struct ctx *c);

/* The steps of the two above that the whole page (extract_whole.c) takes
 * as they are, so both read pictures, tables and links alike: */
int data_table(struct hnode *t);		/* rows of short cells: data, not layout */
void add_table(struct ctx *c, struct hnode *t);	/* a table block of t's rows */
/* The links of segment i (attachments marked) added to b. */
void links_of_segment(struct ctx *c, struct block *b, size_t i);

/* extract_whole.c: the whole page's visible text as blocks, instead of
 * the story: after build_segments alone. */
void extract_whole(struct ctx *c);

void extract_headlines(struct ctx *c);	/* extract_list.c */
void decide_kind(struct ctx *c);	/* extract_kind.c: then list or article */
void extract_next_page(struct ctx *c);	/* extract_pager.c: a list's 下一页 */
void extract_feed_link(struct ctx *c);	/* extract_feedlink.c: page->feed */

void extract_title(struct ctx *c);	/* extract_title.c; sets c->title_seg */
void extract_byline(struct ctx *c);	/* extract_byline.c */
/* extract_editor.c: after the body, the editor credited just past its
 * last joined block, when the byline's lines named none. */
void extract_story_editor(struct ctx *c);
void extract_tags(struct ctx *c);	/* extract_tags.c */
void extract_prev_next(struct ctx *c);	/* extract_nav.c */
void extract_story_pages(struct ctx *c);	/* extract_storypager.c */
void extract_related(struct ctx *c);	/* extract_related.c */

/* extract_site.c: a site rule's remove first, then its fields on top. */
void site_remove(struct ctx *c);
void site_apply(struct ctx *c);

#endif
