/* extract_coauthor: a byline of several writers; see extract_coauthor.c. */
#ifndef KANBAO_EXTRACT_COAUTHOR_H
#define KANBAO_EXTRACT_COAUTHOR_H

#include "extract_dom.h"

/* Bytes of a list of two to six Latin names at p ("Ciara McAleese and
 * Rory Dunlop", "Lena Ostrowski, Darnell Baptiste and Christine Yu",
 * "Maya Castellano, Tobias Reinholt"), up to its last name, or 0 when
 * p starts no such list; *anded tells whether "and" or "&" joins two. */
size_t name_list_at(const char *p, int *anded);

/* The page's author, a byline of several writers under the headline:
 * the name found is widened to the names the byline lists with it, and a
 * "By" line listing two or more names gives them when none was found. */
void join_coauthors(struct ctx *c);

#endif
