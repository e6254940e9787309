/* extract_tail: an outlet's closing lines under a story; see
 * extract_tail.c. */
#ifndef KANBAO_EXTRACT_TAIL_H
#define KANBAO_EXTRACT_TAIL_H

#include "extract_dom.h"

/* Is s the site's own tail line of links, naming the site or asking to
 * follow it on the networks it links? */
int site_tail(struct ctx *c, const struct seg *s);
/* Is s the outlet's short call to join or follow it on a channel, or its
 * ask to get its app from the stores? */
int follow_tail(const struct seg *s);
/* Is s the outlet's short ask for news tips to an address or a link? */
int tip_tail(const struct seg *s);
/* Is s a reporting scheme's credit naming its funder (Local Democracy
 * Reporting, the Local Journalism Initiative)? */
int scheme_tail(const struct seg *s);
/* Is s an editor's initials alone, "(KBQ)" or "/LCC"? */
int initials_tail(const struct seg *s);
/* Is s the byline's writer's beat line with a way to reach them? */
int beat_tail(const struct ctx *c, const struct seg *s);
/* is name, after a <br>, a letter's sign-off under before's valediction? */
int signoff_tail(const struct seg *name, const struct seg *before);
int dashed_signoff(const char *s, int chars);	/* "— Maren" */
/* is s the author's post under their signed name ("NAME<br>Clerk to the
 * Commissioners")? (extract_signoff.c) */
int author_post_tail(const struct ctx *c, const struct seg *s);
/* Is s the outlet's ask for its readers' news, naming the outlet? */
int news_ask_tail(struct ctx *c, const struct seg *s);
/* Is s the writer's short call to talk the post over in its comments? */
int comment_ask_tail(const struct seg *s);
/* a heading opening an embedded gallery: "LOOK: ..." (extract_tail.c) */
int gallery_head(const struct ctx *c, const struct seg *s);
/* Does a block after the story, segments [first, end), open with the
 * author's card: the author's name alone among its first lines? */
int author_card_at(const struct ctx *c, size_t first, size_t end);
/* Is s "About NAME", NAME the byline's author: an author's box's head? */
int about_author_head(const struct ctx *c, const struct seg *s);

#endif
