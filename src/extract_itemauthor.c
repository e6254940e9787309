/*
 * extract_itemauthor: the writer schema.org microdata names.  A forum
 * (NodeBB, phpBB's and XenForo's themes) or a blog theme that writes no
 * JSON-LD marks its post's writer as <div itemprop="author" itemscope
 * itemtype="https://schema.org/Person"> holding <meta itemprop="name"
 * content="NAME"> or <span itemprop="name">NAME</span>.  Only a Person's
 * name is taken, the first in the page (the post's own, before its
 * replies'), only one marked before the story's text (a news theme's
 * hidden Person after the text holds the login, "aosun-editor", that its
 * byline shows and settled rounds read as no writer), and only as the
 * last resort of extract_byline.c, after every credit the page shows and
 * JSON-LD's: an Organization marked as the author is the publisher.  A
 * forum's username is taken as written.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_itemauthor.h"
#include "html.h"
#include "text.h"
#include "utf8.h"

#define NAME_MAX_CHARS 40

/* Is c a space between an attribute's words, as HTML counts them? */
static int
is_attr_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Does the space-separated attribute value v list word? */
static int
lists_word(const char *v, const char *word)
{
	size_t n = strlen(word);

	for (const char *p = strstr(v, word); p != NULL; p = strstr(p + 1, word))
		if ((p == v || is_attr_space(p[-1])) && (p[n] == '\0' || is_attr_space(p[n])))
			return 1;
	return 0;
}

/* Does n carry the itemprop word?  Read in place: every element before
 * the text is asked. */
static int
has_itemprop(struct hnode *n, const char *word)
{
	const char *v = html_attr_raw(n, "itemprop");

	return v != NULL && lists_word(v, word);
}

/* Is n's itemtype schema.org's Person (http or https, with or without
 * "www.")? */
static int
is_person_type(struct hnode *n)
{
	char *t = html_attr(n, "itemtype");
	size_t len = t != NULL ? strlen(t) : 0;
	int yes = len >= 7 && strstr(t, "schema.org/") != NULL && strcmp(t + len - 7, "/Person") == 0;

	free(t);
	return yes;
}

/* The name the Person item box gives: new, or NULL. */
static char *
item_name(struct hnode *box)
{
	for (struct hnode *n = box->children != NULL ? box : NULL; n != NULL; n = html_next(n, box, 1)) {
		char *v;

		if (n->type != XML_ELEMENT_NODE || !has_itemprop(n, "name"))
			continue;
		v = html_is(n, "meta") ? html_attr(n, "content") : html_text(n);
		if (v != NULL) {
			char *t = text_clean(v, strlen(v));

			free(v);
			if (*t != '\0' && utf8_chars_upto(t, NAME_MAX_CHARS + 1) <= NAME_MAX_CHARS)
				return t;
			free(t);
		}
		return NULL;
	}
	return NULL;
}

char *
microdata_author(struct ctx *c)
{
	for (struct hnode *n = c->root; n != NULL; n = html_next(n, c->root, 1)) {
		if (n == c->body_node)
			break;	/* a theme's meta after the text marks an account */
		if (n->type != XML_ELEMENT_NODE || !has_itemprop(n, "author"))
			continue;
		if (!is_person_type(n))
			continue;	/* an Organization's: the publisher */
		return item_name(n);
	}
	return NULL;
}
