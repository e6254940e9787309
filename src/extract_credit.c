/*
 * extract_credit: the people a story's dateline or credit line names:
 * roles and names with no label (本报记者 陈立　通讯员 吴欣悦), the
 * reporters a dateline names before 报道 or in its brackets (本报讯（记者
 * 王敏）, 〔記者林育萱／嵐溪報導〕), and the outlet of a 【…讯】 dateline.
 * Text only, below extract_dateline.c, which asks whether a line is a
 * byline's.
 */
#include "config.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_credmark.h"
#include "extract_find.h"
#include "extract_officecredit.h"
#include "extract_wirecredit.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

/* Is s[0..4) an ideograph of the supplementary planes (CJK Extension B
 * on, U+20000-U+323AF: F0 A0..B2), as a rare name's character is (杜𠮷祥)? */
static int
supplementary_ideograph(const unsigned char *s)
{
	return s[0] == 0xF0 && s[1] >= 0xA0 && s[1] <= 0xB2 && s[2] != 0 && s[3] != 0;
}

/* The CJK characters of the token s[0..n), or -1 when it holds another. */
static int
cjk_chars(const char *s, size_t n)
{
	int k = 0;

	for (size_t i = 0; i < n; k++) {
		const unsigned char *u = (const unsigned char *)s + i;
		size_t len = supplementary_ideograph(u) ? 4 : 3;

		if (i + len > n || (len == 3 && (u[0] < 0xE4 || u[0] > 0xE9)))
			return -1;
		i += len;
	}
	return k;
}

/* （记者 杜吉祥 鲍晨曦）: a credit line wholly in brackets, as a county
 * station closes its story; the names inside, new, or NULL. */
static char *
bracketed_line_names(const char *s)
{
	const char *o = str_starts(s, "（") ? "（" : "(", *c = str_starts(s, "（") ? "）" : ")";
	size_t n = strlen(s), on = strlen(o), cn = strlen(c);
	char *inside, *names;

	if (n <= on + cn || memcmp(s + n - cn, c, cn) != 0)
		return NULL;
	inside = xstrndup(s + on, n - on - cn);
	names = credit_line_names(office_before_role(inside));
	free(inside);
	return names;
}

/* 本报记者 黄丽珍 日里讯: a last token of a place and 讯 is a dateline */
static int
dateline_tail(const char *s, size_t n, int k)
{
	return s[n] == '\0' && k >= 2 && k <= 5 && ends_in_any(s, n, dateline_ends);
}

/* the mark of one who wrote the text and took its pictures */
static const char *const text_picture_marks[] = {"文/图", "文／图", "图/文", "图／文", "文/圖", "文／圖",
	"圖/文", "圖／文", NULL};

