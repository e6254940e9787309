/* extract_makers: a line of the makers' slashed credits standing alone
 * in a story (（文／NAME　摄影／NAME）, 圖／OFFICE 提供); see
 * extract_makers.c. */
#ifndef KANBAO_EXTRACT_MAKERS_H
#define KANBAO_EXTRACT_MAKERS_H

#include "extract_dom.h"

/* Is s a line of makers' credits alone, bracketed or not: the writer's
 * (文／NAME) if any, then one or more picture makers' (图／, 摄影／) with
 * a name or an office each?  *writer, when writer is not NULL, gets the
 * writer's name, new, or NULL when the line names none. */
int makers_credit(const char *s, char **writer);

/* The writer a makers' line in the story's text names, new, or NULL. */
char *makers_writer(struct ctx *c);

/* The byline named no one, or only the desk's account that posted the
 * story (东京华报编辑部): a makers' line's writer is then the author. */
void makers_author(struct ctx *c);

#endif
