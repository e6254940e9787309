/*
 * extract_tooltip: a link's title attribute, longer than its text, is
 * taken for the story's title when the text was cut from it; a CMS's
 * related-items list (Plone's) puts the story's description there, a
 * sentence closing on a full stop, under a linked title shown whole.
 * Split from extract_anchor.c, which is at its limit.
 */
#include "config.h"

#include <string.h>

#include "extract_find.h"
#include "extract_tooltip.h"
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

int
tooltip_is_title(const char *text, const char *attr)
{
	return utf8_chars(attr) > utf8_chars(text) && !describes(text, attr) && !labels_text(text, attr);
}
