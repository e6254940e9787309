/* extract_outlettail: an outlet's statement closing a story in a later
 * sentence of its last paragraph; see extract_outlettail.c. */
#ifndef KANBAO_EXTRACT_OUTLETTAIL_H
#define KANBAO_EXTRACT_OUTLETTAIL_H

#include "extract_dom.h"

/* Is s the outlet's statement of who makes it, its later sentence saying
 * the text is not the view of those it names ("The Elk Call is produced
 * by students of ... Opinions expressed do not necessarily reflect those
 * of the college.")? */
int outlet_statement_tail(const struct seg *s);

/* The editor's name when s is the line crediting the story's editor
 * alone under its text, "Edited by NAME"; else NULL. */
const char *edited_by_name(const struct seg *s);

/* Is s the outlet's ask, alone in italics, to get its print edition
 * ("Pick up this week's print edition of the Messenger for ...")? */
int print_ask_tail(const struct seg *s);

#endif
