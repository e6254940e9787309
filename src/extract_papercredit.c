/*
 * extract_papercredit: credits that name the outlet beside the writer.
 * An overseas Chinese daily closes a story with its paper's name, a
 * slash and its labelled roles, all in brackets: （北马日报／报道：陈伟杰
 * 摄影：李国华）; the reporter is the 报道 label's, the line is no body.
 * An Indian state's daily prints under the headline the writer's name, a
 * comma and the news service or desk that filed it ("NAME, Express News
 * Service"): the name is the author.  Text only, beside extract_credit.c.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_papercredit.h"
#include "extract_words.h"
#include "utf8.h"
#include "util.h"

#define CREDIT_MAX 40	/* characters of a bracketed closing credit */
#define PAPER_MAX 30	/* bytes of the paper's name before its slash */

/* The labelled roles inside a bracketed credit past the paper's name and
 * its slash (北马日报／), or NULL.  Its first byte turns most lines away. */
static const char *
past_paper(const char *s)
{
	const char *p, *slash = NULL, *end;

	if (!bracketed_line(s, strlen(s)) || utf8_longer_than(s, CREDIT_MAX))
		return NULL;
	p = s + strlen("（");
	for (end = p; *end && end - p <= PAPER_MAX; end++)
		if (*end == '/' || str_starts(end, "／")) {
			slash = end;
			break;
		}
	if (slash == NULL || slash == p)
		return NULL;
	/* the name before the slash is an outlet's: 日报, 晚报, 新闻网 */
	for (const char *const *o = outlet_ends; *o; o++) {
		size_t on = strlen(*o);

		if ((size_t)(slash - p) > on && memcmp(slash - on, *o, on) == 0)
			return slash + (*slash == '/' ? 1 : strlen("／"));
	}
	return NULL;
}

/* The CJK characters at s up to a blank or a byte of another script,
 * *s moved past them. */
static int
cjk_run(const char **s)
{
	int k = 0;

	while ((unsigned char)**s >= 0xE4 && (unsigned char)**s <= 0xE9 && (*s)[1] && (*s)[2]) {
		*s += 3;
		k++;
	}
	return k;
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
is_paper_credit(const char *s)
{
	const char *r = past_paper(s);
	const char *l = r != NULL ? starts_any(r, report_labels) : NULL;

	if (r == NULL && is_reporter_credit(s))
		return 1;
	if (r != NULL && l == NULL)
		l = starts_any(r, photo_labels);
	return l != NULL && colon_at(r + strlen(l)) > 0;
}

char *
paper_credit_names(const char *s)
{
	const char *r = past_paper(s), *l;
	char *inside, *names;

	if (r == NULL || (l = starts_any(r, report_labels)) == NULL || colon_at(r + strlen(l)) == 0)
		return NULL;
	inside = xstrndup(r, strlen(r) - strlen("）"));
	names = label_names(after_colon(inside + strlen(l)));
	free(inside);
	return names;
}

/* the last word of a news service's or a desk's credit after a byline */
static const char *const desk_ends[] = {"News Service", "Service", "Correspondent",
	"Bureau", "Reporter", "Staff Writer", NULL};

#define DESK_MAX 40	/* bytes of ", Express News Service" */

int
name_line(const char *text, const char *name)
{
	size_t n = strlen(name), tn;
	const char *p;

	if (*name == '\0' || strncmp(text, name, n) != 0)
		return 0;
	if (text[n] == '\0')
		return 1;
	if (text[n] != ',' || text[n + 1] != ' ')
		return 0;
	p = text + n + 2;
	tn = strlen(p);
	if (tn == 0 || tn > DESK_MAX || !(*p >= 'A' && *p <= 'Z'))
		return 0;
	for (const char *const *d = desk_ends; *d; d++) {
		size_t dn = strlen(*d);

		if (tn >= dn && strcmp(p + tn - dn, *d) == 0 && (tn == dn || p[tn - dn - 1] == ' '))
			return 1;
	}
	return 0;
}
