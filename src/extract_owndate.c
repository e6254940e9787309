/*
 * extract_owndate: a link's date shown in an element of its own beside
 * the headline (see extract_owndate.h).  Pure code over the parsed tree.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_owndate.h"
#include "extract_words.h"
#include "text.h"

/* Is n's whole text a date, and nothing more than its punctuation? */
static int
date_alone(struct hnode *n)
{
	char *t = html_text(n);
	int yes = is_date_alone(t);

	free(t);
	return yes;
}

/* Does a show text outside its child k? */
static int
more_than(struct hnode *a, struct hnode *k)
{
	for (struct hnode *n = a->children; n != NULL; n = n->next) {
		char *t;
		int some;

		if (n == k)
			continue;
		t = html_text(n);
		some = t[strspn(t, " \n\t\r")] != '\0';
		free(t);
		if (some)
			return 1;
	}
	return 0;
}

struct hnode *
own_date_child(struct hnode *a)
{
	struct hnode *first = NULL, *last = NULL;

	for (struct hnode *n = a->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE) {
			if (first == NULL)
				first = n;
			last = n;
		}
	if (last != NULL && date_alone(last) && more_than(a, last))
		return last;
	if (first != NULL && first != last && date_alone(first) && more_than(a, first))
		return first;
	return NULL;
}
