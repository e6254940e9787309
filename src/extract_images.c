/*
 * extract_images: the pictures within the body's parts, in order: not
 * icons, not linked banners, not QR codes; lazy-loading attributes read
 * first.
 */
#include "config.h"

#include <stdlib.h>

#include "extract_dom.h"
#include "extract_parts.h"
#include "extract_words.h"
#include "text.h"

int
image_is_content(struct hnode *img)
{
	char *w = html_attr(img, "width"), *h = html_attr(img, "height");
	int small = (w && atoi(w) > 0 && atoi(w) < 60) || (h && atoi(h) > 0 && atoi(h) < 60);

	free(w);
	free(h);
	return !small && html_ancestor(img, "a", 3) == NULL;
}

/* Lazy-loading attributes first: src is then a placeholder. */
char *
image_url(const struct ctx *c, struct hnode *img)
{
	char *src = html_attr(img, "data-original"), *url;

	if (src == NULL)
		src = html_attr(img, "data-src");
	if (src == NULL)
		src = html_attr(img, "src");
	url = src ? resolve_url(c, src) : NULL;
	free(src);
	return url;
}

/* Is img the author's picture: an avatar, or in the box about the author? */
static int
author_picture(struct hnode *img)
{
	int up = 0;

	for (struct hnode *n = img; n != NULL && n->type == XML_ELEMENT_NODE && up <= 4; n = n->parent, up++)
		if (html_attr_has_any(n, "class", author_box_classes) ||
		    html_attr_has_any(n, "id", author_box_classes))
			return 1;
	return 0;
}

#define QR_BOX_UP 3	/* levels from a QR code up to its box */
#define QR_CAPTION_MAX 40	/* characters of its box: 扫一扫在手机打开当前页 */

/* Is img a QR code: in a box of a QR class, or in a box (no figure)
 * whose short text starts by asking to scan it (扫一扫在手机打开当前页)? */
static int
qr_picture(struct hnode *img)
{
	int yes = 0, up = 0;

	for (struct hnode *n = img; !yes && n != NULL && n->type == XML_ELEMENT_NODE && up <= QR_BOX_UP;
	    n = n->parent, up++) {
		char *t;

		if (html_attr_has_any(n, "class", qr_classes) || html_attr_has_any(n, "id", qr_classes))
			return 1;
		if (html_is(n, "figure") || html_is(n, "body"))
			return 0;
		if (n == img)
			continue;
		t = html_text(n);
		yes = utf8_chars_upto(t, QR_CAPTION_MAX + 1) <= QR_CAPTION_MAX && starts_any(t, qr_words) != NULL;
		free(t);
	}
	return yes;
}

void
extract_images(struct ctx *c)
{
	struct elinfo *e;

	if (c->body_node == NULL || (e = el_info(c, c->body_node)) == NULL)
		return;
	c->image_segs = xcalloc(c->nimgs + 1, sizeof *c->image_segs);
	for (size_t i = 0, k = 0; i < c->nimgs; i++) {
		struct hnode *img = c->imgs[i].node;
		char *url;

		while (k < c->nparts && c->imgs[i].seg > c->parts[k].end)
			k++;
		if (k == c->nparts || c->imgs[i].seg < c->parts[k].first ||
		    !image_is_content(img) || el_info(c, img) == NULL || author_picture(img) ||
		    qr_picture(img))
			continue;
		if ((url = image_url(c, img)) == NULL)
			continue;
		c->image_segs[c->page->nimages] = c->imgs[i].seg;
		page_add_image(c->page, url, html_attr(img, "alt"));
	}
}
