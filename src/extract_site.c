/*
 * extract_site: a site rule's XPaths, applied on top of the generic
 * extraction.  `remove` runs first, on the document; each other field,
 * when the rule names it and the XPath matches, replaces what the generic
 * rules found.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <libxml/xpath.h>

#include "extract_parts.h"
#include "sites.h"

static xmlXPathObjectPtr
eval(struct ctx *c, const char *xpath)
{
	xmlXPathContextPtr x = xmlXPathNewContext(c->doc);
	xmlXPathObjectPtr r;

	if (x == NULL)
		return NULL;
	r = xmlXPathEvalExpression((const xmlChar *)xpath, x);
	xmlXPathFreeContext(x);
	if (r != NULL && r->type == XPATH_NODESET &&
	    (r->nodesetval == NULL || r->nodesetval->nodeNr == 0)) {
		xmlXPathFreeObject(r);
		return NULL;
	}
	return r;
}

void
site_remove(struct ctx *c)
{
	xmlXPathObjectPtr r;
	xmlNodeSetPtr set;

	if (c->rule == NULL || c->rule->xpath[SITE_REMOVE] == NULL ||
	    (r = eval(c, c->rule->xpath[SITE_REMOVE])) == NULL)
		return;
	set = r->type == XPATH_NODESET ? r->nodesetval : NULL;
	/* unlink everything first: a matched node may lie inside another */
	for (int i = 0; set != NULL && i < set->nodeNr; i++)
		if (set->nodeTab[i]->type == XML_ELEMENT_NODE && set->nodeTab[i] != c->root)
			xmlUnlinkNode(set->nodeTab[i]);
	for (int i = 0; set != NULL && i < set->nodeNr; i++)
		if (set->nodeTab[i]->type == XML_ELEMENT_NODE && set->nodeTab[i] != c->root)
			xmlFreeNode(set->nodeTab[i]);
	xmlXPathFreeObject(r);
}

/* The text of the first match, or NULL. */
static char *
first_text(struct ctx *c, const char *xpath)
{
	xmlXPathObjectPtr r = eval(c, xpath);
	char *t = NULL;

	if (r == NULL)
		return NULL;
	if (r->type == XPATH_NODESET)
		t = html_text(r->nodesetval->nodeTab[0]);
	else if (r->type == XPATH_STRING && r->stringval != NULL)
		t = html_text_of((const char *)r->stringval);
	xmlXPathFreeObject(r);
	if (t != NULL && *t == '\0') {
		free(t);
		t = NULL;
	}
	return t;
}

static void
replace(char **field, char *value)
{
	if (value == NULL)
		return;
	free(*field);
	*field = value;
}

/* The <a> a match stands for: itself, or the first one inside it. */
static xmlNodePtr
anchor_in(xmlNodePtr n, xmlNodePtr *stop)
{
	*stop = n;
	if (n->type == XML_ATTRIBUTE_NODE)
		n = n->parent;
	for (xmlNodePtr m = n; m != NULL; m = html_next(m, n, 1))
		if (html_is(m, "a"))
			return m;
	return NULL;
}

static void
links(struct ctx *c, const char *xpath, struct linklist *out)
{
	xmlXPathObjectPtr r = eval(c, xpath);
	struct linklist found = {0};

	if (r == NULL || r->type != XPATH_NODESET) {
		xmlXPathFreeObject(r);
		return;
	}
	for (int i = 0; i < r->nodesetval->nodeNr; i++) {
		xmlNodePtr stop, a = anchor_in(r->nodesetval->nodeTab[i], &stop);
		char *title, *url;

		if (a != NULL && anchor_link(c, a, &title, &url) == 0)
			linklist_push(&found, title, url, NULL, NULL);
	}
	xmlXPathFreeObject(r);
	if (found.n == 0)
		return;
	linklist_free(out);
	*out = found;
}

static void
one_link(struct ctx *c, const char *xpath, struct link **out)
{
	struct linklist l = {0};

	links(c, xpath, &l);
	if (l.n == 0)
		return;
	link_free(*out);
	*out = link_new(l.v[0].title, l.v[0].url, NULL, NULL);
	l.v[0].title = l.v[0].url = NULL;
	linklist_free(&l);
}

static void
texts(struct ctx *c, const char *xpath, struct strlist *out)
{
	xmlXPathObjectPtr r = eval(c, xpath);
	struct strlist found = {0};

	if (r == NULL || r->type != XPATH_NODESET) {
		xmlXPathFreeObject(r);
		return;
	}
	for (int i = 0; i < r->nodesetval->nodeNr; i++) {
		char *t = html_text(r->nodesetval->nodeTab[i]);

		if (*t)
			strlist_push(&found, t);
		else
			free(t);
	}
	xmlXPathFreeObject(r);
	if (found.n == 0)
		return;
	strlist_free(out);
	*out = found;
}

void
site_apply(struct ctx *c)
{
	const struct site_rule *r = c->rule;
	struct page *p = c->page;
	char *d;

	if (r == NULL)
		return;
	if (r->xpath[SITE_TITLE])
		replace(&p->title, first_text(c, r->xpath[SITE_TITLE]));
	if (r->xpath[SITE_SOURCE])
		replace(&p->source, first_text(c, r->xpath[SITE_SOURCE]));
	if (r->xpath[SITE_AUTHOR])
		replace(&p->author, first_text(c, r->xpath[SITE_AUTHOR]));
	if (r->xpath[SITE_EDITOR])
		replace(&p->editor, first_text(c, r->xpath[SITE_EDITOR]));
	if (r->xpath[SITE_PUBLISHED] && (d = first_text(c, r->xpath[SITE_PUBLISHED])) != NULL) {
		replace(&p->published, date_find(d, c->fetched, DATE_ZONE));
		free(d);
	}
	if (r->xpath[SITE_BODY])
		texts(c, r->xpath[SITE_BODY], &p->body);
	if (r->xpath[SITE_TAGS])
		texts(c, r->xpath[SITE_TAGS], &p->tags);
	if (r->xpath[SITE_PREV])
		one_link(c, r->xpath[SITE_PREV], &p->prev);
	if (r->xpath[SITE_NEXT])
		one_link(c, r->xpath[SITE_NEXT], &p->next);
	if (r->xpath[SITE_RELATED])
		links(c, r->xpath[SITE_RELATED], &p->related);
	if (r->xpath[SITE_HEADLINES])
		links(c, r->xpath[SITE_HEADLINES], &p->headlines);
}
