/*
 * extract_picview: a picture inside a link to a page is a banner, unless
 * the link shows the picture itself: another size of the same file
 * (extract_picsize.c), or a view of it under the story's own address —
 * Plone's ITEM/image_view_fullscreen around ITEM/@@images/image/preview,
 * WordPress's SLUG/attachment/NAME/ —, or a viewer page whose address
 * names the picture's own file id (an old blog's showpic.html#…&url=…/ID
 * around …/mw690/ID), as no banner's link does.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_lazysrc.h"
#include "extract_parts.h"
#include "extract_picview.h"

#define PICTURE_ID_MIN 12	/* letters and digits of a file id no other link holds */

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

/* Does url name the picture's file id: the letters and digits opening the
 * last part of the picture's address, PICTURE_ID_MIN of them or more (a
 * hashed id, not "photo1")? */
static int
names_picture(const struct ctx *c, const char *url, struct hnode *img)
{
	char *src = image_url(c, img);
	const char *f = src != NULL ? strrchr(src, '/') : NULL;
	size_t n = 0;
	int yes = 0;

	if (f != NULL) {
		f++;
		while ((f[n] >= '0' && f[n] <= '9') || (f[n] >= 'a' && f[n] <= 'z') || (f[n] >= 'A' && f[n] <= 'Z'))
			n++;
		if (n >= PICTURE_ID_MIN) {
			char *id = xstrndup(f, n);

			yes = strstr(url, id) != NULL;
			free(id);
		}
	}
	free(src);
	return yes;
}

int
own_view_picture(const struct ctx *c, struct hnode *img)
{
	struct hnode *a = html_ancestor(img, "a", 3);
	char *url = a != NULL && c->url != NULL ? anchor_url(c, a) : NULL;
	int own = url != NULL && (below_page(c, url) || names_picture(c, url, img));

	free(url);
	return own;
}
