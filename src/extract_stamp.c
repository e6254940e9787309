/*
 * extract_stamp: the lines a live blog sets over each update and atop its
 * feed, read by their form: a clock time with the update's author ("9:48
 * PM Jonah Reyes", "Pinned 11:05 a.m. Leah Marsh") and a count of its
 * updates or comments ("6 updates"), and a slideshow's counter (1/8);
 * and a date alone on its line (a
 * weekly's over its headline).  Text only, as extract_label.c.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"
#include "extract_words.h"
#include "text.h"

#define STAMP_LINE_MAX 40	/* characters of a time and a name */
#define STAMP_WORDS_MAX 4	/* capitalised words beside the time, 2 at least */

/* Bytes of a clock time at p, "9:48", "21:48", "9:48 PM", "11:05 a.m.", or 0. */
static size_t
clock_at(const char *p)
{
	static const char *const halves[] = {" AM", " PM", " am", " pm", " a.m.", " p.m.",
		"AM", "PM", "am", "pm", "a.m.", "p.m.", NULL};
	const char *q = p, *h;
	size_t d = strspn(q, "0123456789");

	if (d == 0 || d > 2 || q[d] != ':' || strspn(q + d + 1, "0123456789") != 2)
		return 0;
	q += d + 3;
	if ((h = starts_any(q, halves)) != NULL)
		q += strlen(h);
	return *q == '\0' || *q == ' ' ? (size_t)(q - p) : 0;
}

int
is_stamp_line(const char *s)
{
	int clocks = 0, words = 0;
	size_t k;

	if (utf8_longer_than(s, STAMP_LINE_MAX))
		return 0;
	for (const char *p = s; *p != '\0'; p += strspn(p, " ")) {
		if ((k = clock_at(p)) != 0) {
			clocks++;
			p += k;
			continue;
		}
		/* a name's word or a badge's: capitalised, letters, a hyphen or an apostrophe */
		if (!isupper((unsigned char)*p) || ++words > STAMP_WORDS_MAX)
			return 0;
		for (p++; *p != '\0' && *p != ' '; p++)
			if (!isalpha((unsigned char)*p) && *p != '-' && *p != '\'' && *p != '.')
				return 0;
	}
	return clocks == 1 && words >= 2;	/* an author's name: "8:09", "1:39 PM ET" stay */
}

/* A slideshow's counter alone on its line: 1/8, 3 / 12 (the first no
 * more than the second), or with the slider's buttons run on after it
 * (1/4查看原图, 2/6 全屏): the pictures', not the story's. */
static int
is_slide_counter(const char *s)
{
	const char *tool;
	char *end;
	long at, of;

	if (!isdigit((unsigned char)*s))
		return 0;
	at = strtol(s, &end, 10);
	end += strspn(end, " ");
	if (*end != '/' || end - s > 6)
		return 0;
	end++;
	end += strspn(end, " ");
	if (!isdigit((unsigned char)*end))
		return 0;
	of = strtol(end, &end, 10);
	for (end += strspn(end, " "); (tool = starts_any(end, slide_tools)) != NULL; end += strspn(end, " "))
		end += strlen(tool);
	return *end == '\0' && at >= 1 && at <= of && of <= 999;
}

int
is_count_line(const char *s)
{
	size_t d = strspn(s, "0123456789,");
	const char *n;

	if (is_slide_counter(s))
		return 1;

	if (d == 0 || s[d] != ' ')
		return 0;
	n = starts_any(s + d + 1, count_nouns);
	return n != NULL && s[d + 1 + strlen(n)] == '\0';
}

/* s past a paper's issue number and the blanks after it (第 712 期　2025年3月15日:
 * a community paper's issue line over the headline is its date alone), or
 * s itself: 第712期培训班… runs on with no blank and is a sentence. */
static const char *
past_issue(const char *s)
{
	const char *p;
	size_t d;

	if (!str_starts(s, "第"))
		return s;
	p = s + strlen("第");
	p += strspn(p, " ");
	if ((d = strspn(p, "0123456789")) == 0)
		return s;
	p += d;
	p += strspn(p, " ");
	if (!str_starts(p, "期") || p[strlen("期")] != ' ')
		return s;
	p += strlen("期");
	return p + strspn(p, " ");
}

int
is_date_alone(const char *s)
{
	const char *end = NULL;
	char *d = date_here(s = past_issue(s), 0, 0, &end);
	int alone = d != NULL && end[strspn(end, " .,")] == '\0';

	free(d);
	return alone;
}
