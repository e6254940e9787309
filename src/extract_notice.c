/*
 * extract_notice: lines a print replica or a portal sets into a story
 * that are no part of it, read by their form: a print jump line ("See
 * FIRE, Page A6", "FIRE From Page A1", "Continued on Page 4"), an ad
 * slot's label framed by dashes ("- Advertisement -") and a portal's
 * note of where a syndicated story first ran ("This article originally
 * appeared on ...").  Text only, as extract_label.c, which asks these
 * for every short line (is_noise_line).  And the page mark that dates a
 * paper's page (第A07版, "Page A1"), which the date's reader asks.
 * Also a print edition's note closing a web story, a reporter's e-mail
 * address alone on its line, and a paywall's line over the rest of a
 * story, which extract_join.c asks only of the first line of a block
 * after the story.
 */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "extract.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

#define JUMP_LINE_MAX 48	/* characters of "Continued from SCHOOL BOARD, Page A1" */

/* Does s end with a page of the paper: "Page A6", "page 4", "Page 12B"? */
static int
ends_in_page(const char *s)
{
	const char *p = NULL;
	size_t n = strlen(s);

	/* the line ends in a page: its last byte but spaces and full stops
	 * is a digit or a letter (A6, 12B), which most lines' is not */
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
		n--;
	if (n == 0 || !isalnum((unsigned char)s[n - 1]))
		return 0;
	for (const char *const *w = page_words; *w; w++)
		for (const char *q = strstr(s, *w); q != NULL; q = strstr(q + 1, *w))
			p = q + strlen(*w);
	if (p == NULL)
		return 0;
	if (isupper((unsigned char)*p))
		p++;
	if (!isdigit((unsigned char)*p))
		return 0;
	p += strspn(p, "0123456789");
	if (isupper((unsigned char)*p))
		p++;
	p += strspn(p, " .");
	return *p == '\0';
}

/* A print jump line: short, ending in the page the story jumps to or
 * from, with the jump's word before it ("See", "From", "Continued"). */
int
is_jump_line(const char *s)
{
	return !utf8_longer_than(s, JUMP_LINE_MAX) && ends_in_page(s) &&
	    (starts_any(s, jump_words) != NULL || find_any(s, jump_inner_words) != NULL);
}

/* An ad slot's label between dashes or bullets: "- Advertisement -",
 * "— ADVERTISEMENT —", "· Sponsored ·". */
int
is_framed_ad(const char *s)
{
	static const char *const frames[] = {"-", "–", "—", "·", "•", " ", NULL};
	const char *p = s, *f, *l;
	size_t n = 0;

	while ((f = starts_any(p, frames)) != NULL)
		p += strlen(f), n++;
	if (n == 0 || (l = starts_any(p, ad_labels)) == NULL)
		return 0;
	p += strlen(l);
	while ((f = starts_any(p, frames)) != NULL)
		p += strlen(f);
	return *p == '\0';
}

/* A portal's note of a syndicated story's first outlet, which names the
 * story's title again after a colon, however long: "This article
 * originally appeared on NAME: TITLE".  The outlet's own credit, "This
 * article originally appeared on The Atlantic.", names no title: a
 * line of the story, as the readability reference keeps it. */
int
is_syndication_note(const char *s)
{
	const char *w = starts_any(s, syndication_notes);

	return w != NULL && strstr(s + strlen(w), ": ") != NULL;
}

/* A daily's note of the print edition the story ran in, closing it:
 * "Published in The Frontier Ledger, May 4th, 2024": the paper, a comma
 * and a date ending in its year, no sentence's full stop.  A line of the
 * story opening alike ("Published in 1998, the report found ...") ends
 * in none.  starts_any's filter turns away the lines of any other start. */
int
is_print_note(const char *s)
{
	const char *w, *comma;
	size_t n;

	if ((w = starts_any(s, print_notes)) == NULL)
		return 0;
	n = strlen(s);
	comma = strchr(s + strlen(w), ',');
	return comma != NULL && n >= 4 && strspn(s + n - 4, "0123456789") == 4 &&
	    (strncmp(s + n - 4, "19", 2) == 0 || strncmp(s + n - 4, "20", 2) == 0);
}

#define ADDRESS_MAX 64	/* bytes of a reporter's e-mail address */

