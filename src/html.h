/*
 * html: UTF-8 bytes to a tree of the page, and the walks extraction needs.
 *
 * libxml2's HTML parser reads the page, and its events build kanbao's own
 * tree: the elements, texts and comments libxml2's DOM would hold, in the
 * same places, in a third of its memory (a node is 56 bytes in an arena
 * where libxml2's is 120 in a malloc of its own, and an attribute 24 where
 * libxml2's is an attribute node and a text node): on a page of 16 MiB of
 * links kanbao's whole peak is 132 MiB, libxml2's DOM alone 236
 * (bench/hostile.sh).  Only html*.c, extract_site.c and the feed reader
 * call libxml2; extraction uses its node types' names (XML_ELEMENT_NODE)
 * and xmlChar.  Every walk here is iterative, so a hostile page nested a
 * million deep cannot exhaust the stack.
 */
#ifndef KANBAO_HTML_H
#define KANBAO_HTML_H

#include <stddef.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "arena.h"

struct hattr {
	const xmlChar *name;	/* lower-case; the tree's dictionary's */
	const xmlChar *value;	/* as written, entities expanded; "" when none */
	struct hattr *next;
};

/* A node: type is libxml2's XML_ELEMENT_NODE, XML_TEXT_NODE,
 * XML_CDATA_SECTION_NODE (a script's or a style's text), XML_COMMENT_NODE,
 * XML_PI_NODE or, for the tree's top, XML_HTML_DOCUMENT_NODE. */
struct hnode {
	struct hnode *parent, *children, *next, *prev;
	const xmlChar *name;	/* an element's, lower-case; "text" for a text */
	/* a text has content and no attributes, an element the other way
	 * round: one place for both keeps a node at 56 bytes (a page of
	 * small tables is six nodes a row); read content only of a text, a
	 * CDATA block, a comment or a PI, attrs only of an element */
	union {
		const xmlChar *content;
		struct hattr *attrs;	/* in the page's order */
	};
	xmlElementType type;
	unsigned info;		/* extraction's number for the node; 0 until then */
};

struct hdoc {
	struct hnode top;	/* the document: the root element is a child */
	struct arena mem;	/* every node, attribute and text */
	xmlDictPtr names;	/* element and attribute names */
};

/* Sets libxml2 up once: its allocations go through kanbao's, so that
 * running out of memory inside libxml2 ends as it does anywhere else.
 * html_parse calls it; so does anything else that parses XML first. */
void html_init(void);

/* Parses UTF-8 text (the caller's; charset.c made it).  NULL if libxml2
 * gives up entirely.  The caller frees with html_free().  A page that
 * would stop libxml2's DOM part-way (elements nested deeper than 256, a
 * text or a script of more than 10 MB) is read again whole: made shallow
 * by html_flatten, and with the limits on text lifted, so that the tree
 * is the one libxml2's DOM would be. */
struct hdoc *html_parse(const char *utf8, size_t len, const char *url);
void html_free(struct hdoc *doc);

/* The root element (<html>), or NULL. */
struct hnode *html_root(const struct hdoc *doc);

/* Takes n out of its tree; its memory stays the tree's. */
void html_unlink(struct hnode *n);

/* As html_parse, and *dom libxml2's own DOM of the same text (NULL when
 * libxml2 gives up), for the XPath of a site rule: the page is repaired
 * once for both.  html_node_of gives the node of doc that stands where x
 * stands in the DOM (NULL if none).  The caller frees the DOM with
 * xmlFreeDoc(). */
struct hdoc *html_parse_both(const char *utf8, size_t len, const char *url, xmlDocPtr *dom);
struct hnode *html_node_of(const struct hdoc *doc, xmlNodePtr x);

/* The page s[0..len) with every start tag bounded (16 KiB reach libxml2,
 * which compares each attribute of a tag with every other) and every
 * stray </body> and </html> dropped, and every "<![if ...]>" /
 * "<![endif]>" outside a comment dropped (a bogus comment, never shown);
 * NULL when none needed it.  New, of
 * *outlen bytes (html_repair.c); html_parse reads it instead. */
char *html_repair_tags(const char *s, size_t len, size_t *outlen);

/* The page s[0..len) with no element nested deeper than HTML_FLAT_DEPTH:
 * the start tags below that are dropped with their end tags, their text
 * kept (a dropped block leaves a <br>), and a hidden element's content
 * dropped with it.  New, of *outlen bytes (html_flat.c). */
