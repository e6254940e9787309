/* html: parsing and walking; see html.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "text.h"
#include "util.h"

static void
ignore_errors(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

xmlDocPtr
html_parse(const char *utf8, size_t len, const char *url)
{
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET | HTML_PARSE_COMPACT |
	    HTML_PARSE_IGNORE_ENC;

	if (len > (size_t)0x7fffffff)
		len = 0x7fffffff;
	xmlSetGenericErrorFunc(NULL, ignore_errors);
	/* "UTF-8" and IGNORE_ENC: the page's own <meta> must not re-decode
	 * what charset.c already decoded */
	return htmlReadMemory(utf8, (int)len, url, "UTF-8", opts);
}

xmlNodePtr
html_next(xmlNodePtr n, xmlNodePtr root, int descend)
{
	if (descend && n->children != NULL && n->type == XML_ELEMENT_NODE)
		return n->children;
	if (descend && n->children != NULL && n->type == XML_DOCUMENT_NODE)
		return n->children;
	if (descend && n->children != NULL && n->type == XML_HTML_DOCUMENT_NODE)
		return n->children;
	while (n != NULL && n != root) {
		if (n->next != NULL)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

int
html_is(xmlNodePtr n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && n->name != NULL &&
	    strcmp((const char *)n->name, name) == 0;
}

/* libxml2's HTML parser lower-cases element names, so a plain strcmp
 * against a sorted table is enough; this runs for every node of every walk. */
static int
name_in(xmlNodePtr n, const char *const *sorted, size_t count)
{
	size_t lo = 0, hi = count;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->name == NULL)
		return 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp((const char *)n->name, sorted[mid]);

		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* The value of attribute name of n without copying it, or NULL. */
static const char *
attr_value(xmlNodePtr n, const char *name)
{
	for (xmlAttrPtr a = n->properties; a != NULL; a = a->next)
		if (a->name != NULL && strcasecmp((const char *)a->name, name) == 0)
			return a->children && a->children->content ?
			    (const char *)a->children->content : "";
	return NULL;
}

int
html_is_hidden(xmlNodePtr n)
{
	static const char *const hidden[] = {	/* sorted */
		"button", "canvas", "embed", "head", "iframe", "input", "map",
		"noscript", "object", "option", "script", "select", "style", "svg",
		"template", "textarea", "title",
	};
	const char *style;

	if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE ||
	    n->type == XML_DTD_NODE)
		return 1;
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	if (name_in(n, hidden, sizeof hidden / sizeof hidden[0]))
		return 1;
	if (n->properties == NULL)
		return 0;
	if (attr_value(n, "hidden") != NULL)
		return 1;
	style = attr_value(n, "style");
	return style != NULL && (strcasestr(style, "display:none") != NULL ||
	    strcasestr(style, "display: none") != NULL);
}

int
html_is_block(xmlNodePtr n)
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

char *
html_text(xmlNodePtr root)
{
	struct buf b = {0};
	xmlNodePtr n;
	char *s;

	if (root->type == XML_TEXT_NODE || root->type == XML_CDATA_SECTION_NODE) {
		const char *c = (const char *)root->content;

		return text_clean(c ? c : "", c ? strlen(c) : 0);
	}
	for (n = root->children; n != NULL; ) {
		int descend = !html_is_hidden(n);

		if (n->type == XML_TEXT_NODE && n->content != NULL)
			buf_adds(&b, (const char *)n->content);
		else if (html_is_block(n) && b.len > 0)
			buf_addc(&b, ' ');
		n = html_next(n, root, descend);
	}
	s = text_clean(b.s ? b.s : "", b.len);
	buf_free(&b);
	return s;
}

char *
html_attr(xmlNodePtr n, const char *name)
{
	xmlChar *v;
	char *s;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return NULL;
	v = xmlGetProp(n, (const xmlChar *)name);
	if (v == NULL)
		return NULL;
	s = text_clean((const char *)v, strlen((const char *)v));
	xmlFree(v);
	if (*s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

int
html_attr_has(xmlNodePtr n, const char *name, const char *word)
{
	const char *v;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->properties == NULL)
		return 0;
	v = attr_value(n, name);
	return v != NULL && strcasestr(v, word) != NULL;
}

xmlNodePtr
html_ancestor(xmlNodePtr n, const char *name, int max_up)
{
	for (int i = 0; n != NULL && i <= max_up; i++, n = n->parent)
		if (html_is(n, name))
			return n;
	return NULL;
}