/* An e-mail address alone on its line (a reporter's, closing a story as
 * Caribbean and many US dailies print it): no sentence of the story.  A
 * line opening with no ASCII letter or digit, or with a space among its
 * first bytes, is turned away before the address is looked at. */
int
is_lone_address(const char *s)
{
	size_t n, dot;

	if (!isalnum((unsigned char)*s) || s[n = strcspn(s, " @")] != '@')
		return 0;
	s += n + 1;
	n = strcspn(s, " @");
	if (s[n] != '\0' || n == 0 || n > ADDRESS_MAX)
		return 0;
	dot = strcspn(s, ".");
	return dot > 0 && dot + 1 < n && isalpha((unsigned char)s[n - 1]);
}

#define PAYWALL_LINE_MAX 80	/* characters of "This article is available to subscribers only." */

/* A paywall's line where the page stops showing the story: short, saying
 * the rest is for subscribers ("This article is available to subscribers
 * only.", "Subscribe to continue reading"). */
int
is_paywall_line(const char *s)
{
	return !utf8_longer_than(s, PAYWALL_LINE_MAX) && find_any(s, paywall_words) != NULL;
}

/* Does a printed page's mark start at p: "Page A1", "Page 3", "PAGE B12"
 * as a word of its own? */
static int
page_mark_at(const char *s, const char *p)
{
	const char *w = starts_any(p, page_words);

	if (w == NULL || (p > s && p[-1] != ' ' && p[-1] != '|'))
		return 0;
	p += strlen(w);
	p += *p >= 'A' && *p <= 'Z';
	if (!isdigit((unsigned char)*p))
		return 0;
	p += strspn(p, "0123456789");
	return *p == '\0' || *p == ' ' || *p == '|' || *p == ',';
}

#define ISSUE_NUMBER_DIGITS 4	/* "Issue 41", "Putanga 1207" */

/* Is [p, end) a newsletter's issue field: a capitalised word and a
 * number alone ("Issue 41", an iwi pānui's "Putanga 47")? */
static int
issue_field(const char *p, const char *end)
{
	const char *q;
	size_t digits;

	while (p < end && *p == ' ')
		p++;
	while (end > p && end[-1] == ' ')
		end--;
	if (p >= end || *p < 'A' || *p > 'Z')
		return 0;
	for (q = p + 1; q < end && (isalpha((unsigned char)*q) || (unsigned char)*q >= 0x80); q++)
		;
	if (q - p < 4 || q >= end || *q != ' ')
		return 0;
	digits = strspn(q + 1, "0123456789");
	return digits >= 1 && digits <= ISSUE_NUMBER_DIGITS && q + 1 + digits == end;
}

/* Does a newsletter's masthead line hold its issue as a field of its
 * own, between bars or middle dots ("Issue 41 · 16 January 2026",
 * "Te Pānui o Ngāti Kawau | Putanga 47 | 26 November 2026")?  A
 * heading of one field ("Chapter 3") is none. */
static int
issue_line(const char *s)
{
	static const char *const bars[] = {"|", "\xC2\xB7", NULL};
	const char *p = s, *bar;
	int fields = 0, issue = 0;

	for (;;) {
		const char *const *b = NULL;

		bar = NULL;
		for (const char *const *k = bars; *k; k++) {
			const char *f = strstr(p, *k);

			if (f != NULL && (bar == NULL || f < bar))
				bar = f, b = k;
		}
		fields++;
		issue |= issue_field(p, bar != NULL ? bar : p + strlen(p));
		if (bar == NULL)
			break;
		p = bar + strlen(*b);
	}
	return issue && fields >= 2;
}

/* 第A03版, A03版, 07版: a newspaper page's edition mark; an e-edition's
 * "Local News | Page A1"; a newsletter's "Issue 41 · 16 January 2026" */
int
is_edition_line(const char *s)
{
	if (issue_line(s))
		return 1;
	for (const char *p = strstr(s, "版"); p != NULL; p = strstr(p + 1, "版"))
		if (p > s && isdigit((unsigned char)p[-1]))
			return 1;
	for (const char *p = strpbrk(s, "Pp"); p != NULL; p = strpbrk(p + 1, "Pp"))
		if (page_mark_at(s, p))
			return 1;
	return 0;
}
