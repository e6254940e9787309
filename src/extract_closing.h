/* extract_closing: the reporters a line of credits under a story's text
 * names; see extract_closing.c. */
#ifndef KANBAO_EXTRACT_CLOSING_H
#define KANBAO_EXTRACT_CLOSING_H

#include "extract_dom.h"

/* The names of a line of roles and names that closes the story's text,
 * (记者 杜吉祥 鲍晨曦), or those of its bracketed kind, past the byline's
 * labelled lines under it; new, or NULL. */
char *closing_credit(struct ctx *c);

#endif
