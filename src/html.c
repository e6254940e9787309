/* html: parsing and walking; see html.h. */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "text.h"
#include "util.h"

/*
 * libxml2 does not check every allocation: one failed malloc left a parse
 * looping forever, and others dereference NULL.  Through xmalloc and
 * xrealloc, a failed allocation ends the program with "out of memory" and
 * the terminal restored, the one way kanbao ends on it everywhere.
 * libxml2's allocator is global to the process, so this is too; the
 * functions stay the C library's underneath, so memory libxml2 took before
 * this call may still be freed after it.
 */
void
html_init(void)
{
	static int ready;

	if (ready)
		return;
	ready = 1;
	xmlMemSetup(free, xmalloc, xrealloc, xstrdup);
	xmlInitParser();
}

/* libxml2's HTML parser lower-cases element names, so plain comparisons
 * against a sorted table are enough; this runs for every node of every
 * walk.  The first letter is sought by itself, then the few names that
 * share it are compared from their second. */
static int
name_in(struct hnode *n, const char *const *sorted, size_t count)
{
	const unsigned char *name;
	size_t lo = 0, hi = count;

	if (n == NULL || n->type != XML_ELEMENT_NODE || (name = n->name) == NULL)
		return 0;
	while (lo < hi) {	/* the first entry not below the first letter */
		size_t mid = (lo + hi) / 2;

		if ((unsigned char)sorted[mid][0] < name[0])
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < count && (unsigned char)sorted[lo][0] == name[0]; lo++)
		if ((unsigned char)sorted[lo][1] == name[1] &&
		    (name[1] == '\0' || strcmp((const char *)name + 2, sorted[lo] + 2) == 0))
			return 1;
	return 0;
}

/* The first letters are compared before strcasecmp is called. */
static const char *
attr_value(struct hnode *n, const char *name)
{
	unsigned char first = (unsigned char)tolower((unsigned char)name[0]);

	for (const struct hattr *a = n->attrs; a != NULL; a = a->next)
		if (tolower(a->name[0]) == first && strcasecmp((const char *)a->name, name) == 0)
			return (const char *)a->value;
	return NULL;
}

/* Why n is not shown: 0 it is, HIDDEN_ALWAYS, or HIDDEN_VISIBILITY when a
 * style's visibility:hidden is the only reason (a page may hide its text
 * so until a script has laid it out). */
enum { HIDDEN_ALWAYS = 1, HIDDEN_VISIBILITY = 2 };

static int
hidden_reason(struct hnode *n)
{
	static const char *const hidden[] = {	/* sorted */
		"button", "canvas", "embed", "head", "iframe", "input", "map",
		"noscript", "object", "option", "script", "select", "style", "svg",
		"template", "textarea", "title",
	};
	const char *style = NULL;

	if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE ||
	    n->type == XML_DTD_NODE)
		return HIDDEN_ALWAYS;
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	/* no hidden name is shorter than three letters: a, p, li, td, br
	 * and h1, the commonest elements, are passed at once */
	if (n->name != NULL && n->name[0] != '\0' && n->name[1] != '\0' && n->name[2] != '\0' &&
	    name_in(n, hidden, sizeof hidden / sizeof hidden[0]))
		return HIDDEN_ALWAYS;
	/* hidden= and style= in one pass over the attributes */
	for (const struct hattr *a = n->attrs; a != NULL; a = a->next) {
		int first = a->name[0] | 0x20;

		if (first == 'h' && strcasecmp((const char *)a->name, "hidden") == 0)
			return HIDDEN_ALWAYS;
		if (first == 's' && style == NULL && strcasecmp((const char *)a->name, "style") == 0)
			style = (const char *)a->value;
	}
	if (style == NULL)
		return 0;
	if (strcasestr(style, "display:none") != NULL || strcasestr(style, "display: none") != NULL)
		return HIDDEN_ALWAYS;
	if (strcasestr(style, "visibility:hidden") != NULL ||
	    strcasestr(style, "visibility: hidden") != NULL)
		return HIDDEN_VISIBILITY;
	return 0;
}

