/* extract_firstline: a marked author element's first line; see
 * extract_firstline.c. */
#ifndef KANBAO_EXTRACT_FIRSTLINE_H
#define KANBAO_EXTRACT_FIRSTLINE_H

#include "html.h"

/* The text of n before its first <br> that follows text, cleaned; NULL
 * when n holds no such <br> (its text is one line). */
char *first_br_line(struct hnode *n);

#endif