char *
credit_line_names(const char *s)
{
	struct buf names = {0};
	int after_role = 0, named = 1;	/* the line must open with a role */
	const char *w;

	/* a bracket opens a line of a body rarely: only then is its close
	 * looked for (（ is EF BC 88) */
	if ((*s == '(' || str_starts(s, "（")) && !utf8_longer_than(s, 40))
		return bracketed_line_names(s);
	s = past_byline_mark(s);	/* ■本报记者 NAME */

	/* a role is CJK characters: a line opening with another byte (most
	 * lines of a body) has none, so it is not counted */
	if ((unsigned char)*s < 0xE4 || (unsigned char)*s > 0xE9 || utf8_longer_than(s, 40))
		return NULL;
	/* 文/青岑晚报记者 石蕾: the writer's mark before the outlet's role;
	 * 文/图 蒙秀琳, 文/蒙秀琳: the mark alone is the role, names follow */
	if ((w = starts_any(s, text_picture_marks)) != NULL || (w = starts_any(s, writer_slashes)) != NULL) {
		s = skip_blanks(s + strlen(w));
		after_role = 1;
	}
	while (*s != '\0') {
		/* a token ends at a space or U+3000 (E3 80 80) */
		size_t n = strcspn(s, " \xE3");
		int k, role;

		while (s[n] == '\xE3' && !str_starts(s + n, "　"))
			n += 1 + strcspn(s + n + 1, " \xE3");
		/* most lines' first token holds a character of no name or
		 * role (a digit, ，): cjk_chars stops there, before any role
		 * is compared */
		k = cjk_chars(s, n);
		role = named && k >= 2 && k <= 12 && ends_in_role(s, n);
		if (role) {
			after_role = 1;	/* 本报记者, 通讯员: names follow */
			named = 0;
		} else if (after_role && names.len == 0 && s[n] != '\0' && k >= 3 && office_len(s, n)) {
			/* 文/图 宣传科 NAME: the writer's office before the
			 * name is no name (文/图 宣传科 alone stays) */
		} else if (k >= 2 && k <= 4 && after_role &&
		    !(s[n] == '\0' && names.len > 0 && (is_one_of(s, n, credit_tails) || dateline_tail(s, n, k)))) {
			/* 本報記者 何詠恩 報道: the closing 報道 is the writer's
			 * mark, no second name (the branch below takes it) */
			if (names.len > 0)
				buf_addc(&names, ' ');
			buf_add(&names, s, n);
			named = 1;
		} else {
			/* 记者 NAME 文/图: the writer's mark ends the line */
			if (named && names.len > 0 && s[n] == '\0' && (is_one_of(s, n, credit_tails) || dateline_tail(s, n, k)))
				s += n;
			break;
		}
		s = skip_blanks(s + n);
	}
	if (*s != '\0' || !named || names.len == 0) {
		buf_free(&names);
		return NULL;
	}
	return buf_steal(&names);
}

/* 【濠灣日報專訊】記者黎嘉敏報道：…, 本报讯 记者 王敏 报道：…: the reporter
 * a dateline names before 报道, new, or NULL. */
static char *
reported_by(const char *s)
{
	static const char *const marks[] = {"讯", "訊", "】", NULL};
	static const char *const roles[] = {"记者", "記者", NULL};
	const char *p = NULL, *m, *r, *q;

	for (const char *const *k = marks; *k; k++)
		if ((m = strstr(s, *k)) != NULL && m - s <= 60 && (p == NULL || m < p))
			p = m + strlen(*k);
	if (p == NULL)
		return NULL;
	if (str_starts(p, "】"))
		p += strlen("】");
	p = skip_blanks(p);
	if ((r = starts_any(p, roles)) == NULL)
		return NULL;
	p = q = skip_blanks(p + strlen(r));
	for (int k = 1; k <= 4 && (unsigned char)*q >= 0xE4 && (unsigned char)*q <= 0xE9 && q[1] && q[2]; k++) {
		q += 3;	/* a name of two to four characters, then 报道 */
		if (k >= 2 && starts_any(skip_blanks(q), report_labels) != NULL)
			return xstrndup(p, (size_t)(q - p));
	}
	return NULL;
}

/* The names a role's credit gives, the n bytes of names after the role
 * r (記者 李美華、王建中): names set apart by 、 read as by blanks; new, or
 * NULL. */
static char *
role_names(const char *r, const char *names, size_t n)
{
	char *line = xasprintf("%s %.*s", r, (int)n, names), *found;

	blank_marks(line, "、");
	found = credit_line_names(line);
	free(line);
	return found;
}

/* 〔記者林育萱／嵐溪報導〕…, 【記者陳冠廷／瑞穗報導】…, as Taiwanese papers open a
 * story: the reporters before the slash (apart by 、), new, or NULL. */
static char *
bracketed_credit(const char *s)
{
	static const char *const opens[] = {"〔", "［", "【", "[", NULL};
	const char *o = starts_any(s, opens), *r, *slash;

	if (o == NULL || (r = starts_any(s + strlen(o), credit_roles)) == NULL)
		return NULL;
	s += strlen(o) + strlen(r);
	if (((slash = strstr(s, "／")) == NULL && (slash = strchr(s, '/')) == NULL) || slash - s > 60)
		return NULL;
	return role_names(r, s, (size_t)(slash - s));
}

