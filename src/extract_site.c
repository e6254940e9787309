/*
 * extract_site: a site rule's XPaths, applied on top of the generic
 * extraction.  `remove` runs first, on the document; each other field,
 * when the rule names it and the XPath matches, replaces what the generic
 * rules found.  A story's body brings its pictures along (site_body), so
 * that the reader shows them in place as in a story of the generic rules.
 * XPath runs on libxml2's DOM of the page (c->dom, read only when a rule
 * applies); each node it finds is taken at its place in kanbao's tree,
 * where the generic rules read.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <libxml/xpath.h>

#include "extract_lazysrc.h"
#include "extract_parts.h"
#include "sites.h"

static xmlXPathObjectPtr
eval(struct ctx *c, const char *xpath)
{
	xmlXPathContextPtr x = c->dom != NULL ? xmlXPathNewContext(c->dom) : NULL;
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

/* The node of the tree where x stands in the DOM; an attribute stands
 * for its element. */
static struct hnode *
tree_node(const struct ctx *c, xmlNodePtr x)
{
	if (x->type == XML_ATTRIBUTE_NODE)
		x = x->parent;
	return html_node_of(c->doc, x);
}

void
site_remove(struct ctx *c)
{
	xmlXPathObjectPtr r;
	xmlNodeSetPtr set;
	struct hnode **found;
	int n;

	if (c->rule == NULL || c->rule->xpath[SITE_REMOVE] == NULL ||
	    (r = eval(c, c->rule->xpath[SITE_REMOVE])) == NULL)
		return;
	set = r->type == XPATH_NODESET ? r->nodesetval : NULL;
	n = set != NULL ? set->nodeNr : 0;
	/* every match found in the tree before any goes from either: a
	 * matched node may lie inside another */
	found = xcalloc((size_t)n + 1, sizeof *found);
	for (int i = 0; i < n; i++)
		if (set->nodeTab[i]->type == XML_ELEMENT_NODE)
			found[i] = tree_node(c, set->nodeTab[i]);
	for (int i = 0; i < n; i++)
		if (found[i] != NULL && found[i] != c->root) {
			html_unlink(found[i]);
			xmlUnlinkNode(set->nodeTab[i]);
		}
	for (int i = 0; i < n; i++)
		if (found[i] != NULL && found[i] != c->root)
			xmlFreeNode(set->nodeTab[i]);
	free(found);
	xmlXPathFreeObject(r);
}

/* The text of a match: an attribute's value, or the text below its node
 * in the tree. */
static char *
match_text(const struct ctx *c, xmlNodePtr x)
{
	struct hnode *n;
	xmlChar *v;
	char *t;

	if (x->type == XML_ATTRIBUTE_NODE) {
		v = xmlNodeGetContent(x);
		t = html_text_of(v != NULL ? (const char *)v : "");
		xmlFree(v);
		return t;
	}
	n = html_node_of(c->doc, x);
	return n != NULL ? html_text(n) : xstrdup("");
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
		t = match_text(c, r->nodesetval->nodeTab[0]);
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
static struct hnode *
anchor_in(const struct ctx *c, xmlNodePtr x)
{
	struct hnode *n = tree_node(c, x);

	for (struct hnode *m = n; m != NULL; m = html_next(m, n, 1))
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
		struct hnode *a = anchor_in(c, r->nodesetval->nodeTab[i]);
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
		char *t = match_text(c, r->nodesetval->nodeTab[i]);

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

/* A content picture at img, appended to p's images and blocks. */
static void
add_picture(struct ctx *c, struct page *p, struct hnode *img)
{
	char *url;
	struct block *b;

	if (!html_is(img, "img") || !image_is_content(img) || (url = image_url(c, img)) == NULL)
		return;
	page_add_image(p, url, html_attr(img, "alt"));
	b = page_add_block(p, BLOCK_IMG);
	b->src = xstrdup(url);
	b->alt = p->images[p->nimages - 1].alt ? xstrdup(p->images[p->nimages - 1].alt) : NULL;
}

/* Is n below (or) above? */
static int
inside(struct hnode *n, struct hnode *above)
{
	for (; n != NULL; n = n->parent)
		if (n == above)
			return 1;
	return 0;
}

/* The pictures between the end of prev and cur, two matches of a rule's
 * body in the order of the page: a picture of the story often stands in
 * a box of its own between the paragraphs a rule names. */
static void
pictures_between(struct ctx *c, struct page *p, xmlNodePtr xprev, xmlNodePtr xcur)
{
	struct hnode *prev = tree_node(c, xprev), *cur = tree_node(c, xcur);

	if (prev == NULL || cur == NULL || xprev->type != XML_ELEMENT_NODE ||
	    xcur->type != XML_ELEMENT_NODE || inside(cur, prev) || xmlXPathCmpNodes(xprev, xcur) != 1)
		return;		/* nested, or out of order: nothing between */
	for (struct hnode *n = html_next(prev, NULL, 0); n != NULL && n != cur; n = html_next(n, NULL, 1))
		add_picture(c, p, n);
}

/* The pictures inside a match, before its text: a CMS puts a picture in
 * a paragraph of its own, or above its caption. */
static void
pictures_in(struct ctx *c, struct page *p, struct hnode *m)
{
	if (m == NULL || m->type != XML_ELEMENT_NODE)
		return;
	for (struct hnode *n = m; n != NULL; n = html_next(n, m, 1))
		add_picture(c, p, n);
}

/* Moves the story (body, pictures, blocks) of from to p. */
static void
take_story(struct page *p, struct page *from)
{
	struct strlist body = p->body;
	struct image *images = p->images;
	size_t nimages = p->nimages, capimages = p->capimages;
	struct block *blocks = p->blocks;
	size_t nblocks = p->nblocks;

	p->body = from->body, from->body = body;
	p->images = from->images, from->images = images;
	p->nimages = from->nimages, from->nimages = nimages;
	p->capimages = from->capimages, from->capimages = capimages;
	p->blocks = from->blocks, from->blocks = blocks;
	p->nblocks = from->nblocks, from->nblocks = nblocks;
}

/* A rule's body: the text of each match a paragraph, the pictures in and
 * between the matches in their places, as the blocks from the generic
 * rules have them; all of it replaces the generic story, when a match
 * has text. */
static void
site_body(struct ctx *c, const char *xpath)
{
	xmlXPathObjectPtr r = eval(c, xpath);
	struct page *found;

	if (r == NULL || r->type != XPATH_NODESET) {
		xmlXPathFreeObject(r);
		return;
	}
	found = page_new(c->url);
	for (int i = 0; i < r->nodesetval->nodeNr; i++) {
		xmlNodePtr x = r->nodesetval->nodeTab[i];
		char *t = match_text(c, x);

		if (i > 0)
			pictures_between(c, found, r->nodesetval->nodeTab[i - 1], x);
		pictures_in(c, found, x->type == XML_ATTRIBUTE_NODE ? NULL : tree_node(c, x));
		if (*t == '\0') {
			free(t);
			continue;
		}
		page_add_text(found, BLOCK_P, t);
	}
	xmlXPathFreeObject(r);
	if (found->body.n > 0)
		take_story(c->page, found);
	page_free(found);
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
	if (r->xpath[SITE_BODY] && p->kind == PAGE_ARTICLE)
		site_body(c, r->xpath[SITE_BODY]);
	else if (r->xpath[SITE_BODY])
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
