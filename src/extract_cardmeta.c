/*
 * extract_cardmeta: a related card's meta line (the item's source and a
 * read count, in spans run together: <span>NAME</span><span>阅读 8765
 * </span>), which an app's share page sets under each card's title and
 * the item's text then holds where a snippet would be; and the card's
 * date run on after its summary (<p>SUMMARY.</p><span>March 26, 2025
 * </span> read as one text).  Text only; asked by extract_linkbox.c
 * item_snippet once for each item, never per line.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"
#include "extract_cardmeta.h"
#include "extract_find.h"
#include "extract_words.h"
#include "utf8.h"
#include "util.h"

#define DAY_NAME_RUN 12	/* bytes of "Wednesday, " before a card's date */

/* what a name holds not: a sentence's marks */
static const char *const sentence_marks[] = {"，", "。", "！", "？", "；", "、", "：", NULL};

/* Is the name before a card's count, start..end, a short one with no
 * sentence's mark in it? */
static int
short_name(const char *start, const char *end)
{
	char *name;
	int ok;

	while (end > start && end[-1] == ' ')
		end--;
	if (end == start)
		return 0;
	name = xstrndup(start, (size_t)(end - start));
	ok = find_any(name, sentence_marks) == NULL;
	free(name);
	return ok;
}

int
card_meta_only(const char *s)
{
	const char *q;
	size_t c, chars = 0;

	/* a card's call to read on alone ("Read more" under its title and
	 * date) is the card's chrome, no summary */
	for (const char *const *w = related_cta; *w; w++)
		if (strcmp(s, *w) == 0)
			return 1;
	if ((unsigned char)*s < 0xE2)
		return 0;	/* a CJK name opens the line */
	for (q = s; *q != '\0' && chars <= CARD_NAME_MAX + 1; q++) {
		if (((unsigned char)*q & 0xC0) == 0x80)
			continue;
		chars++;
		/* the count, then 3.2w or 1000+ as an app rounds it */
		if (q > s && (c = count_field_at(q)) > 0 && strspn(q + c, "w+") == strlen(q + c))
			return short_name(s, q);
	}
	return 0;
}

#define TAIL_DATE_MAX 32	/* bytes of a card's date: "Wednesday, September 24, 2025" */

/* Does s[0..b) end a sentence: . ! ? or a closing quote, or a Chinese
 * summary's 。！？ (a card's <p>摘要。</p><p>2026年11月30日</p>)? */
static int
sentence_ends(const char *s, size_t b)
{
	static const char *const ends[] = {"\u201d", "。", "！", "？", NULL};

	return b > 0 && (strchr(".!?\"", s[b - 1]) != NULL || ends_in_any(s, b, ends));
}

/* Bytes of s[0..n) from where its last word w (one of words, any case)
 * opens, when a sentence ends right before it, spaces or none; 0 else. */
static size_t
after_sentence(const char *s, size_t n, size_t w)
{
	size_t b = n - w;

	while (b > 0 && s[b - 1] == ' ')
		b--;
	return sentence_ends(s, b) ? n - b : 0;
}

/* Bytes of a card's chrome closing the summary s[0..n) past its last
 * sentence: the card's read-on link ("…at the Bend Lake camp.read more",
 * Divi's blog grid) or a magazine's issue ("…over a cold season. January
 * 2026"), a month and a year alone, no day of it; 0 when none.  The same
 * words inside the sentence ("…where you can read more", "…opens in
 * January 2026.") close no sentence before them and stay. */
static size_t
tail_chrome(const char *s, size_t n)
{
	const char *end;
	size_t k = n, m;

	for (const char *const *w = related_cta; *w; w++) {
		size_t c = strlen(*w);

		if ((unsigned char)**w < 0x80 && n > c && strncasecmp(s + n - c, *w, c) == 0)
			return after_sentence(s, n, c);
	}
	while (k > 0 && isdigit((unsigned char)s[k - 1]))
		k--;
	if (n - k != 4 || k < 2 || s[k - 1] != ' ')
		return 0;
	for (m = k - 1; m > 0 && isalpha((unsigned char)s[m - 1]); m--)
		;
	if (english_month_at(s + m, &end) > 0 && end == s + k - 1)
		return after_sentence(s, n, n - m);
	return 0;
}

void
cut_tail_date(char *s, const char *d)
{
	size_t n = strlen(s), chrome = tail_chrome(s, n);

	if (chrome > 0 && chrome < n)
		s[n -= chrome] = '\0';
	while (n > 0 && s[n - 1] == ' ')
		s[--n] = '\0';
	if (d == NULL || n < 8)
		return;
	for (size_t k = n > TAIL_DATE_MAX ? n - TAIL_DATE_MAX : 1; k + 6 <= n; k++) {
		const char *end = NULL;
		char *here;
		size_t b = k;
		int only;

		if (!isalnum((unsigned char)s[k]) || isalnum((unsigned char)s[k - 1]))
			continue;
		while (b > 0 && s[b - 1] == ' ')
			b--;
		if (!sentence_ends(s, b))
			continue;
		here = date_here(s + k, 0, 0, &end);
		only = here != NULL && strcmp(here, d) == 0 && end[strspn(end, " .,")] == '\0';
		free(here);
		if (only) {
			s[b] = '\0';
			return;
		}
	}
}

