/*
 * extract_tagitems: tags from a list of words with no links (see
 * extract_tagitems.h; a 专栏 platform's tag-container under
 * the text).  Pure code over the parsed tree.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_find.h"
#include "extract_tagitems.h"
#include "extract_taglink.h"
#include "extract_words.h"
#include "util.h"
#include "utf8.h"

#define TAG_ITEM_CHARS 20	/* a tag is a word or two */
#define TAG_ITEMS_MAX 15	/* items of a row of tags */

/* Is the text t a tag's: a word or two, no sentence's punctuation? */
static int
tag_word(const char *t)
{
	static const char *const punct[] = {"。", "，", "；", "！", "？", ". ", ", ", NULL};

	return *t != '\0' && utf8_chars_upto(t, TAG_ITEM_CHARS + 1) <= TAG_ITEM_CHARS &&
	    find_any(t, punct) == NULL;
}

int
tag_items_like(struct ctx *c, struct hnode *n, const struct elinfo *e)
{
	size_t items = 0;

	(void)c;
	(void)e;
	if (n->attrs == NULL || !(html_is(n, "ul") || html_is(n, "ol")) ||
	    !(html_attr_has_any(n, "class", tag_list_classes) || html_attr_has_any(n, "id", tag_list_classes)) ||
	    count_links(n, 1) > 0)
		return 0;
	for (struct hnode *m = n->children; m != NULL; m = m->next) {
		char *t;
		int ok;

		if (m->type != XML_ELEMENT_NODE)
			continue;
		if (!html_is(m, "li") || ++items > TAG_ITEMS_MAX)
			return 0;
		t = html_text(m);
		ok = t != NULL && tag_word(t);
		free(t);
		if (!ok)
			return 0;
	}
	return items >= 2;
}

void
tags_from_items(struct ctx *c, struct hnode *n)
{
	for (struct hnode *m = n->children; m != NULL; m = m->next) {
		char *t;

		if (m->type != XML_ELEMENT_NODE || (t = html_text(m)) == NULL)
			continue;
		if (*t == '\0' || tag_taken(c, t))
			free(t);
		else
			strlist_push(&c->page->tags, t);
	}
}
