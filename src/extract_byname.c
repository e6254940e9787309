/*
 * extract_byname: the name a byline line gives after its role ("By Dana
 * Whitfield", "By TESS ALDRIDGE", "本报记者 何雨桐"), up to a separator, a
 * job title or a student writer's class year.  Text only, as
 * extract_label.c.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

/* Is the word w[0..len) the end of a job title (Editor, Reporter)? */
static int
is_job_title(const char *w, size_t len)
{
	for (const char *const *j = job_title_words; *j; j++)
		if (strlen(*j) == len && memcmp(w, *j, len) == 0)
			return 1;
	return 0;
}

#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ'.-"
#define LOWER "abcdefghijklmnopqrstuvwxyz'.-"

/* Bytes of a student writer's class year at p, " '26" or " ’26" before
 * the line's end or a separator (Maya Okafor ’26, Staff Writer), or 0. */
static size_t
class_year_at(const char *p)
{
	static const char *const marks[] = {" '", " ’", " ‘", NULL};
	size_t n;

	for (const char *const *m = marks; *m; m++) {
		if (!str_starts(p, *m))
			continue;
		n = strlen(*m);
		if (strspn(p + n, "0123456789") == 2 && strchr(" ,|", p[n + 2]) != NULL)
			return n + 2;
	}
	return 0;
}

/* Does a date start at w, a month's name and its day ("March 18 at
 * 3:57 PM"), run on after a byline's name with no separator? */
static int
date_follows(const char *w)
{
	const char *e;

	return english_month_at(w, &e) != 0 && *e == ' ' && e[1] >= '0' && e[1] <= '9';
}

#define NAME_ROLE_MAX 30	/* bytes of "(Assistant Clerk)" after a name */
#define CATEGORY_MAX 44		/* bytes of " in Community Notices and Events" */

/* " at " and a clock's time at q ("at 9:14", "at 16:40"). */
static int
clock_after(const char *q)
{
	return str_starts(q, " at ") && q[4] >= '0' && q[4] <= '9' &&
	    (q[5] == ':' || (q[5] >= '0' && q[5] <= '9' && q[6] == ':'));
}

/* A capitalised word at q that a date parse reads from: a day's name
 * and the date after it ("Wed, 11/25/2026"). */
static int
weekday_dated(const char *q)
{
	char *d;

	if (*q < 'A' || *q > 'Z' || (d = date_here(q, 0, 0, NULL)) == NULL)
		return 0;
	free(d);
	return 1;
}

/* A news module's byline: " on " and a date ("By Helen Marsh on 12
 * January 2026"), or the writer's role in brackets and then the line's
 * end, a separator or " on DATE" ("Posted by Helen Marsh (Clerk) on
 * ...") or " at " and a time.  "By Helen Marsh on the bridge" is a
 * sentence and runs on. */
int
dated_after_name(const char *q)
{
	const char *e;

	if (str_starts(q, " (") && (e = strchr(q, ')')) != NULL && e - q <= NAME_ROLE_MAX)
		q = e + 1;
	if (*q == '\0' || str_starts(q, " |") || str_starts(q, " ·"))
		return 1;
	/* a blog's post footer: "Posted by NAME at 9:14 AM in CATEGORY"
	 * (Blogger, Typepad); "at the bridge" runs on */
	if (clock_after(q))
		return 1;
	/* or its category first: "Posted by NAME in CATEGORY at 16:40"
	 * (Serendipity); "in the garden at the back" runs on */
	if (str_starts(q, " in ") && (e = strstr(q + 4, " at ")) != NULL &&
	    e - q <= CATEGORY_MAX && clock_after(e))
		return 1;
	if (!str_starts(q, " on "))
		return 0;
	q += strlen(" on ");
	if ((*q >= '0' && *q <= '9') || english_month_at(q, &e) != 0)
		return 1;
	/* or the day's name first, a date after it (Drupal's and Backdrop's
	 * "Submitted by NAME on Wed, 11/25/2026 - 08:15"); "on Wednesday
	 * night" runs on */
	return weekday_dated(q);
}

/* The length of a name word's lower-case run at p: ASCII letters and
 * the Latin letters with marks a name may hold in UTF-8 (Rāwiri, José,
 * Müller: Latin-1's small letters, Latin Extended-A's). */