/* 記者李美華／奧克蘭報導: the same credit with no brackets, a byline line
 * of its own under the headline, as Taiwanese papers and the Chinese
 * weeklies abroad print it: a role, the names, a slash, a place of one
 * to eight characters and 報導, nothing after but a space (a date may
 * follow in the same block).  A sentence going on after 報導 is none. */
char *
slashed_credit(const char *s)
{
	const char *r, *slash, *p;
	int k = 0;

	if ((r = starts_any(s, credit_roles)) == NULL || strnlen(s, 241) > 240)
		return NULL;
	s += strlen(r);
	if ((slash = strstr(s, "／")) == NULL || slash - s > 40 || slash == s)
		return NULL;
	for (p = slash + strlen("／"); k < 8 && (unsigned char)*p >= 0xE4 && (unsigned char)*p <= 0xE9 &&
	    starts_any(p, report_labels) == NULL; k++)
		p += 3;
	if (k == 0 || starts_any(p, report_labels) == NULL || (p[6] != '\0' && p[6] != ' '))
		return NULL;
	return role_names(r, s, (size_t)(slash - s));
}

/* Does s close on a report label (報導, 报道)? */
static int
ends_report(const char *s)
{
	size_t n = strlen(s);

	for (const char *const *l = report_labels; *l; l++)
		if (n > strlen(*l) && strcmp(s + n - strlen(*l), *l) == 0)
			return 1;
	return 0;
}

/* 【本報記者NAME】 發佈日期：…, [记者 NAME] 2024-10-22: a role and a name
 * wholly in brackets as a byline's field before the date (a label of
 * one or a digit next), the paper's 本报 / 本報 before the role; the
 * name, new, or NULL.  【記者手記】 over a story's text is no field. */
static char *
bracketed_field(const char *s)
{
	static const char *const opens[] = {"【", "〔", "［", "[", NULL};
	static const char *const closes[] = {"】", "〕", "］", "]", NULL};
	static const char *const papers[] = {"本报", "本報", NULL};
	static const char *const next[] = {"发布", "發布", "發佈", "日期", "时间", "時間", "更新", NULL};
	static const char *const columns[] = {"手记", "手記", "观察", "觀察", NULL};	/* 【记者手记】 */
	const char *o = starts_any(s, opens), *p, *q = NULL, *c = NULL, *after, *k;
	char *line, *names;

	if (o == NULL)
		return NULL;
	p = s + strlen(o);
	if ((k = starts_any(p, papers)) != NULL)
		p += strlen(k);
	if (starts_any(p, credit_roles) == NULL)
		return NULL;
	for (const char *const *e = closes; *e; e++)
		if ((k = strstr(p, *e)) != NULL && k - p <= 40 && (q == NULL || k < q))
			q = k, c = *e;
	if (q == NULL || memchr(p, '/', (size_t)(q - p)) != NULL)
		return NULL;
	after = skip_blanks(q + strlen(c));
	if (!isdigit((unsigned char)*after) && starts_any(after, next) == NULL)
		return NULL;
	k = starts_any(p, credit_roles);
	if (starts_any(p + strlen(k), columns) != NULL)
		return NULL;
	line = xasprintf("%s %.*s", k, (int)(q - p - (ptrdiff_t)strlen(k)), p + strlen(k));
	names = credit_line_names(line);
	free(line);
	return names;
}

/* Is s nothing but a Taiwanese dateline's credit, bare or in brackets
 * (記者陳冠廷／蘭溪報導, 〔記者NAME／PLACE報導〕)?  Set as a paragraph of its
 * own over the text it is the byline, no line of the story; one the text
 * runs on after stays (slashed_credit reads its name there too). */
