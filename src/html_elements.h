/*
 * html_elements: libxml2's knowledge of HTML elements, for a scan of the
 * tags that must open and close elements as libxml2 will (html_flat.c).
 * Names are lower case, as tags are read.  Pure lookups: no I/O, no
 * libxml2 (its tables are copied, not linked).
 */
#ifndef KANBAO_HTML_ELEMENTS_H
#define KANBAO_HTML_ELEMENTS_H

/* An element without content (br, img, meta ...). */
int html_el_void(const char *name);
/* A block: its text keeps a line of its own. */
int html_el_block(const char *name);
/* html_is_hidden's elements, whose content is never shown. */
int html_el_hidden(const char *name);
/* libxml2's htmlEndPriority: an end tag closes no element of a higher one. */
int html_el_end_priority(const char *name);
/* Does a start tag of name close the element open (open) before it?
 * libxml2's htmlStartClose; leaving a pair out only counts deeper. */
int html_el_start_closes(const char *open, const char *name);

#endif
