/*
 * feed_el: a feed's elements and their text, as libxml2 has read them
 * (feed.c reads the tree with these).  An element is found by its
 * namespace and name, the formats' own namespaces alike (RSS 0.9 and 1.0,
 * Atom 0.3 and 1.0, none) and an undeclared prefix accepted as written.
 * Its text is read bounded (8 KiB at most, never cutting a UTF-8
 * sequence), plain or with HTML reduced to text, and cleaned (text.h):
 * never a control character.  Pure: no I/O.
 */
#ifndef KANBAO_FEED_EL_H
#define KANBAO_FEED_EL_H

#include <stddef.h>
#include <libxml/tree.h>

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_ATOM03 "http://purl.org/atom/ns#"
#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_RSS09 "http://my.netscape.com/rdf/simple/0.9/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_XML "http://www.w3.org/XML/1998/namespace"

/* Is n the element local in namespace ns?  A NULL ns means the formats'
 * own: none, RSS 0.9/1.0 or Atom.  A feed that uses a prefix it never
 * declared leaves the element named "prefix:local" without a namespace,
 * so bare (when not NULL) is accepted as well. */
int feed_el_is(xmlNodePtr n, const char *ns, const char *local, const char *bare);

/* The first child of parent that feed_el_is() matches, or NULL. */
xmlNodePtr feed_child(xmlNodePtr parent, const char *ns, const char *local, const char *bare);

/* The text of n as a reader sees it (escaped HTML or CDATA reduced to
 * text), a new string; NULL when n is NULL or holds none. */
char *feed_el_text(xmlNodePtr n);

/* The text of n as written (a link, a date): cleaned, no HTML pass; a new
 * string, or NULL as feed_el_text(). */
char *feed_el_plain(xmlNodePtr n);

/* The first max characters of s (which it frees), cleaned again so a cut
 * after a space leaves none at the end. */
char *feed_first_chars(char *s, size_t max);

#endif
