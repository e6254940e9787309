#ifndef KANBAO_EXTRACT_WIKINAME_H
#define KANBAO_EXTRACT_WIKINAME_H

#include <stddef.h>

/* The length of a wiki namespace opening s ("News:" of "News:Ashby
 * bell returns"): one word of letters, digits, "_" or "-" (up to 24
 * bytes) and a colon with no space after it; 0 when none. */
size_t wiki_namespace(const char *s);
/* Is attr text under a wiki's namespace ("News:TITLE" over "TITLE")? */
int namespaced_text(const char *attr, const char *text);
/* title without the namespace the page's own address names too
 * (/wiki/News:Ashby_bell, index.php?title=News:Ashby_bell): a wiki's
 * heading prints it before the page's name, which is the story's title. */
void cut_wiki_namespace(char *title, const char *url);

#endif
