/*
 * extract_picview: a picture inside a link to a page is a banner, unless
 * the link shows the picture itself: another size of the same file
 * (moved here from extract_dom.c, at its limit), or a view of it under
 * the story's own address — Plone's ITEM/image_view_fullscreen around
 * ITEM/@@images/image/preview, WordPress's SLUG/attachment/NAME/ —, as
 * no banner's link does.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_picview.h"

#define PICTURE_STEM_MIN 12	/* characters of a picture's id its copies share */

/* Does the link a lead to another size of the picture img shows: the same
 * folder and file name up to a size mark after a dash or underscore
 * (Typepad's .a/6a00d8…200b-800wi shown, .a/6a00d8…200b-pi linked), no
 * extension? */
int
links_to_own_picture(struct hnode *a, struct hnode *img)
{
	char *href = html_attr(a, "href"), *src = html_attr(img, "src");
	const char *hf = href ? strrchr(href, '/') : NULL, *sf = src ? strrchr(src, '/') : NULL;
	size_t n = 0;
	int same = 0;

	if (hf != NULL && sf != NULL && hf - href == sf - src &&
	    strncmp(href, src, (size_t)(hf - href)) == 0) {
		while (hf[n] != '\0' && hf[n] == sf[n])
			n++;
		same = n > PICTURE_STEM_MIN && strchr("-_", hf[n - 1]) != NULL;
	}
	free(href);
	free(src);
	return same;
}

/* Does url lead below the page's own address (c->url, then a slash and
 * more), to a view of the story rather than another page?  A document
 * filed there (ITEM/map.pdf, its icon in the link) is no view. */
static int
below_page(const struct ctx *c, const char *url)
{
	size_t n = strcspn(c->url, "?#");

	while (n > 0 && c->url[n - 1] == '/')
		n--;
	return n > 0 && strncmp(url, c->url, n) == 0 && url[n] == '/' && url[n + 1] != '\0' &&
	    strchr("?#", url[n + 1]) == NULL && !is_attachment(url);
}

int
own_view_picture(const struct ctx *c, struct hnode *img)
{
	struct hnode *a = html_ancestor(img, "a", 3);
	char *url = a != NULL && c->url != NULL ? anchor_url(c, a) : NULL;
	int own = url != NULL && below_page(c, url);

	free(url);
	return own;
}
