/*
 * extract_outletnote: lines an outlet sets among its story's that are
 * its own, no news (unseen26mix): a provincial paper's credit note
 * closing the text, "(With reports from NAME)"; a grant's note, "This
 * story was produced with support from FUND"; and the reporter's credit
 * in brackets closing it, "（本報記者鄭美蓮報導；…）", which
 * extract_papercredit.c reads with the other credits of its kind.  Asked
 * of every line (is_noise_line): each test first looks at one byte.
 */
#include "config.h"

#include <string.h>

#include "extract_find.h"
#include "extract_outletnote.h"
#include "extract_papercredit.h"
#include "utf8.h"

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
 * note, no quote in it */
static int
grant_note(const char *s)
{
	static const char *const opens[] = {"This story was produced with support from ",
		"This story was produced with the support of ", "This article was produced with support from ",
		"This article was produced with the support of ", "This reporting was supported by ",
		"This story was supported by ", NULL};
	static const char *const quoting[] = {"\"", "\xe2\x80\x9c", " said", NULL};

	return s[0] == 'T' && s[1] == 'h' && starts_any(s, opens) != NULL && find_any(s, quoting) == NULL;
}

int
is_outlet_note(const char *s)
{
	switch (s[0]) {
	case '(':
		return reports_note(s);
	case 'T':
		return grant_note(s);
	default:
		if ((unsigned char)s[0] < 0xE3)
			return 0;
		return is_reporter_credit(s);	/* （本報記者鄭美蓮報導；…） */
	}
}
