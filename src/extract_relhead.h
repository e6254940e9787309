/* extract_relhead: the text that heads a related list; see
 * extract_relhead.c. */
#ifndef KANBAO_EXTRACT_RELHEAD_H
#define KANBAO_EXTRACT_RELHEAD_H

#include "extract_dom.h"

/* Is the text node n a related heading (相关新闻, Related), as plain text
 * or as the link titling its line or box? */
int text_is_related_heading(const struct ctx *c, struct hnode *n);
/* The strip of tabs leading nowhere whose item the heading is, which
 * titles the box as a whole; otherwise the heading itself. */
struct hnode *tab_strip(struct hnode *heading);
/* Does the related heading at text node n head the story's topic pages
 * (相关专题), not its stories? */
int heads_topics(struct hnode *n);

/* Does a open a run of two sibling cards of one kind, each titled by a
 * Chinese headline (eight ideographs or more), under the related heading
 * at text node heading set inside the story's text (a mobile page's
 * 延伸阅读 box of <a><img><span>TITLE</span></a> cards)? */
int text_card_run(const struct ctx *c, struct hnode *heading, struct hnode *a);
/* Do the links below n all lead to one place, one at least, but for
 * links to a writer's page (/authors/NAME/) or a category archive: a
 * static theme's related card prints its writer's link in the meta line
 * over its headline, and is still a card of one story. */
int story_target(struct hnode *n);

/* Does text node n say what label says, blanks around aside? */
int text_says(const struct hnode *n, const char *label);

/* A related label over a card of one link of its own (<aside><p>关联报道
 * </p><a>TITLE</a></aside>): appends its story to out; out's count after
 * (extract_relcard.c). */
size_t lone_card(const struct ctx *c, struct hnode *heading, struct linklist *out);
/* A teaser link in the story's text whose first element, holding the
 * text node heading, is a related label (<a><span>Read more</span>
 * <span>TITLE</span></a>), alone in its box: appends its story, titled
 * by the link's text after the label; out's count after
 * (extract_relcard.c). */
size_t teaser_card(const struct ctx *c, struct hnode *heading, struct linklist *out);
/* Does the list more hold every link of box, and more (extract_relcard.c)? */
int list_covers(const struct linklist *more, const struct linklist *box);

#endif
