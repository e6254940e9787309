/*
 * extract_picview: a picture inside a link to a page is a banner, unless
 * the link shows the picture itself: another size of the same file
 * (extract_picsize.c), or a view of it under the story's own address —
 * Plone's ITEM/image_view_fullscreen around ITEM/@@images/image/preview,
 * WordPress's SLUG/attachment/NAME/ —, as no banner's link does.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_picview.h"

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
