/*
 * feed_el: a feed's elements and their text, as libxml2 has read them;
 * see feed_el.h.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "feed_el.h"
#include "html.h"
#include "text.h"
#include "util.h"

#define TEXT_MAX 8192		/* bytes of one element's text we read */

int
feed_el_is(xmlNodePtr n, const char *ns, const char *local, const char *bare)
{
	const char *href;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->name == NULL)
		return 0;
	if (bare != NULL && n->ns == NULL && strcmp((const char *)n->name, bare) == 0)
		return 1;
	if (strcmp((const char *)n->name, local) != 0)
		return 0;
	href = n->ns && n->ns->href ? (const char *)n->ns->href : NULL;
	if (ns != NULL)
		return href != NULL && strcmp(href, ns) == 0;
	return href == NULL || strcmp(href, NS_ATOM) == 0 || strcmp(href, NS_RSS1) == 0 ||
	    strcmp(href, NS_RSS09) == 0 || strcmp(href, NS_ATOM03) == 0;
}

/* The first child of parent that feed_el_is() matches, or NULL. */
xmlNodePtr
feed_child(xmlNodePtr parent, const char *ns, const char *local, const char *bare)
{
	for (xmlNodePtr n = parent ? parent->children : NULL; n != NULL; n = n->next)
		if (feed_el_is(n, ns, local, bare))
			return n;
	return NULL;
}

/* Adds at most room bytes of s, never cutting a UTF-8 sequence. */
static void
add_bounded(struct buf *b, const char *s, size_t room)
{
	size_t n = strlen(s);

	if (n > room) {
		n = room;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	buf_add(b, s, n);
}

/* The next node after n in document order below root, or NULL; as
 * html_next, on libxml2's tree of a feed. */
static xmlNodePtr
xml_next(xmlNodePtr n, xmlNodePtr root)
{
	if (n->children != NULL && n->type == XML_ELEMENT_NODE)
		return n->children;
	for (; n != NULL && n != root; n = n->parent)
		if (n->next != NULL)
			return n->next;
	return NULL;
}

/* The raw text below n, at most TEXT_MAX bytes.  There are no entity
 * references left to expand: feed_repair() made every one a character. */
static char *
raw_text(xmlNodePtr root)
{
	struct buf b = {0};

	buf_add(&b, "", 0);
	for (xmlNodePtr n = root->children; n != NULL && b.len < TEXT_MAX; n = xml_next(n, root))
		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
		    n->content != NULL)
			add_bounded(&b, (const char *)n->content, TEXT_MAX - b.len);
	return buf_steal(&b);
}

/* Does s hold markup: a tag (<b>, </p>, <!--) or an entity (&nbsp;)? */
static int
looks_like_html(const char *s)
{
	for (const char *p = s; *p; p++) {
		if (*p == '<' && (isalpha((unsigned char)p[1]) || p[1] == '/' || p[1] == '!'))
			return 1;
		if (*p == '&') {
			size_t n = strspn(p + 1, "#0123456789abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

			if (n > 0 && n < 32 && p[1 + n] == ';')
				return 1;
		}
	}
	return 0;
}

/* Escaped HTML to text: a title is text, whatever the feed put in it. */
static char *
html_to_text(const char *s)
{
	struct hdoc *doc;
	char *t;

	if (!looks_like_html(s))
		return text_clean(s, strlen(s));
	doc = html_parse(s, strlen(s), NULL);
	t = doc != NULL ? html_text(html_root(doc)) : xstrdup("");
	html_free(doc);
	return t;
}

/* The text of n, HTML reduced to text (html) or as written; NULL when n
 * is absent or holds none. */
static char *
el_string(xmlNodePtr n, int html)
{
	char *raw, *t;

	if (n == NULL)
		return NULL;
	raw = raw_text(n);
	t = html ? html_to_text(raw) : text_clean(raw, strlen(raw));
	free(raw);
	if (*t == '\0') {
		free(t);
		return NULL;
	}
	return t;
}

char *
feed_el_text(xmlNodePtr n)
{
	return el_string(n, 1);
}

char *
feed_el_plain(xmlNodePtr n)
{
	return el_string(n, 0);
}

/* The first max characters of s (which it frees), cleaned again so a cut
 * after a space leaves none at the end. */
char *
feed_first_chars(char *s, size_t max)
{
	size_t len = strlen(s), at = 0;
	char *t;

	for (size_t k = 0; k < max && at < len; k++) {
		uint32_t cp;

		at += utf8_decode(s + at, len - at, &cp);
	}
	t = text_clean(s, at);
	free(s);
	return t;
}
