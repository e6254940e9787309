/*
 * extract_adlabel: the label of an advertisement's slot set between a
 * story's paragraphs.  A notice, no line of the story, and no end of it:
 * the story goes on under the slot.
 */
#include "config.h"

#include <string.h>

#include "extract_words.h"
#include "util.h"

/* An ad slot's label with its number: "Advertisement 2", as chain
 * papers number the slots set between a story's paragraphs. */
int
is_numbered_ad(const char *s)
{
	const char *p = NULL;

	/* the first byte before str_starts: every line of a story is asked
	 * (starts_any's filter lives in extract_label.c, which calls here) */
	for (const char *const *ad = ad_labels; *ad && p == NULL; ad++)
		if (**ad == *s && str_starts(s, *ad))
			p = s + strlen(*ad);
	if (p == NULL || *p != ' ')
		return 0;
	p += strspn(p, " ");
	return *p != '\0' && strspn(p, "0123456789") == strlen(p);
}

/* Is s[0..n) one of the labels?  Their first bytes are compared first:
 * every line of a story is asked. */
static int
is_one_ad_label(const char *s, size_t n)
{
	for (const char *const *ad = ad_labels; *ad; ad++)
		if (**ad == *s && strncmp(s, *ad, n) == 0 && (*ad)[n] == '\0')
			return 1;
	return 0;
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

int
is_ad_label(const char *s)
{
	static const char *const seps[] = {" · ", " | ", " / ", NULL};

	if (strnlen(s, AD_LINE_MAX + 1) > AD_LINE_MAX)
		return 0;
	if (is_one_ad_label(s, strlen(s)))
		return 1;
	/* a bilingual site's pair, "Hysbyseb · Advertisement": the label
	 * and its word in the other language, either first */
	for (const char *const *sep = seps; *sep; sep++) {
		const char *at = strstr(s, *sep), *after = at ? at + strlen(*sep) : NULL;
		size_t before = at ? (size_t)(at - s) : 0;

		if (at == NULL || strstr(after, *sep) != NULL)
			continue;
		if ((is_one_ad_label(s, before) && is_one_word(after, strlen(after))) ||
		    (is_one_ad_label(after, strlen(after)) && is_one_word(s, before)))
			return 1;
	}
	return 0;
}