static size_t
lower_run(const char *p)
{
	const unsigned char *q = (const unsigned char *)p;

	for (;;) {
		size_t k = strspn((const char *)q, LOWER);

		q += k;
		if ((q[0] == 0xC3 && q[1] >= 0x9F && q[1] <= 0xBF && q[1] != 0xB7) ||
		    ((q[0] == 0xC4 || q[0] == 0xC5) && q[1] >= 0x80 && q[1] <= 0xBF))
			q += 2;
		else if (k == 0)
			return (size_t)(q - (const unsigned char *)p);
	}
}

/* The name at p: two to four CJK characters, or two to four capitalised
 * Latin words (or words in capitals, a print byline's TESS ALDRIDGE: the
 * name ends where the case changes); up to the line's end, a separator
 * or a class year (a CJK name also up to a digit: spans run together,
 * 陶然2024-05-12); a hyphen between capitals joins one word's parts.
 * Two words that end in a job title (Staff Writer) are no name.  New, or NULL. */
char *
byline_name_at(const char *p)
{
	const char *q = p;
	int n = 0, titled = 0;

	/* the paper's own unnamed credit ("By Our Staff Reporter", "By Our
	 * Special Correspondent", "By Our Bureau"), as South Asian dailies
	 * sign: no person's name ("Ourania Pappas" runs on) */
	if (*p == 'O' && str_starts(p, "Our "))
		return NULL;
	if ((unsigned char)*p >= 0xE4 && (unsigned char)*p <= 0xE9) {
		while ((unsigned char)*q >= 0xE4 && (unsigned char)*q <= 0xE9 && q[1] && q[2])
			q += 3, n++;
	} else {
		const char *second = NULL, *last = p;
		int caps = p[1] >= 'A' && p[1] <= 'Z';

		while (*q >= 'A' && *q <= 'Z') {
			last = q;
			q += 1 + (caps ? strspn(q + 1, UPPER) : lower_run(q + 1));
			/* a double-barrelled name: a hyphen joins two capitalised
			 * parts into one word (Trott-Smith, Jean-Pierre) */
			while (!caps && q[-1] == '-' && *q >= 'A' && *q <= 'Z')
				q += 1 + lower_run(q + 1);
			if (++n == 2)
				second = q;
			if (*q != ' ' || q[1] < 'A' || q[1] > 'Z')
				break;
			if (n >= 2 && date_follows(q + 1)) {
				titled = 1;	/* By Erin Cunningham March 18 at 3:57 PM */
				break;
			}
			if (caps != (q[2] >= 'A' && q[2] <= 'Z')) {
				titled = 1;	/* TESS ALDRIDGE Staff Writer */
				break;
			}
			q++;
		}
		/* a job title after the name, no separator between: "By Cole
		 * Brandt Sports Editor" names the first two words */
		if (n >= 3 && n <= 4 && is_job_title(last, (size_t)(q - last))) {
			q = second;
			n = 2;
			titled = 1;
		} else if (n == 2 && is_job_title(last, (size_t)(q - last)))
			return NULL;
		if (class_year_at(q) > 0 || (*q == ' ' && dated_after_name(q)))
			titled = 1;
	}
	if (n < 2 || n > 4 ||
	    (*q != '\0' && *q != ' ' && *q != ',' && *q != '|' && !str_starts(q, "　") &&
	     !((unsigned char)*p >= 0x80 && *q >= '0' && *q <= '9')))
		return NULL;
	/* an en or em dash separates as a hyphen does ("By Dana Okafor –
	 * Senior Reporter, OUTLET") */
	if (*q == ' ' && q[1] != '\0' && !strchr("|-/", q[1]) && !str_starts(q + 1, "·") &&
	    !str_starts(q + 1, "– ") && !str_starts(q + 1, "— ") &&
	    (unsigned char)*p < 0x80 && !titled)
		return NULL;	/* an English name runs to a separator: else a sentence */
	return xstrndup(p, (size_t)(q - p));
}

#define ROLE_LINE_MAX 60	/* characters of "By: Ramon Dela Cruz - Correspondent" */

int
is_role_line(const char *s)
{
	const char *r = starts_any(s, byline_roles);
	char *name;

	if (r == NULL || utf8_longer_than(s, ROLE_LINE_MAX) || (name = byline_name_at(s + strlen(r))) == NULL)
		return 0;
	free(name);
	return 1;
}

const char *
posted_in_date(const char *s)
{
	const char *on = NULL;

	if (!str_starts(s, "Posted in "))
		return NULL;
	for (const char *p = s; (p = strstr(p, " on ")) != NULL; p += 4)
		on = p;
	return on != NULL && on[4] >= '0' && on[4] <= '9' ? on + 4 : NULL;
}
