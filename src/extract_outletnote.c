/*
 * extract_outletnote: lines an outlet sets among its story's that are
 * its own, no news (unseen26mix): a provincial paper's credit note
 * closing the text, "(With reports from NAME)"; a grant's note, "This
 * story was produced with support from FUND"; and the reporter's credit
 * in brackets, "（本報記者鄭美蓮報導；…）", one rule for the kinds of two
 * rounds' layouts (is_reporter_credit), which extract_papercredit.c asks
 * too; and a broadcaster's or agency's rights line closing the story,
 * "Copyright 2026 NAME, Inc. All rights reserved. This material may not
 * be published, broadcast, rewritten, or redistributed.", however
 * long.  Asked of every line (is_noise_line): each test first looks at
 * one byte.
 */
#include "config.h"

#include <string.h>

#include "extract_declared.h"
#include "extract_find.h"
#include "extract_outletnote.h"
#include "extract_words.h"
#include "utf8.h"

#define CREDIT_MAX 40	/* characters of an outlet's bracketed credit */
#define CREDIT_NOTE_MAX 80	/* characters of "(With reports from NAME and NAME)" */

/* "(With reports from Jenny Lou Abad)": the whole line in brackets */
static int
reports_note(const char *s)
{
	static const char *const opens[] = {"(With reports from ", "(With a report from ",
		"(With reports by ", "(With additional reporting by ", NULL};
	size_t n;

	if (s[0] != '(' || s[1] != 'W' || utf8_longer_than(s, CREDIT_NOTE_MAX) ||
	    starts_any(s, opens) == NULL)
		return 0;
	n = strlen(s);
	return s[n - 1] == ')' && memchr(s + 1, '(', n - 2) == NULL;
}

/* "This story was produced with support from the ... Fund.": a grant's
 * note, or an outlet's own ("This story was produced by OUTLET, a
 * nonprofit newsroom ... It can be republished ..."), no quote in it */
static int
grant_note(const char *s)
{
	static const char *const opens[] = {"This story was produced with support from ",
		"This story was produced with the support of ", "This article was produced with support from ",
		"This article was produced with the support of ", "This reporting was supported by ",
		"This story was supported by ", "This story was produced by ", "This article was produced by ",
		NULL};	/* a nonprofit's credit: "This story was produced by OUTLET, a nonprofit ..." */
	static const char *const quoting[] = {"\"", "\xe2\x80\x9c", " said", NULL};

	return s[0] == 'T' && s[1] == 'h' && starts_any(s, opens) != NULL && find_any(s, quoting) == NULL;
}

/* Is s, a line wholly in brackets, an outlet, a blank, the reporter's
 * role and name, a blank and the place before 报道: （南非华讯 记者 NAME
 * 约翰内斯堡报道）, as Chinese papers abroad set their reporter's credit
 * over the text? */
static int
outlet_report(const char *s)
{
	const char *p = s + strlen("（"), *r;
	int k;

	if (utf8_longer_than(s, CREDIT_MAX))
		return 0;
	if ((r = starts_any(p, credit_roles)) == NULL) {
		if (cjk_run(&p) > 10 || *p != ' ' || (r = starts_any(p + 1, credit_roles)) == NULL)
			return 0;
		p++;
	}
	p += strlen(r);
	p += *p == ' ';
	if ((k = cjk_run(&p)) < 2 || k > 4 || *p++ != ' ')
		return 0;
	for (k = 0; k <= 8 && starts_any(p, report_labels) == NULL && (unsigned char)*p >= 0xE4 &&
	    (unsigned char)*p <= 0xE9; k++)
		p += 3;
	return k <= 8 && starts_any(p, report_labels) != NULL && strcmp(p + strlen("报道"), "）") == 0;
}

#define RIGHTS_YEAR_UP 12	/* bytes from "Copyright" or "©" to the year's first digit */

/* "Copyright 2026 Ridgeline Broadcasting, Inc. All rights reserved. This
 * material may not be published, broadcast, rewritten, or
 * redistributed.": opens on the mark and a year, and reserves the rights
 * or forbids the copying; a sentence about copyright ("Copyright lawyers
 * say ...") has no year after the mark, and "Copyright 2026 ..." telling
 * of a law reserves nothing. */
static int
rights_note(const char *s)
{
	static const char *const marks[] = {"Copyright ", "COPYRIGHT ", "\xc2\xa9 ", "\xc2\xa9", NULL};
	static const char *const reserves[] = {"ights reserved", "ights Reserved", "IGHTS RESERVED",
		"may not be published", "may not be reproduced", NULL};
	const char *m = starts_any(s, marks), *p;

	if (m == NULL)
		return 0;
	p = s + strlen(m);
	p += strncmp(p, "\xc2\xa9 ", 3) == 0 ? 3 : 0;	/* "Copyright © 2026" */
	p += strncmp(p, "(c) ", 4) == 0 ? 4 : 0;
	for (int k = 0; *p != '\0' && !(*p >= '0' && *p <= '9'); p++, k++)
		if (k >= RIGHTS_YEAR_UP)
			return 0;
	return *p >= '1' && *p <= '2' && find_any(p, reserves) != NULL;
}

#define REPORTER_NOTE_MAX 80	/* characters of （本報記者NAME報導；如有社區新聞提供，請電郵至 …） */

int
is_reporter_credit(const char *s)
{
	/* the paper's own reporter, or a reporter and the name set apart:
	 * a bracketed sentence, （记者昨日在约翰内斯堡报道）, stays */
	static const char *const own[] = {"（本报记者", "（本報記者", "（记者 ", "（記者 ", NULL};

	if ((unsigned char)s[0] != 0xEF || !bracketed_line(s, strlen(s)) ||
	    utf8_longer_than(s, REPORTER_NOTE_MAX))
		return 0;
	return starts_any(s, own) != NULL || outlet_report(s);
}

int
is_outlet_note(const char *s)
{
	switch (s[0]) {
	case '(':
		return reports_note(s);
	case 'T':
		return grant_note(s);
	case 'C':
		return rights_note(s);
	default:
		if ((unsigned char)s[0] == 0xC2)
			return rights_note(s);	/* "© 2026 NAME. All rights reserved." */
		if ((unsigned char)s[0] < 0xE3)
			return 0;
		/* （本報記者鄭美蓮報導；…）; 新浪看点 声明：…不意味着赞同其观点 */
		return is_reporter_credit(s) || is_platform_statement(s);
	}
}