int
html_is_hidden(struct hnode *n)
{
	return hidden_reason(n) != 0;
}

int
html_hidden_by_visibility(struct hnode *n)
{
	return hidden_reason(n) == HIDDEN_VISIBILITY;
}

int
html_is_block(struct hnode *n)
{
	static const char *const block[] = {	/* sorted */
		"address", "article", "aside", "blockquote", "body", "br",
		"caption", "center", "dd", "div", "dl", "dt", "fieldset",
		"figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
		"h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p",
		"pre", "section", "table", "tbody", "td", "text", "tfoot", "th",
		"thead", "tr", "ul",
	};

	return name_in(n, block, sizeof block / sizeof block[0]);
}

int
html_text_add_upto(struct buf *b, struct hnode *root, size_t max)
{
	if (root->type == XML_TEXT_NODE || root->type == XML_CDATA_SECTION_NODE) {
		if (root->content != NULL)
			buf_adds(b, (const char *)root->content);
		return b->len >= max;
	}
	for (struct hnode *n = root->children; n != NULL; ) {
		int descend = !html_is_hidden(n);

		if (b->len >= max)
			return 1;
		if (n->type == XML_TEXT_NODE && n->content != NULL)
			buf_adds(b, (const char *)n->content);
		else if (html_is_block(n) && b->len > 0)
			buf_addc(b, ' ');
		n = html_next(n, root, descend);
	}
	return 0;
}

void
html_text_add(struct buf *b, struct hnode *root)
{
	if (root->type == XML_TEXT_NODE || root->type == XML_CDATA_SECTION_NODE) {
		if (root->content != NULL)
			buf_adds(b, (const char *)root->content);
		return;
	}
	for (struct hnode *n = root->children; n != NULL; ) {
		int descend = !html_is_hidden(n);

		if (n->type == XML_TEXT_NODE && n->content != NULL)
			buf_adds(b, (const char *)n->content);
		else if (html_is_block(n) && b->len > 0)
			buf_addc(b, ' ');
		n = html_next(n, root, descend);
	}
}

char *
html_text(struct hnode *root)
{
	struct buf b = {0};
	struct hnode *only = root->children;
	char *s;

	/* most links and many paragraphs hold one text node: cleaned where
	 * it stands, without a copy to join it to others */
	if (only != NULL && only->next == NULL && only->type == XML_TEXT_NODE &&
	    root->type == XML_ELEMENT_NODE)
		return only->content != NULL ?
		    text_clean((const char *)only->content, strlen((const char *)only->content)) :
		    text_clean("", 0);
	html_text_add(&b, root);
	s = text_clean(b.s ? b.s : "", b.len);
	buf_free(&b);
	return s;
}

char *
html_text_upto(struct hnode *n, size_t max, int *cut)
{
	struct buf b = {0};
	char *s;

	*cut = html_text_add_upto(&b, n, max);
	s = text_clean(b.s ? b.s : "", b.len);
	buf_free(&b);
	return s;
}

char *
html_text_of(const char *s)
{
	return text_clean(s, strlen(s));
}

const char *
html_attr_raw(struct hnode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE ? attr_value(n, name) : NULL;
}

