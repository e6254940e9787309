/*
 * html_node: kanbao's tree of a page once built (html_tree.c): freeing
 * it, its root, taking a node out, and finding where a node of libxml2's
 * DOM of the same page stands in it (for a site rule's XPath).
 */
#include "config.h"

#include <stdlib.h>

#include "html.h"
#include "util.h"

void
html_free(struct hdoc *doc)
{
	if (doc == NULL)
		return;
	arena_free(&doc->mem);
	if (doc->names != NULL)
		xmlDictFree(doc->names);
	free(doc);
}

struct hnode *
html_root(const struct hdoc *doc)
{
	for (struct hnode *n = doc->top.children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			return n;
	return NULL;
}

void
html_unlink(struct hnode *n)
{
	if (n->prev != NULL)
		n->prev->next = n->next;
	else if (n->parent != NULL)
		n->parent->children = n->next;
	if (n->next != NULL)
		n->next->prev = n->prev;
	n->parent = n->next = n->prev = NULL;
}

/* Does the tree keep a node of this type of libxml2's DOM? */
static int
kept(xmlElementType type)
{
	return type == XML_ELEMENT_NODE || type == XML_TEXT_NODE ||
	    type == XML_CDATA_SECTION_NODE || type == XML_COMMENT_NODE || type == XML_PI_NODE;
}

struct hnode *
html_node_of(const struct hdoc *doc, xmlNodePtr x)
{
	size_t *steps = NULL, nsteps = 0, cap = 0;
	const struct hnode *n = &doc->top;

	/* the place of x: its index among the kept children, at each level */
	for (; x != NULL && x->type != XML_DOCUMENT_NODE && x->type != XML_HTML_DOCUMENT_NODE;
	    x = x->parent) {
		size_t i = 0;

		if (!kept(x->type)) {
			free(steps);
			return NULL;
		}
		for (xmlNodePtr s = x->prev; s != NULL; s = s->prev)
			i += kept(s->type);
		if (nsteps == cap) {
			cap = cap ? cap * 2 : 32;
			steps = xreallocarray(steps, cap, sizeof *steps);
		}
		steps[nsteps++] = i;
	}
	while (n != NULL && nsteps > 0) {
		size_t i = steps[--nsteps];

		for (n = n->children; n != NULL && i > 0; i--)
			n = n->next;
	}
	free(steps);
	return x != NULL ? (struct hnode *)n : NULL;
}
