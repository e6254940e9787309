/*
 * extract_tongue: a label set in two tongues side by side.  Bilingual
 * sites of Hong Kong, Macau and Canada print a field's label or a box's
 * heading in Chinese and English apart by a space (a Drupal field's
 * "標籤 Tags", a views block's "相關消息 Related News"); either half is
 * the label, as each is alone on a site of one tongue.
 */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "extract_find.h"
#include "extract_tongue.h"

#define TONGUE_HALF_MAX 40	/* bytes of a half: a label, no sentence */

/* Is [p, e) Latin words only (letters, digits, spaces, & and ')? */
static int
latin_words(const char *p, const char *e)
{
	if (p == e || !isalpha((unsigned char)*p))
		return 0;
	for (; p < e; p++)
		if (!isalnum((unsigned char)*p) && *p != ' ' && *p != '&' && *p != '\'')
			return 0;
	return 1;
}

/* Is [p, e) Han characters only (three-byte UTF-8 of U+4E00-U+9FFF)? */
static int
han_only(const char *p, const char *e)
{
	if (p == e)
		return 0;
	for (; p < e; p += 3)
		if (e - p < 3 || !cjk_at(p))
			return 0;
	return 1;
}

const char *
tongue_gap(const char *s)
{
	const char *sp = strchr(s, ' '), *e = s + strlen(s);

	/* Han first: the first space; Latin first: the space before the
	 * first Han character */
	if (sp != NULL && (unsigned char)*s >= 0xE4) {
		if (sp - s <= TONGUE_HALF_MAX && e - sp - 1 <= TONGUE_HALF_MAX &&
		    han_only(s, sp) && latin_words(sp + 1, e))
			return sp;
		return NULL;
	}
	for (sp = s; *sp != '\0' && (unsigned char)*sp < 0x80; sp++)
		;
	if (*sp == '\0' || sp - s < 2 || sp[-1] != ' ' || sp - s > TONGUE_HALF_MAX ||
	    e - sp > TONGUE_HALF_MAX || !latin_words(s, sp - 1) || !han_only(sp, e))
		return NULL;
	return sp - 1;
}

int
tongue_half_is(const char *s, const char *w)
{
	const char *g = tongue_gap(s);
	size_t n = strlen(w);

	return g != NULL && ((size_t)(g - s) == n && strncmp(s, w, n) == 0 ? 1 : strcmp(g + 1, w) == 0);
}
