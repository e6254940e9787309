/*
 * extract_wikiname: a wiki's namespace before a page's name.  A wiki
 * (MediaWiki, DokuWiki) keeps news in a namespace of its own and prints
 * it in the heading ("News:Ashby bell returns home") and in its links'
 * title attributes; a reader wants the page's name.  The heading's
 * namespace is cut only when the page's own address holds the same
 * "Namespace:" in its last part, so a headline with a colon and no space
 * ("Update:Council meets") on an ordinary site stays whole.  Pure string
 * work, no I/O.
 */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "extract_wikiname.h"

#define NAMESPACE_MAX 24

size_t
wiki_namespace(const char *s)
{
	size_t n = 0;

	while (n < NAMESPACE_MAX && s[n] != '\0' &&
	    (isalnum((unsigned char)s[n]) || s[n] == '_' || s[n] == '-'))
		n++;
	if (n == 0 || s[n] != ':' || !isupper((unsigned char)s[0]) || s[n + 1] == '\0' ||
	    isspace((unsigned char)s[n + 1]) || s[n + 1] == '/' || isdigit((unsigned char)s[n + 1]))
		return 0;
	return n + 1;
}

int
namespaced_text(const char *attr, const char *text)
{
	size_t k = wiki_namespace(attr);

	return k > 0 && *text != '\0' && strcmp(attr + k, text) == 0;
}

void
cut_wiki_namespace(char *title, const char *url)
{
	size_t k = wiki_namespace(title);
	const char *last, *q;

	if (k == 0 || url == NULL)
		return;
	q = strchr(url, '?');
	last = q ? q : url + strlen(url);
	while (last > url && last[-1] != '/' && last[-1] != '=')
		last--;
	if ((q = strstr(url, "title=")) != NULL)	/* index.php?title=News:… */
		last = q + 6;
	if (strncmp(last, title, k) != 0)
		return;
	memmove(title, title + k, strlen(title + k) + 1);
}
