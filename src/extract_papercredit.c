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

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_outletnote.h"
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

/* The bytes of a name of two to four CJK characters at p ending at a
 * blank or at e, or 0. */
static size_t
credit_name_len(const char *p, const char *e)
{
	const char *q = p;
	int k = cjk_run(&q);

	if (k < 2 || k > 4 || q > e || !(q == e || *q == ' ' || str_starts(q, "　")))
		return 0;
	return (size_t)(q - p);
}

/* The writer's names of （文：黃子軒　圖：本報攝影組）: a closing credit
 * wholly in brackets, a one-character writer's label and its colon, two
 * to four characters of a name, then only pictures' labelled makers; new,
 * or NULL.  （文中数据来源：…） has no colon after 文: no credit. */
static char *
labelled_writer_credit(const char *s)
{
	const char *p, *l, *v, *end;
	size_t n;

	/* its first bytes turn most lines away: （文 (EF BC 88 E6 96 87) */
	if (!str_starts(s, "（") || (l = starts_any(s + strlen("（"), credit_writer_marks)) == NULL ||
	    !bracketed_line(s, strlen(s)) || utf8_longer_than(s, CREDIT_MAX))
		return NULL;
	p = s + strlen("（");
	end = s + strlen(s) - strlen("）");
	if (colon_at(p + strlen(l)) == 0)
		return NULL;
	v = skip_blanks(after_colon(p + strlen(l)));
	if ((n = credit_name_len(v, end)) == 0)
		return NULL;
	for (p = skip_blanks(v + n); p < end; p = skip_blanks(p)) {
		/* 圖：本報攝影組: a maker's label, its colon and a value */
		if ((l = starts_any(p, credit_picture_marks)) == NULL || colon_at(p + strlen(l)) == 0)
			return NULL;
		p = after_colon(p + strlen(l));
		/* the value runs to a blank or the bracket's close */
		while (p < end && *p != ' ' && !str_starts(p, "　"))
			p++;
	}
	return xstrndup(v, n);
}

/* The writer of "文：ROLE NAME　DATE" opening a newsletter's story: the
 * writer's field, one name or a role set apart before it, closed by the
 * line's date; new, or NULL.  A name with words after it, not a date
 * (文：区嘉敏整理), is none. */
static char *
dated_writer(const char *s)
{
	const char *end = s + strlen(s), *m = starts_any(s, credit_writer_marks), *v, *after;
	size_t n;

	if (m == NULL || colon_at(s + strlen(m)) == 0)
		return NULL;
	v = skip_blanks(after_colon(s + strlen(m)));
	if ((n = credit_name_len(v, end)) == 0)
		return NULL;
	after = skip_blanks(v + n);
	if (*after != '\0' && is_date_alone(after))
		return xstrndup(v, n);
	v = after;	/* past a role: 法團秘書 */
	if ((n = credit_name_len(v, end)) == 0 || (after = skip_blanks(v + n))[0] == '\0' ||
	    !is_date_alone(after))
		return NULL;
	return xstrndup(v, n);
}

/* The writer of a byline line's pair of one-character labels, a school's
 * or a club's news page printing "文：NAME　图：MAKER" among its date and
 * counts: 文 opens a field (the line's start or after a blank, so 原文：
 * and 全文： are none), two to four characters of a name, then a
 * picture's label and its colon; new, or NULL. */
char *
writer_pair_name(const char *s)
{
	const char *end = s + strlen(s);
	char *dated = dated_writer(s);

	if (dated != NULL)
		return dated;
	for (const char *const *m = credit_writer_marks; *m; m++)
		for (const char *p = strstr(s, *m); p != NULL; p = strstr(p + 1, *m)) {
			const char *v, *l, *after;
			size_t n;

			if (!(p == s || p[-1] == ' ' || (p - s >= 3 && str_starts(p - 3, "　"))) ||
			    colon_at(p + strlen(*m)) == 0)
				continue;
			v = skip_blanks(after_colon(p + strlen(*m)));
			if ((n = credit_name_len(v, end)) == 0)
				continue;
			after = skip_blanks(v + n);
			if ((l = starts_any(after, credit_picture_marks)) != NULL && colon_at(after + strlen(l)) > 0)
				return xstrndup(v, n);
		}
	return NULL;
}

int
is_paper_credit(const char *s)
{
	char *w;
	const char *r = past_paper(s);
	const char *l = r != NULL ? starts_any(r, report_labels) : NULL;

	if (r == NULL && is_reporter_credit(s))
		return 1;
	if (r == NULL && ((w = labelled_writer_credit(s)) != NULL || (w = dated_writer(s)) != NULL)) {
		free(w);
		return 1;
	}
	if (r != NULL && l == NULL)
		l = starts_any(r, photo_labels);
	return l != NULL && colon_at(r + strlen(l)) > 0;
}

char *
paper_credit_names(const char *s)
{
	const char *r = past_paper(s), *l;
	char *inside, *names;

	if (r == NULL)
		return labelled_writer_credit(s);
	if ((l = starts_any(r, report_labels)) == NULL || colon_at(r + strlen(l)) == 0)
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

#define PLACE_WORDS_MAX 3	/* words of a byline's place: "New Delhi", "Ghatwar" */

/* Is p a place alone: one to three capitalised words of letters ("Ghatwar",
 * "New Delhi")?  A date, a time or a count after the bar is none. */
static int
place_only(const char *p)
{
	int words = 0;

	while (*p >= 'A' && *p <= 'Z' && ++words <= PLACE_WORDS_MAX) {
		while (isalpha((unsigned char)*p))
			p++;
		if (*p == '\0')
			return 1;
		if (*p++ != ' ')
			return 0;
	}
	return 0;
}

int
name_line(const char *text, const char *name)
{
	size_t n = strlen(name), tn;
	const char *p;

	if (*name == '\0' || strncmp(text, name, n) != 0)
		return 0;
	if (text[n] == '\0')
		return 1;
	/* an Indian paper's byline: the reporter, a bar, the place filed from
	 * ("Pradeep Kushwaha | Ghatwar") */
	if (strncmp(text + n, " | ", 3) == 0)
		return place_only(text + n + 3);
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
