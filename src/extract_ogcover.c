/*
 * extract_ogcover: a story header's lead picture found by the page's own
 * og:image.  A public broadcaster's or a chain's story header stacks the
 * headline, the byline, the hero figure and a share bar, and a box of
 * key points may stand between it and the text, so no cover rule of
 * extract_images.c (a picture just before the text, past one bar and one
 * byline) reaches it; the picture the page names as its share image,
 * shown between the headline and the text, is the story's lead.  A
 * picture elsewhere (a sidebar's, a logo) named by og:image is no lead;
 * one right over the headline, outside any link, header or navigation,
 * is (a blog theme's cover atop the post's card).
 * One meta read and one pass over the pictures, no walk.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_ogcover.h"
#include "util.h"

/* Is the picture at img, with no text between it and the headline, a
 * cover set over it (a blog theme's post card: the cover, then the h1,
 * the byline and the text in one box)?  Not one in a link (a logo to
 * the home page) nor in the page's header or navigation. */
static int
cover_over_headline(const struct ctx *c, struct hnode *img)
{
	if (enclosing_anchor(img) != NULL)
		return 0;
	for (struct hnode *n = img->parent; n != NULL && n != c->root; n = n->parent)
		if (html_is(n, "header") || html_is(n, "nav"))
			return 0;
	return 1;
}

/* Are a and b the one picture: the same URL, or the same file of a
 * picture's type (.jpg, .jpeg, .png, .webp, .gif) whose queries differ,
 * as an image CDN sizes one file for the share card
 * (?w=1200&h=630&fit=crop) and for the page (?w=1600&h=840)?  A script's
 * address (photo.php?id=5) names its picture in the query: only the
 * whole URL says it is the same. */
static int
same_picture(const char *a, const char *b)
{
	static const char *const exts[] = {".jpg", ".jpeg", ".png", ".webp", ".gif", NULL};
	const char *qa = strchr(a, '?'), *qb = strchr(b, '?');
	size_t n = qa != NULL ? (size_t)(qa - a) : strlen(a);

	if (strcmp(a, b) == 0)
		return 1;
	if (n != (qb != NULL ? (size_t)(qb - b) : strlen(b)) || strncmp(a, b, n) != 0)
		return 0;
	for (const char *const *e = exts; *e != NULL; e++)
		if (n > strlen(*e) && strncasecmp(a + n - strlen(*e), *e, strlen(*e)) == 0)
			return 1;
	return 0;
}

size_t
og_cover(struct ctx *c, char *(*url_of)(const struct ctx *, struct hnode *))
{
	char *og, *want;
	size_t found = c->nimgs;

	if (c->nparts == 0 || c->title_seg >= c->nsegs ||
	    (og = meta_content(c, "property", "og:image")) == NULL)
		return c->nimgs;
	want = *og ? resolve_url(c, og) : NULL;
	free(og);
	for (size_t i = 0; want != NULL && i < c->nimgs && found == c->nimgs; i++) {
		char *url;

		if ((c->imgs[i].seg < c->title_seg || (c->imgs[i].seg == c->title_seg &&
		    !cover_over_headline(c, c->imgs[i].node))) || c->imgs[i].seg > c->parts[0].first)
			continue;
		if ((url = url_of(c, c->imgs[i].node)) != NULL && same_picture(url, want))
			found = i;
		free(url);
	}
	free(want);
	return found;
}
