/*
 * extract_keywords: tags from a visible itemprop="keywords" element (see
 * extract_keywords.h).  Pure code over the parsed tree.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_keywords.h"
#include "util.h"
#include "text.h"
#include "utf8.h"

#define KEYWORD_CHARS 30	/* a tag is a word or a few; longer is a sentence */

size_t
tag_separator(const char *p)
{
	static const char *const marks[] = {",", ";", "、", "，", "；", NULL};

	for (const char *const *m = marks; *m; m++)
		if (strncmp(p, *m, strlen(*m)) == 0)
			return strlen(*m);
	return 0;
}

/* Adds to out the pieces of t between separators, cleaned; none at all
 * when a piece is too long to be a tag. */
static void
split_keywords(const char *t, struct strlist *out)
{
	const char *p = t;

	while (*p) {
		const char *q = p;
		char *piece;

		while (*q && tag_separator(q) == 0)
			q++;
		piece = text_clean(p, (size_t)(q - p));
		if (utf8_chars_upto(piece, KEYWORD_CHARS + 1) > KEYWORD_CHARS) {
			free(piece);
			strlist_free(out);
			return;
		}
		if (*piece)
			strlist_push(out, piece);
		else
			free(piece);
		p = *q ? q + tag_separator(q) : q;
	}
}

int
keywords_like(struct ctx *c, struct hnode *n, const struct elinfo *e)
{
	(void)c;
	(void)e;
	return n->attrs != NULL && html_attr_has(n, "itemprop", "keywords") && count_links(n, 1) == 0;
}

void
tags_from_keywords(struct ctx *c, struct hnode *n)
{
	struct strlist words = {0};
	char *t = html_text(n);

	split_keywords(t, &words);
	free(t);
	for (size_t i = 0; i < words.n; i++)
		strlist_push(&c->page->tags, xstrdup(words.v[i]));
	strlist_free(&words);
}
