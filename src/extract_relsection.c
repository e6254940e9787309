/*
 * extract_relsection: a council's news page may set a box of links into
 * the story's text, "Related information" over the service pages it
 * touches (gritting, grit bins, reporting a road), and close with a
 * "Related news" list of the section's stories.  The box is the page's
 * help, the list its related stories: the first folder of the links'
 * addresses tells them apart.  Pure string tests on absolute URLs.
 */
#include "config.h"

#include <string.h>

#include "extract_relsection.h"

/* The first folder of url's path, its length in *n, when a name follows
 * it ("/news/" in https://host/news/article/x): else NULL. */
static const char *
first_folder(const char *url, size_t *n)
{
	const char *p = strstr(url, "://"), *q;

	if (p == NULL || (p = strchr(p + 3, '/')) == NULL)
		return NULL;
	p++;
	*n = strcspn(p, "/?#");
	if (*n == 0 || p[*n] != '/')
		return NULL;
	q = p + *n + 1;
	return *q != '\0' && *q != '?' && *q != '#' ? p : NULL;
}

/* Is url under the folder s[0..n) of the same host as the story? */
static int
in_folder(const char *story, const char *url, const char *s, size_t n)
{
	const char *f;
	size_t k;

	if ((f = first_folder(url, &k)) == NULL || k != n || strncmp(f, s, n) != 0)
		return 0;
	return f - url == s - story && strncmp(url, story, (size_t)(s - story)) == 0;
}

int
list_after_in_section(const struct ctx *c, const struct linklist *box, const struct linklist *after)
{
	const char *story = c->page->url, *s;
	size_t n;

	if (story == NULL || after->n < 2 || (s = first_folder(story, &n)) == NULL)
		return 0;
	for (size_t i = 0; i < box->n; i++)
		if (box->v[i].url != NULL && in_folder(story, box->v[i].url, s, n))
			return 0;
	for (size_t i = 0; i < after->n; i++)
		if (after->v[i].url == NULL || !in_folder(story, after->v[i].url, s, n))
			return 0;
	return 1;
}
