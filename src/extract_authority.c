/*
 * extract_authority: the byline search reads an element whose class
 * holds "author" (article-author, authorName, post__author).  A blog
 * platform's rights notice under the story is classed "authority" (本文
 * 禁止转载或摘编) and a form's "authorize": the word is another, and the
 * notice names no one.  Pure: reads one attribute.
 */
#include "config.h"

#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "extract_authority.h"
#include "extract_words.h"
#include "html.h"

int
author_only_in_rights(struct hnode *n)
{
	const char *v = html_attr_raw(n, "class");
	int found = 0;

	for (const char *p = v; p != NULL && (p = strcasestr(p, "author")) != NULL; p++) {
		const char *const *l = author_word_classes;

		while (*l != NULL && strncasecmp(p, *l, strlen(*l)) != 0)
			l++;
		if (*l == NULL)
			return 0;	/* a plain "author" somewhere in the class */
		found = 1;
	}
	return found;
}