int
is_credit_line(const char *s)
{
	static const char *const opens[] = {"〔", "【", "（", "[", NULL};
	static const char *const closes[] = {"〕", "】", "）", "]", NULL};
	size_t n = strnlen(s, 121);
	char *in, *names = NULL;

	if (n > 120)
		return 0;
	for (size_t i = 0; opens[i]; i++)
		if (str_starts(s, opens[i]) && n > strlen(opens[i]) + strlen(closes[i]) &&
		    strcmp(s + n - strlen(closes[i]), closes[i]) == 0) {
			in = xstrndup(s + strlen(opens[i]), n - strlen(opens[i]) - strlen(closes[i]));
			names = ends_report(in) ? slashed_credit(in) : NULL;
			free(in);
			break;
		}
	if (names == NULL && ends_report(s))
		names = slashed_credit(s);
	free(names);
	return names != NULL;
}

/* The writers of a wire dateline's bracket (日电（NAME）), roles or none. */
static char *
wire_credit(const char *s)
{
	char *inside = wire_bracket(s), *names = inside != NULL ? credit_line_names(inside) : NULL;

	if (inside != NULL && names == NULL)
		names = wire_bare_names(inside);
	free(inside);
	return names;
}

char *
dateline_credit(const char *s)
{
	static const char *const opens[] = {"讯（", "电（", "讯(", "电(", NULL};
	const char *p, *q;
	char *inside, *names;

	if ((names = bracketed_credit(s)) != NULL || (names = bracketed_field(s)) != NULL ||
	    (names = slashed_credit(s)) != NULL)
		return names;
	if ((p = past_mark_within(s, opens, 90)) == NULL)
		return (names = wire_credit(s)) != NULL ? names : reported_by(s);
	if (((q = strstr(p, "）")) == NULL && (q = strchr(p, ')')) == NULL) || q - p > 120)
		return NULL;
	inside = xstrndup(p, (size_t)(q - p));
	/* 记者 甲、乙: names apart by 、 as by spaces */
	blank_marks(inside, "、");
	names = credit_line_names(inside);
	free(inside);
	return names != NULL ? names : wire_credit(s);	/* 日电（NAME） */
}

char *
dateline_outlet(const char *s)
{
	static const char *const ends[] = {"專訊】", "专讯】", "讯】", "訊】", NULL};
	const char *p = s + strlen("【"), *q;
	int k;

	if (!str_starts(s, "【") || str_starts(p, "本") || (q = strstr(p, "】")) == NULL || q - p > 40)
		return NULL;
	for (const char *const *e = ends; *e; e++) {
		size_t n = strlen(*e) - strlen("】");

		if ((size_t)(q - p) > n && memcmp(q - n, *e, n) == 0 &&
		    (k = cjk_chars(p, (size_t)(q - n - p))) >= 2 && k <= 10)
			return xstrndup(p, (size_t)(q - n - p));
	}
	return NULL;
}

/* 文／林秀珍　图／会馆提供: the writer's mark and the page's author, then
 * only the other makers' slashed credits (图／, 摄影／ and a name or an
 * office of CJK characters), a line of its own: the story's credits, no
 * sentence of it.  Its first byte turns most lines away (文 is E6 96 87). */
int
makers_line(const char *s, const char *author)
{
	static const char *const marks[] = {"图／", "图/", "圖／", "圖/", "摄影／", "摄影/",
		"攝影／", "攝影/", "摄／", "攝／", NULL};
	const char *w, *p, *m;
	size_t an;
	int marked = 0;

	if ((unsigned char)*s != 0xE6 || author == NULL || *author == '\0' ||
	    (w = starts_any(s, writer_slashes)) == NULL || utf8_longer_than(s, 40))
		return 0;
	p = skip_blanks(s + strlen(w));
	an = strlen(author);
	if (strncmp(p, author, an) != 0)
		return 0;
	for (p = skip_blanks(p + an); (m = starts_any(p, marks)) != NULL; marked = 1) {
		size_t n = strcspn(p += strlen(m), " \xE3");
		int k = cjk_chars(p, n);

		/* a maker's name or office: 图／会馆提供的照片显示，… runs on */
		if (k < 2 || k > 10)
			return 0;
		p = skip_blanks(p + n);
	}
	return marked && *p == '\0';
}
