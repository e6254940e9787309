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
	    strcasecmp((const char *)n->name, name) == 0;
}

static int
name_in(xmlNodePtr n, const char *const *names)
{
	if (n == NULL || n->type != XML_ELEMENT_NODE || n->name == NULL)
		return 0;
	for (; *names; names++)
		if (strcasecmp((const char *)n->name, *names) == 0)
			return 1;
	return 0;
}

int
html_is_hidden(xmlNodePtr n)
{
	static const char *const hidden[] = {
		"script", "style", "noscript", "template", "head", "title",
		"select", "option", "textarea", "button", "iframe", "object",
		"embed", "svg", "canvas", "map", "input", NULL
	};

	if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE ||
	    n->type == XML_DTD_NODE)
		return 1;
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	if (name_in(n, hidden))
		return 1;
	if (xmlHasProp(n, (const xmlChar *)"hidden"))
		return 1;
	return html_attr_has(n, "style", "display:none") ||
	    html_attr_has(n, "style", "display: none");
}

int
html_is_block(xmlNodePtr n)
{
	static const char *const block[] = {
		"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "table",
		"tr", "td", "th", "tbody", "thead", "tfoot", "h1", "h2", "h3",
		"h4", "h5", "h6", "blockquote", "pre", "section", "article",
		"header", "footer", "nav", "aside", "main", "figure",
		"figcaption", "center", "form", "hr", "address", "fieldset",
		"body", "html", "caption", "text", NULL
	};

	return name_in(n, block);
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
	xmlChar *v;
	int found;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return 0;
	v = xmlGetProp(n, (const xmlChar *)name);
	if (v == NULL)
		return 0;
	found = strcasestr((const char *)v, word) != NULL;
	xmlFree(v);
	return found;
}

xmlNodePtr
html_ancestor(xmlNodePtr n, const char *name, int max_up)
{
	for (int i = 0; n != NULL && i <= max_up; i++, n = n->parent)
		if (html_is(n, name))
			return n;
	return NULL;
}
