/*
 * extract_listrow: what a list's row shows beside its headline: its date
 * (a <time datetime>, else the first date in its text) and its summary.
 * A lower layer of extract_list.c, beside extract_dom.h.
 */
#ifndef KANBAO_EXTRACT_LISTROW_H
#define KANBAO_EXTRACT_LISTROW_H

#include "extract_dom.h"

/* The row's date, or NULL; owned. */
char *row_date(const struct ctx *c, xmlNodePtr row);

/* The summary the row shows beside its headline link a (title and date
 * left out of it), or NULL; owned. */
char *row_snippet(struct ctx *c, xmlNodePtr row, xmlNodePtr a, const char *title, const char *date);

#endif