int
name_beside_date(const char *t, const char *s, size_t n, const char *d)
{
	const char *p = t, *e;

	if (*d == '\0')
		return 0;
	for (; (p = strstr(p, d)) != NULL; p += strlen(d)) {
		for (e = p + strlen(d); *e == ' '; e++)
			;
		if (strncmp(e, s, n) == 0)
			return 1;
		for (e = p; e > t && e[-1] == ' '; e--)
			;
		if ((size_t)(e - t) >= n && strncmp(e - n, s, n) == 0)
			return 1;
	}
	return 0;
}

/* Cuts from s, a card's summary, the short name after its last sentence
 * when that name stood beside the card's date d in the item's text t: a
 * share page's card prints <p>SUMMARY。</p><p><span>ACCOUNT</span><span>
 * DATE</span></p>, and once the date is taken the account is left on
 * the summary's tail.  It is the item's source, no words of its summary;
 * a last word that is the summary's own (no date beside it) stays. */
static void
cut_tail_name(char *s, const char *t, const char *d)
{
	char *sp = strrchr(s, ' ');
	size_t b, n;

	if (d == NULL || sp == NULL || sp[1] == '\0')
		return;
	n = strlen(sp + 1);
	for (b = (size_t)(sp - s); b > 0 && s[b - 1] == ' '; b--)
		;
	if (!sentence_ends(s, b) || utf8_chars_upto(sp + 1, CARD_NAME_MAX + 1) > CARD_NAME_MAX ||
	    find_any(sp + 1, sentence_marks) != NULL || !name_beside_date(t, sp + 1, n, d))
		return;
	s[b] = '\0';
}

/* Cuts from s a card's excerpt closing on its ellipsis and the short
 * name after it: a bookmark card (Ghost's kg-bookmark) prints the
 * excerpt cut short, "……", then its site's or writer's name, which is
 * the card's meta, no words of it; so is a count set after its word
 * (a writing site's card: "……" then "阅读 1,204", "评论 12 阅读 866").
 * Words with a sentence's mark after the ellipsis (他说…… 我们会继续努力。),
 * or a count word opening a sentence (…… 阅读是一种习惯), are the excerpt's. */
static int
labelled_counts(const char *p)
{
	const char *w;
	size_t digits;

	do {
		if ((w = starts_any(p, count_words)) == NULL)
			return 0;
		p += strlen(w);
		p += strspn(p, " ");
		digits = strspn(p, "0123456789");
		if (digits == 0)
			return 0;
		p += strspn(p, "0123456789,.");
		if (str_starts(p, "万") || str_starts(p, "萬"))
			p += strlen("万");
		p += strspn(p, " ");
	} while (*p != '\0');
	return 1;
}

static void
cut_after_ellipsis(char *s)
{
	static const char *const marks[] = {"…… ", "… ", "... ", NULL};
	char *best = NULL, *p;

	for (const char *const *m = marks; *m; m++)
		if ((p = strstr(s, *m)) != NULL && (best == NULL || p < best))
			best = p;
	if (best == NULL || best == s)
		return;
	p = best + strcspn(best, " ") + 1;
	if (labelled_counts(p)) {
		*best = '\0';
		return;
	}
	if (strchr(p, ' ') != NULL || utf8_chars_upto(p, CARD_NAME_MAX + 1) > CARD_NAME_MAX ||
	    find_any(p, sentence_marks) != NULL)
		return;
	*best = '\0';
}

void
cut_card_tail(char *s, const char *t, const char *d)
{
	cut_tail_date(s, d);
	cut_tail_name(s, t, d);
	cut_after_ellipsis(s);
}

void
cut_dated_run(char *s, const char *d)
{
	size_t dn = d != NULL ? strlen(d) : 0;

	if (dn < 5)
		return;
	for (char *p = s; *p != '\0'; p++) {
		const char *end = NULL, *at;
		char *here;

		if ((p > s && p[-1] != ' ') || !isupper((unsigned char)*p) ||
		    (at = strstr(p, d)) == NULL || at - p > DAY_NAME_RUN)
			continue;
		here = date_here(p, 0, 0, &end);
		if (here == NULL)
			continue;
		free(here);
		if (end != NULL && end >= at + dn) {
			memmove(p, end, strlen(end) + 1);
			return;
		}
	}
}

#define BYLINE_NAME_MAX 40	/* characters of "By Annemarie Castellanos-Whitby" */

void
cut_card_byline(char *s, const char *d)
{
	static const char *const seps[] = {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 ", NULL};
	const char *sep = NULL, *end = NULL;
	char *at = NULL, *here;
	size_t chars = 0;

	if (d == NULL)
		return;
	for (const char *const *k = seps; *k != NULL && at == NULL; k++)
		if ((at = strstr(s, *k)) != NULL)
			sep = *k;
	if (at == NULL || at == s)
		return;
	for (const char *p = s; p < at; p++) {
		if (isdigit((unsigned char)*p) || strchr(".!?:;,\"", *p) != NULL)
			return;	/* a sentence, a count, a clause: no name */
		chars += ((unsigned char)*p & 0xC0) != 0x80;
	}
	if (chars > BYLINE_NAME_MAX || !isupper((unsigned char)*s))
		return;
	here = date_here(at + strlen(sep), 0, 0, &end);
	if (here != NULL && strcmp(here, d) == 0 && end != NULL)
		memmove(s, end, strlen(end) + 1);
	free(here);
}
