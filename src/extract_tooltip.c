/*
 * extract_tooltip: a link's title attribute, longer than its text, is
 * taken for the story's title when the text was cut from it; a CMS's
 * related-items list (Plone's) puts the story's description there, a
 * sentence closing on a full stop, under a linked title shown whole;
 * a blog's pager puts the story's date there ("发布于 2026-11-21 09:14",
 * "Posted on 2026-11-21"), no title at all.
 * Split from extract_anchor.c, which is at its limit.
 */
#include "config.h"

#include <string.h>

#include "extract_find.h"
#include "extract_tooltip.h"
#include "extract_words.h"
#include "utf8.h"

/* Words in s, spaces parting them. */
static size_t
words_in(const char *s)
{
	size_t n = 0;

	for (const char *p = s; *p != '\0'; p++)
		if (*p != ' ' && (p == s || p[-1] == ' '))
			n++;
	return n;
}

/* A description rather than the title: a sentence (closing on ".") that
 * does not open with the text, under a text of three words or more — a
 * headline shown whole.  A text cut from the title ("Resurfacing
 * programme for 20…") opens it, and a label ("Read more") is shorter. */
static int
describes(const char *text, const char *attr)
{
	size_t an = strlen(attr), tn = strlen(text);

	return an > 1 && attr[an - 1] == '.' && attr[an - 2] != '.' && strncmp(attr, text, tn) != 0 &&
	    words_in(text) >= 3;
}

/* Does attr end on text set in quotes: '... "TITLE"', '... “TITLE”'? */
static int
ends_on_quoted(const char *text, const char *attr)
{
	static const char *const opens[] = {"\"", "\xE2\x80\x9C", "'", "\xE2\x80\x98", NULL};
	static const char *const closes[] = {"\"", "\xE2\x80\x9D", "'", "\xE2\x80\x99", NULL};
	size_t an = strlen(attr), tn = strlen(text);

	for (int q = 0; closes[q] != NULL; q++) {
		size_t qn = strlen(closes[q]);

		if (an >= tn + 2 * qn && memcmp(attr + an - qn, closes[q], qn) == 0 &&
		    memcmp(attr + an - qn - tn, text, tn) == 0 &&
		    memcmp(attr + an - 2 * qn - tn, opens[q], qn) == 0)
			return 1;
	}
	return 0;
}

/* A label before the title the text shows whole: a theme's "Permalink
 * to: TITLE", "Read TITLE" (the attribute ends on the whole text), or a
 * blog module's 'Read more on "TITLE"' (ends on it in quotes). */
static int
labels_text(const char *text, const char *attr)
{
	return (ends_on(attr, text) || ends_on_quoted(text, attr)) && words_in(text) >= 3;
}

#define STAMP_DIGITS_MIN 6	/* a date's digits: year, month and day */

/* A date stamp: a date label or none, a colon or space, then only a
 * date's and a time's digits and marks (2026-11-21 09:14, 2026年11月21日),
 * six digits or more. */
int
tooltip_is_date(const char *attr)
{
	static const char *const marks[] = {"年", "月", "日", NULL};
	const char *p = attr, *l = starts_any(attr, strong_date_labels);
	size_t digits = 0;

	if (l != NULL || (l = starts_any(attr, weak_date_labels)) != NULL)
		p += strlen(l);
	if (p != attr)
		p = after_colon(p);
	while (*p == ' ')
		p++;
	while (*p != '\0') {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if ((l = starts_any(p, marks)) != NULL)
			p += strlen(l) - 1;
		else if (strchr(" -/.:T", *p) == NULL)
			return 0;
		p++;
	}
	return digits >= STAMP_DIGITS_MIN;
}

int
tooltip_is_title(const char *text, const char *attr)
{
	return utf8_chars(attr) > utf8_chars(text) && !describes(text, attr) && !labels_text(text, attr);
}
