/*
 * extract_cardtitle: a card link's headline past its picture's box, or in
 * the one inline part its class names a title (see extract_cardtitle.h).
 * Pure DOM reading; no I/O.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_cardtitle.h"
#include "extract_dom.h"
#include "text.h"

/* Does n show text (any below it)? */
static int
shows_text(struct hnode *n)
{
	char *t = html_text(n);
	int yes = t != NULL && *t != '\0';

	free(t);
	return yes;
}

static int
holds_picture(struct hnode *n)
{
	for (struct hnode *m = n; m != NULL; m = html_next(m, n, 1))
		if (html_is(m, "img") || html_is(m, "picture"))
			return 1;
	return 0;
}

struct hnode *
past_picture_box(struct hnode *block)
{
	if (block == NULL || shows_text(block) || !holds_picture(block))
		return block;
	for (struct hnode *k = html_next_element(block); k != NULL; k = html_next_element(k))
		if (html_is_block(k) && shows_text(k))
			return k;
	return block;
}

/* Does a class word of n end on "title" after a separator, or is it so? */
static int
title_class(struct hnode *n)
{
	const char *c = html_attr_raw(n, "class");

	while (c != NULL && *c) {
		size_t w;

		c += strspn(c, " \t\r\n");
		w = strcspn(c, " \t\r\n");
		if (w >= 5 && strncmp(c + w - 5, "title", 5) == 0 &&
		    (w == 5 || c[w - 6] == '-' || c[w - 6] == '_'))
			return 1;
		c += w;
	}
	return 0;
}

struct hnode *
titled_part(struct hnode *a)
{
	struct hnode *found = NULL;
	int parts = 0, pictured = 0;

	for (struct hnode *k = a->children; k != NULL; k = k->next) {
		if (k->type == XML_TEXT_NODE && !html_is_blank_text(k))
			return NULL;	/* the link's own text: read whole */
		if (k->type != XML_ELEMENT_NODE)
			continue;
		pictured |= html_is(k, "img") || html_is(k, "picture");
		parts++;
		if (title_class(k) && shows_text(k)) {
			if (found != NULL)
				return NULL;
			found = k;
		}
	}
	return parts >= 3 && pictured ? found : NULL;
}

void
card_part_title(struct hnode *a, char **title)
{
	struct hnode *first = first_block(a), *part;
	char *t;

	if (first != NULL)
		part = **title == '\0' ? past_picture_box(first) : first;
	else
		part = titled_part(a);
	if (part == NULL || part == first || (t = html_text(part)) == NULL)
		return;
	if (*t == '\0') {
		free(t);
		return;
	}
	free(*title);
	*title = t;
}
