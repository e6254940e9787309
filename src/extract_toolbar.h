/* extract_toolbar: the bars between a lead picture and the text; see
 * extract_toolbar.c. */
#ifndef KANBAO_EXTRACT_TOOLBAR_H
#define KANBAO_EXTRACT_TOOLBAR_H

#include "extract_dom.h"

/* Does n hold more than max characters of text, by the element facts
 * counted once (no walk of its text)? */
int text_over(struct ctx *c, struct hnode *n, size_t max);

/* Is s a tool bar (share buttons, a count, a read-aloud <audio>) that
 * may stand between a lead picture and the text: no picture and little
 * text, or a short bar of short links only or of an <audio>? */
int is_toolbar(struct ctx *c, struct hnode *s);

#endif