char *
html_attr(struct hnode *n, const char *name)
{
	const char *v;
	char *s;

	if (n == NULL || n->type != XML_ELEMENT_NODE || (v = attr_value(n, name)) == NULL)
		return NULL;
	s = text_clean(v, strlen(v));
	if (*s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

/* Does v hold word, whatever the case?  A class or an id is short and the
 * word shorter: a scan for the word's first letter, then strncasecmp, is
 * many times cheaper here than strcasestr's setup. */
static int
holds_word(const char *v, const char *word)
{
	int lo = tolower((unsigned char)word[0]), up = toupper((unsigned char)word[0]);
	size_t n = strlen(word);

	for (; *v != '\0'; v++)
		if (((unsigned char)*v == lo || (unsigned char)*v == up) && strncasecmp(v, word, n) == 0)
			return 1;
	return n == 0;
}

int
html_attr_has(struct hnode *n, const char *name, const char *word)
{
	const char *v;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->attrs == NULL)
		return 0;
	v = attr_value(n, name);
	return v != NULL && holds_word(v, word);
}

int
html_has_attr(struct hnode *n, const char *name)
{
	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return 0;
	for (const struct hattr *a = n->attrs; a != NULL; a = a->next)
		if (a->name[0] == (unsigned char)name[0] &&
		    strcmp((const char *)a->name, name) == 0)
			return 1;
	return 0;
}

int
html_attr_has_pair(struct hnode *n, const char *const (*pairs)[2])
{
	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return 0;
	/* the parser keeps one attribute of a name, so the first found is
	 * the one attr_value would give */
	for (const struct hattr *a = n->attrs; a != NULL; a = a->next) {
		const char *v = (const char *)a->value;

		for (const char *const (*p)[2] = pairs; (*p)[0] != NULL; p++)
			if (((*p)[0][0] | 0x20) == (a->name[0] | 0x20) &&
			    strcasecmp((const char *)a->name, (*p)[0]) == 0 && holds_word(v, (*p)[1]))
				return 1;
	}
	return 0;
}

/* One pass over v for all of words that start with a letter: a word is
 * tried only where its first letter stands.  Any other word is sought on
 * its own. */
static int
holds_any_word(const char *v, const char *const *words)
{
	uint32_t firsts = 0;	/* the words' first letters, a bit each */

	for (const char *const *w = words; *w != NULL; w++) {
		unsigned ch = (unsigned char)**w | 0x20;

		if (ch < 'a' || ch > 'z') {
			if (holds_word(v, *w))
				return 1;
			continue;
		}
		firsts |= (uint32_t)1 << (ch - 'a');
	}
	for (; *v != '\0'; v++) {
		unsigned ch = (unsigned char)*v | 0x20;

		if (ch < 'a' || ch > 'z' || (firsts >> (ch - 'a') & 1) == 0)
			continue;
		for (const char *const *w = words; *w != NULL; w++)
			if (((unsigned char)**w | 0x20) == ch && strncasecmp(v, *w, strlen(*w)) == 0)
				return 1;
	}
	return 0;
}

int
html_attr_has_any(struct hnode *n, const char *name, const char *const *words)
{
	const char *v;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->attrs == NULL ||
	    (v = attr_value(n, name)) == NULL)
		return 0;
	return holds_any_word(v, words);
}

struct hnode *
html_ancestor(struct hnode *n, const char *name, int max_up)
{
	for (int i = 0; n != NULL && i <= max_up; i++, n = n->parent)
		if (html_is(n, name))
			return n;
	return NULL;
}

struct hnode *
html_next_element(struct hnode *n)
{
	for (n = n != NULL ? n->next : NULL; n != NULL && n->type != XML_ELEMENT_NODE; n = n->next)
		;
	return n;
}

struct hnode *
html_prev_element(struct hnode *n)
{
	for (n = n != NULL ? n->prev : NULL; n != NULL && n->type != XML_ELEMENT_NODE; n = n->prev)
		;
	return n;
}

struct hnode *
html_first_element(struct hnode *n)
{
	n = n != NULL ? n->children : NULL;
	return n != NULL && n->type != XML_ELEMENT_NODE ? html_next_element(n) : n;
}

int
html_is_blank_text(const struct hnode *n)
{
	const char *t = (const char *)n->content;

	return n->type == XML_TEXT_NODE && (t == NULL || t[strspn(t, " \t\r\n")] == '\0');
}
