/*
 * extract_picsize: a link around a picture leading to another size of the
 * same file is the picture's, no banner's.  Moved out of extract_dom.c,
 * at its limit; asks nothing of the other parts.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_picsize.h"

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
