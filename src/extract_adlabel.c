/*
 * extract_adlabel: the label of an advertisement's slot set between a
 * story's paragraphs.  A notice, no line of the story, and no end of it:
 * the story goes on under the slot.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_dom.h"
#include "extract_words.h"
#include "util.h"

/* An ad slot's label with its number: "Advertisement 2", as chain
 * papers number the slots set between a story's paragraphs. */
int
is_numbered_ad(const char *s)
{
	const char *ad = starts_any(s, ad_labels), *p;

	if (ad == NULL || *(p = s + strlen(ad)) != ' ')
		return 0;
	p += strspn(p, " ");
	return *p != '\0' && strspn(p, "0123456789") == strlen(p);
}

#define OTHER_WORD_MAX 24	/* bytes of the label's word in another language */
#define AD_LINE_MAX 96		/* bytes of the longest label, a separator and that word */

/* Is s[0..n) one word: no space, no digit, short? */
static int
is_one_word(const char *s, size_t n)
{
	if (n == 0 || n > OTHER_WORD_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] == ' ' || (s[i] >= '0' && s[i] <= '9'))
			return 0;
	return 1;
}

/* An ad slot's note that the story goes on under it, in a sentence of
 * the slot's own: "Article continues below this ad", "This advertisement
 * has not loaded yet, but your article continues below."  It ends so,
 * and names the advertisement; "The work continues below the dam." names
 * none, and a sentence of the story that ends so is longer than the slot's
 * line. */
static int
is_ad_continues(const char *s, size_t n)
{
	static const char *const ends[] = {"continues below this ad", "continues below this ad.",
		"continues after this ad", "continues after this ad.", NULL};
	static const char *const bare_ends[] = {"continues below", "continues below.", NULL};
	static const char *const ad_words[] = {"advertisement", "Advertisement", "ADVERTISEMENT", NULL};

	if (s[n - 1] != 'd' && s[n - 1] != 'w' && s[n - 1] != '.')
		return 0;
	return ends_in_any(s, n, ends) || (ends_in_any(s, n, bare_ends) && find_any(s, ad_words) != NULL);
}

int
is_ad_label(const char *s)
{
	static const char *const seps[] = {" · ", " | ", " / ", NULL};
	size_t n = strnlen(s, AD_LINE_MAX + 1);

	if (n > AD_LINE_MAX)
		return 0;
	if (is_one_of(s, n, ad_labels))
		return 1;
	if (strchr(s, ' ') == NULL)	/* every separator holds a space */
		return 0;
	if (is_ad_continues(s, n))
		return 1;
	/* a bilingual site's pair, "Hysbyseb · Advertisement": the label
	 * and its word in the other language, either first */
	for (const char *const *sep = seps; *sep; sep++) {
		const char *at = strstr(s, *sep), *after = at ? at + strlen(*sep) : NULL;
		size_t before = at ? (size_t)(at - s) : 0;

		if (at == NULL || strstr(after, *sep) != NULL)
			continue;
		if ((is_one_of(s, before, ad_labels) && is_one_word(after, strlen(after))) ||
		    (is_one_of(after, strlen(after), ad_labels) && is_one_word(s, before)))
			return 1;
	}
	return 0;
}

/* Is img served from an advertisements' folder of the site (/ads/,
 * /ad/, /upload/ad/: 仁心牙科's banner alone in a box of a paper's side
 * column), as sites keep their banners apart from their stories'
 * pictures?  A folder merely starting so (/adelaide/, /admin/) is none. */
static int
ad_path(struct hnode *img)
{
	static const char *const dirs[] = {"/ads/", "/ad/", "/adv/", "/advert/", "/adverts/", NULL};
	char *src = html_attr(img, "src");
	int yes = src != NULL && find_any(src, dirs) != NULL;

	free(src);
	return yes;
}

/* Does the block n hold no words of its own, the picture alone in its
 * slot?  A picture with a line over it ("Advertisement for the 1950
 * fair, from the museum's collection") is shown for what it is. */
static int
bare_slot(struct hnode *n)
{
	char *t = html_text(n);
	int bare = t[strspn(t, " \t\r\n")] == '\0';

	free(t);
	return bare;
}

#define AD_PICTURE_UP 2	/* levels from a picture to its slot's block */

/* Is img an advertisement's: the first line of the block it stands in
 * (a slot set between the story's paragraphs, two levels up at most) is
 * an ad label ("Advertisement", "Advertisement / Publicidad")?  A
 * picture under a caption or a paragraph that merely says the word stays. */
int
ad_picture(struct hnode *img)
{
	struct hnode *n = img->parent;

	if (ad_path(img) && n != NULL && bare_slot(n))
		return 1;

	for (int up = 0; n != NULL && up < AD_PICTURE_UP; up++, n = n->parent)
		for (struct hnode *t = n->children; t != NULL && t != img; t = html_next(t, n, 1)) {
			const char *s = (const char *)t->content;
			char line[AD_LINE_MAX + 1];
			size_t len;

			if (t->type != XML_TEXT_NODE || s == NULL || (s += strspn(s, " \t\r\n"))[0] == '\0')
				continue;
			len = strcspn(s, "\r\n");
			while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
				len--;
			if (len > AD_LINE_MAX)
				return 0;
			memcpy(line, s, len);
			line[len] = '\0';
			return is_ad_label(line);
		}
	return 0;
}
