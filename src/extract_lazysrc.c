/*
 * extract_lazysrc: a picture's address.  Lazy loaders keep it in an
 * attribute of their own and make src a placeholder: a forum's post
 * (Discuz!) has src a blank and file the picture; WordPress's lazy
 * loaders (WP Rocket) put it in data-lazy-src.  Other pictures keep it
 * in an attribute that counts only when src shows none: a Next.js writing site's image block
 * (<img data-original-src=//…/ID.jpg> and no src until it scrolls in), an
 * old blog host's transparent sg_trans.gif in src and the picture in
 * real_src.  When src is a picture it wins: a site builder's resized copy
 * in src beside the upload's data-original-src is the picture shown.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_dom.h"
#include "extract_lazysrc.h"
#include "extract_words.h"

/* Is src no picture: none, empty, a data: URI or a GIF (a 1x1 spacer)? */
static int
placeholder(const char *src)
{
	size_t n = src != NULL ? strcspn(src, "?#") : 0;

	return n == 0 || strncasecmp(src, "data:", 5) == 0 ||
	    (n > 4 && strncasecmp(src + n - 4, ".gif", 4) == 0);
}

char *
behind_placeholder(struct hnode *img, char *src)
{
	if (!placeholder(src))
		return src;
	for (const char *const *a = behind_placeholder_attrs; *a != NULL; a++) {
		char *v = html_attr(img, *a);

		if (v != NULL && *v != '\0') {
			free(src);
			return v;
		}
		free(v);
	}
	return src;
}

char *
image_url(const struct ctx *c, struct hnode *img)
{
	static const char *const lazy[] = {"data-original", "data-src", "data-lazy-src", "file", NULL};
	char *src = NULL, *url;

	for (const char *const *a = lazy; *a != NULL && src == NULL; a++)
		src = html_attr(img, *a);
	if (src == NULL)
		src = behind_placeholder(img, html_attr(img, "src"));
	url = src ? resolve_url(c, src) : NULL;
	free(src);
	return url;
}
