/*
 * search_int: what search.c (the index: made, kept, filled) shares with
 * search_find.c (asking it).  Nobody else sees a struct search.
 */
#ifndef KANBAO_SEARCH_INT_H
#define KANBAO_SEARCH_INT_H

#include "search.h"
#include "store_int.h"

struct search {
	struct store *store;
	struct memory *memory;		/* may be NULL */
	const struct site_rules *sites;
	int made;			/* this run made the index: it was missing */
	int damaged;			/* this run found it damaged and made it again */
	int remade;			/* once a run */
	int said_off;
};

/* The cache's connection with the index made, or NULL: no index. */
sqlite3 *search_db(struct search *s);
/* A statement of the index failed with rc: a damaged index is made
 * again (s->damaged), once a run; anything else is the cache's trouble. */
void search_trouble(struct search *s, int rc);

#endif