#define HTML_FLAT_DEPTH 200
char *html_flatten(const char *s, size_t len, size_t *outlen);

/* The next node in document order below root (NULL at the end); with
 * descend 0 the children of n are skipped.  Inline, as html_is: every
 * walk of extraction takes a step of each for every node. */
static inline struct hnode *
html_next(struct hnode *n, struct hnode *root, int descend)
{
	if (descend && n->children != NULL && (n->type == XML_ELEMENT_NODE ||
	    n->type == XML_DOCUMENT_NODE || n->type == XML_HTML_DOCUMENT_NODE))
		return n->children;
	while (n != NULL && n != root) {
		if (n->next != NULL)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

/* Is n an element of this (lower-case) name?  The first bytes are
 * compared before strcmp is called: most names differ there. */
static inline int
html_is(struct hnode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE && n->name != NULL &&
	    n->name[0] == (unsigned char)name[0] && strcmp((const char *)n->name, name) == 0;
}

/* A table cell, td or th: old sites lay stories and their side columns
 * out in cells, so many rules ask this. */
static inline int
html_is_cell(struct hnode *n)
{
	return html_is(n, "td") || html_is(n, "th");
}

/* Elements whose content is never text a reader sees. */
int html_is_hidden(struct hnode *n);
/* Hidden by a style's visibility:hidden alone, which a page may set on its
 * text until a script has laid it out. */
int html_hidden_by_visibility(struct hnode *n);

/* Elements that start a new line of text. */
int html_is_block(struct hnode *n);

/* A new cleaned string of the visible text below n. */
char *html_text(struct hnode *n);

/* Appends the visible text below n (or n's own, for a text node) to b as
 * it stands, white space included, so that pieces joined stay apart:
 * <h1>Foo <i>bar</i></h1>.  Block elements add a space. */
struct buf;
void html_text_add(struct buf *b, struct hnode *n);

/* ... as html_text_add, stopping once b holds max bytes or more (at a
 * node's end): 1 when it stopped before the end of n's text. */
int html_text_add_upto(struct buf *b, struct hnode *n, size_t max);

/* A new cleaned string of the visible text below n as html_text, read no
 * further than the node that brings it to max bytes: *cut is 1 when more
 * was left.  For a question about a link's few words, which a hostile page
 * may ask of links that each hold the rest of the page. */
char *html_text_upto(struct hnode *n, size_t max, int *cut);

/* A new cleaned copy of a string (text_clean). */
char *html_text_of(const char *s);

/* The value of attribute name (an ASCII name) of n as written, the tree's
 * own, or NULL: for a caller that cleans it itself (url_resolve). */
const char *html_attr_raw(struct hnode *n, const char *name);
/* A new cleaned copy of attribute name of n, or NULL when absent or empty. */
char *html_attr(struct hnode *n, const char *name);

/* Has n an attribute of this (lower-case) name, empty or not?  As
 * xmlHasProp, without its look for a default in the DTD, which an HTML
 * page's never declares. */
int html_has_attr(struct hnode *n, const char *name);

/* Does attribute name of n contain word (case-insensitively)? */
int html_attr_has(struct hnode *n, const char *name, const char *word);
/* ... one of words (a list ending with NULL)?  The attribute is looked up
 * once for all of them. */
int html_attr_has_any(struct hnode *n, const char *name, const char *const *words);

/* Does an attribute of n hold the word paired with its name?  pairs is a
 * list of {name, word} ending with {NULL, NULL}: {"class", "author"},
 * {"rel", "author"}.  The attributes are read once for all of them. */
int html_attr_has_pair(struct hnode *n, const char *const (*pairs)[2]);

/* The nearest ancestor (or n itself) of this name, or NULL. */
struct hnode *html_ancestor(struct hnode *n, const char *name, int max_up);
/* The next element sibling of n, or NULL (n NULL too). */
struct hnode *html_next_element(struct hnode *n);
/* The previous element sibling of n, or NULL (n NULL too). */
struct hnode *html_prev_element(struct hnode *n);
/* The first element child of n, or NULL (n NULL too). */
struct hnode *html_first_element(struct hnode *n);
/* Is n a text node of white space alone (or of none)?  Source line
 * breaks and indents between tags give such nodes everywhere. */
int html_is_blank_text(const struct hnode *n);

#endif
