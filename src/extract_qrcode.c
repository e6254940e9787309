/*
 * extract_qrcode: a QR code (in a box of its class, over a call to scan
 * it, or with an alt naming it) is no picture of the story.  Moved out of
 * extract_images.c, at its limit.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_qrcode.h"
#include "extract_words.h"
#include "text.h"
#include "utf8.h"

#define QR_BOX_UP 3	/* levels from a QR code up to its box */
#define QR_CAPTION_MAX 40	/* characters of its box: 扫一扫在手机打开当前页 */

/* Is the element just after n (before it, when before) a short call to
 * scan a code or to follow the account (长按识别二维码 关注…, 点击蓝字
 * 关注我们)?  A WeChat post sets the call under its picture, in a block
 * of its own, not around it; its follow banner (an arrow, a bare GIF)
 * may stand just under the call instead: only a follow call is looked
 * for before. */
static int
prompt_beside(struct hnode *n, int before)
{
	char *t;
	int yes, cut;

	do
		n = before ? n->prev : n->next;
	while (n != NULL && n->type != XML_ELEMENT_NODE);
	if (n == NULL)
		return 0;
	/* bytes enough for the call's characters: a longer block is no call */
	t = html_text_upto(n, QR_CAPTION_MAX * 4, &cut);
	yes = !cut && utf8_chars_upto(t, QR_CAPTION_MAX + 1) <= QR_CAPTION_MAX &&
	    ((!before && starts_any(t, qr_words) != NULL) || starts_any(t, follow_prompts) != NULL);
	free(t);
	return yes;
}

/* Has img no alt text, or an empty one (a banner's, not a photo's)? */
static int
no_alt(struct hnode *img)
{
	char *a = html_attr(img, "alt");
	int yes = a == NULL || a[strspn(a, " ")] == '\0';

	free(a);
	return yes;
}

/* Is img a QR code: in a box of a QR class, or in a box (no figure)
 * whose short text starts by asking to scan it (扫一扫在手机打开当前页),
 * or just over such a call, or a follow call's banner (点击蓝字)? */
static int
qr_picture(struct hnode *img)
{
	int yes = 0, up = 0, bare = 1;

	for (struct hnode *n = img; !yes && n != NULL && n->type == XML_ELEMENT_NODE && up <= QR_BOX_UP;
	    n = n->parent, up++) {
		char *t;

		if (html_attr_has_any(n, "class", qr_classes) || html_attr_has_any(n, "id", qr_classes))
			return 1;
		if (html_is(n, "figure") || html_is(n, "body"))
			return 0;
		if (n != img) {
			t = html_text(n);
			yes = utf8_chars_upto(t, QR_CAPTION_MAX + 1) <= QR_CAPTION_MAX && starts_any(t, qr_words) != NULL;
			bare = t[0] == '\0';
			free(t);
		}
		/* the call under the picture's own block, which holds no text:
		 * not one under the story's whole container */
		if (!yes && bare && (prompt_beside(n, 0) || (n != img && prompt_beside(n, 1) && no_alt(img))))
			return 1;
	}
	return yes;
}

/* Does img's alt name it a code to scan (NAME微信二维码, "Scan the QR
 * code")?  A paper's follow call sets it under the story, often in a
 * block of its own with no call beside it.  An alt naming the scene of a
 * story about the codes (市民扫描二维码乘车) names more than a code and
 * ends otherwise. */
static int
qr_alt(struct hnode *img)
{
	static const char *const codes[] = {"二维码", "二維碼", "QR code", "QR Code", "QR-code", NULL};
	const char *a = html_attr_raw(img, "alt");

	return a != NULL && *a != '\0' && ends_in_any(a, strlen(a), codes);
}

int
qr_code(struct hnode *img)
{
	return qr_picture(img) || qr_alt(img);
}
