/*
 * extract_names: the names after an author's label.  label_value reads
 * one name, up to a space; a byline often credits two or three under one
 * label (作者：孟晓川 孙雨, 记者：邵明远　苏杭　摄像：何川), each a short
 * run of CJK characters between blanks.  Text only, as extract_label.c.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_credmark.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

#define NAME_MIN 2	/* CJK characters of a further name */
#define NAME_MAX 3	/* 本站原创 is no name: four are taken only as the first */

/* Does a label start at p: one of stop_labels, or any two CJK
 * characters, then a colon (编辑：, 摄像：, 剪辑：)?  Only two: a name
 * run into its label (孙雨编辑：) is no label of four. */
static int
label_at(const char *p)
{
	for (const char *const *l = stop_labels; *l; l++)
		if (str_starts(p, *l) && colon_at(p + strlen(*l)) > 0)
			return 1;
	return cjk_at(p) && cjk_at(p + 3) && colon_at(p + 6) > 0;
}

/* p past the blanks and commas between two names; p itself when none. */
static const char *
skip_between(const char *p)
{
	static const char *const seps[] = {" ", "　", "、", "，", ",", NULL};
	const char *const *s;

	do
		for (s = seps; *s && !str_starts(p, *s); s++)
			;
	while (*s && (p += strlen(*s)));
	return p;
}

/* The length in bytes of a further name at p, or 0: two or three CJK
 * characters, then the line's end, a blank or the next label (spans run
 * together: 孙雨编辑：郑琳), and neither a label nor a word of credit. */
static size_t
name_len(const char *p)
{
	const char *q = p;
	ptrdiff_t n;
	size_t c;

	/* a field's word, with its colon or without (發佈時間：, 点击 12) */
	if (label_at(p) || starts_any(p, stop_labels) != NULL || starts_any(p, not_names) != NULL ||
	    starts_any(p, notice_lines) != NULL)
		return 0;
	/* a name of four opens on a compound surname (欧阳晴川): 本站原创 is none */
	while (cjk_at(q) && !(q > p && label_at(q)) && q - p <= (NAME_MAX + 1) * 3)
		q += 3;
	n = q - p;
	if (n >= NAME_MIN * 3 && n <= (NAME_MAX + 1) * 3 &&
	    (*q == '\0' || skip_between(q) > q || label_at(q)))
		return n <= NAME_MAX * 3 || starts_any(p, compound_surnames) != NULL ? (size_t)n : 0;
	/* spans run together: 宓远评论(12), a count's field after the name
	 * (asked only of a run of ideographs that ends no name) */
	for (q = p + NAME_MIN * 3; n > NAME_MIN * 3 && q - p <= NAME_MAX * 3 && q < p + n; q += 3)
		if ((c = count_field_at(q)) > 0 && q[c] == '\0')
			return (size_t)(q - p);
	return 0;
}

#define DESK_MAX 12
#define OUTLET_MAX 16	/* characters of 青岑市融媒体中心, 岑州城市频道 */	/* CJK characters of 本报驻岑南记者站, 江潮新闻记者 */

#define OFFICE_MIN 5	/* CJK characters of 县教师发展中心: a name has four at most (王中心, 欧阳志科) */

/* Is the run of n bytes at p an office's name, the writer's unit before
 * the name (作者：县教师发展中心 贺明轩, 作者：宣传科 龙启航)?  A press
 * office's by its word (宣传科, 办公室), any unit by its closing word
 * (中心, 科, 局, 站, 所, 队, 办) when longer than a name can be. */
int
office_len(const char *p, size_t n)
{
	static const char *const offices[] = {"宣传科", "宣传股", "宣传处", "宣传部", "宣传办", "政工科",
		"政治处", "办公室",
		/* an association's secretariat, which posts its news */
		"秘书处", "秘書處", NULL};
	static const char *const unit_ends[] = {"中心", "科", "局", "站", "所", "队", "办", NULL};

	for (const char *const *o = offices; *o; o++)
		if (n >= strlen(*o) && memcmp(p + n - strlen(*o), *o, strlen(*o)) == 0)
			return 1;	/* 宣传科 alone, or 县公安局宣传科 */
	return n >= OFFICE_MIN * 3 && ends_in_any(p, n, unit_ends);
}

/* The length in bytes of a desk's or an outlet's role at p, a run of CJK
 * characters up to a blank ending in a desk's word or a role of credit
 * (本报驻岑南记者站, 江潮新闻记者), or an office or a post's title before a
 * name (教務主任 周佩玲), or 0. */
static size_t
desk_len(const char *p)
{
	const char *q = p;

	while (cjk_at(q) && q - p < DESK_MAX * 3)
		q += 3;
	if (skip_between(q) == q)
		return 0;
	return ends_in_any(p, (size_t)(q - p), desk_words) || ends_in_any(p, (size_t)(q - p), credit_roles) ||
	    ((office_len(p, (size_t)(q - p)) || ends_in_any(p, (size_t)(q - p), post_titles)) &&
	    name_len(skip_between(q)) > 0) ? (size_t)(q - p) : 0;
}

/* p past a role of credit, or a desk's (本报驻岑南记者站), and the blanks
 * after it (作者：记者 方知远 通讯员 黄小禾: the roles between the names are
 * none); p itself when none, or when a colon makes the role a label of
 * its own. */
static const char *
skip_role(const char *p)
{
	const char *r, *q;
	size_t desk = desk_len(p);

	if (desk > 0 && (r = starts_any(p, credit_roles)) == NULL)
		p = skip_between(p + desk);	/* 本报驻岑南记者站 记者 NAME */
	r = starts_any(p, credit_roles);
	q = r != NULL ? p + strlen(r) : p;
	return skip_between(q) > q ? skip_between(q) : p;
}

/* p past a role of credit with its own colon between two names, the
 * line's next writer under a label of the same kind (记者：沈语桐
 * 通讯员：邱明远); p itself when none: another label (编辑：) ends the
 * writers, as label_at says. */
static const char *
skip_role_label(const char *p)
{
	const char *r = starts_any(p, credit_roles);

	return r != NULL && colon_at(p + strlen(r)) > 0 ? skip_between(after_colon(p + strlen(r))) : p;
}

char *
label_names(const char *p)
{
	char *first = label_value(p = skip_role(p));
	const char *at, *q;
	struct buf names = {0};

	if (first != NULL && !holds_letter(first)) {
		free(first);
		return NULL;	/* a count, a date: no name */
	}
	if (first == NULL || !cjk_at(first) || (at = strstr(p, first)) == NULL)
		return first;
	buf_adds(&names, first);
	for (q = at + strlen(first); skip_between(q) > q; ) {
		size_t n;

		q = skip_role_label(skip_role(skip_between(q)));
		if ((n = name_len(q)) == 0)
			break;
		buf_addc(&names, ' ');
		buf_add(&names, q, n);
		q += n;
	}
	free(first);
	return buf_steal(&names);
}

char *
find_labelled_names(const char *s, const char *const *labels)
{
	const char *v = labelled_at(s, labels);

	return v != NULL ? label_names(v) : NULL;
}

char *
inline_credit(const char *s)
{
	for (const char *p = find_any(s, credit_roles); p != NULL; p = find_any(p + 1, credit_roles)) {
		const char *r = starts_any(p, credit_roles), *q = p + strlen(r);
		char *names;

		if (skip_between(q) == q || name_len(skip_between(q)) == 0)
			continue;	/* 记者站, 记者手记: no role before a name */
		if ((names = label_names(p)) != NULL && cjk_at(names))
			return names;
		free(names);
	}
	return NULL;
}

char *
field_label_names(const char *s, const char *const *labels)
{
	for (const char *p = find_any(s, labels); p != NULL; p = find_any(p + 1, labels)) {
		const char *l = starts_any(p, labels);

		if (p > s && (p[-1] == ' ' || (p - s >= 3 && memcmp(p - 3, "　", 3) == 0)) &&
		    colon_at(p + strlen(l)) > 0)
			return label_names(after_colon(p + strlen(l)));
	}
	return NULL;
}

/* 发布日期：… 来源：… 文/莫晓燕　图/卢建: the writer's mark (文/, 文／) as
 * a field of a byline's line, after a blank or opening it, a name next;
 * the name, new, or NULL.  The mark inside a word (图文/, 英文/) opens no
 * field, and a photographer's 图/ names no writer. */
char *
slashed_writer(const char *s)
{
	for (const char *p = find_any(s, writer_slashes); p != NULL; p = find_any(p + 1, writer_slashes)) {
		const char *q;
		size_t n;

		if (p > s && p[-1] != ' ' && !(p - s >= 3 && memcmp(p - 3, "　", 3) == 0))
			continue;
		q = skip_between(p + strlen(starts_any(p, writer_slashes)));
		if ((n = name_len(q)) > 0)
			return xstrndup(q, n);
	}
	return NULL;
}

/* "Posted on 9 January 2026 · By Goh Mei Lin": "By" opening a field of
 * a byline's line after a separator, a name next up to the line's end or
 * a separator; new, or NULL.  "By" inside a sentence opens no field, and
 * "· By the river" names no one (byline_name_at wants capitals). */
/* "Posted 12th January 2026 by Ruth Kinvig, Clerk": a hand-built site's
 * line of a date label, a day's date and "by" with no separator between
 * (a year alone, "Published 1998 by ...", dates no post).  The label may
 * take a colon, or be left out: a club site's meta row prints the date
 * and "by NAME, ROLE" in two spans ("11 Jan 2026 by Eimear Flood, Club
 * PRO"). */
static char *
dated_by(const char *s)
{
	static const char *const opens[] = {"Posted on ", "Posted: ", "Posted ", "Published on ",
		"Published: ", "Published ", NULL};
	const char *o = starts_any(s, opens), *e;
	char *d;
	size_t day;

	/* the date may open the line with no word before it (11 Jan 2026 by NAME) */
	if ((d = date_here(s + (o != NULL ? strlen(o) : 0), 0, 0, &e)) == NULL)
		return NULL;
	day = strlen(d);
	free(d);
	return day >= 10 && (str_starts(e, " by ") || str_starts(e, " By ")) ? byline_name_at(e + 4) : NULL;
}

/* Does an office's name end at q: the line's end, a separator, or a
 * count or date in the next span ("... Services 1,204 views")? */
static int
office_ends(const char *q)
{
	return *q == '\0' || str_starts(q, " |") || str_starts(q, " ·") || *q == ',' ||
	    (*q == ' ' && q[1] >= '0' && q[1] <= '9');
}

/* An office's name signing a release in a "By" field: a head (office_heads,
 * "Department of "), an optional "the ", then one to five capitalised
 * words, "and" between them, up to where it ends; new, or NULL.  A
 * sentence ("Office of the clerk said") runs on in lower case. */
static char *
office_name_at(const char *p)
{
	const char *h = starts_any(p, office_heads), *q;
	int words = 0;

	if (h == NULL)
		return NULL;
	q = p + strlen(h);
	if (str_starts(q, "the "))
		q += strlen("the ");
	while (*q >= 'A' && *q <= 'Z' && words < 5) {
		q += 1 + strspn(q + 1, "abcdefghijklmnopqrstuvwxyz-'");
		words++;
		if (office_ends(q))
			return xstrndup(p, (size_t)(q - p));
		if (*q != ' ')
			return NULL;
		q += str_starts(q, " and ") ? strlen(" and ") : 1;
	}
	return NULL;
}

char *
fielded_by(const char *s)
{
	const char *p = find_any(s, by_field_marks);
	char *name;

	if (p == NULL)	/* "Posted in CATEGORY … on DATE by NAME" from its date on */
		return dated_by((p = posted_in_date(s)) != NULL ? p : s);
	p += strlen(starts_any(p, by_field_marks));
	return (name = byline_name_at(p)) != NULL ? name : office_name_at(p);
}

int
is_supplied_line(const char *s)
{
	static const char *const opens[] = {"（", "(", NULL}, *const closes[] = {"）", ")", NULL};
	const char *o = starts_any(s, opens), *p, *end = s + strlen(s);
	size_t cn;

	if (o == NULL || utf8_longer_than(s, 30))
		return 0;
	for (const char *const *c = closes; *c; c++)
		if ((size_t)(end - s) > strlen(*c) && strcmp(end - (cn = strlen(*c)), *c) == 0)
			for (const char *const *m = supplied_marks; *m; m++)
				if ((p = end - cn - strlen(*m)) > s + strlen(o) + 3 && strncmp(p, *m, strlen(*m)) == 0)
					return 1;	/* an office's name, then the mark */
	return 0;
}

/* Does t hold a letter, Latin or CJK, not only digits, dashes, bars and
 * dots?  A theme's separator in the author's element (td-author-line's
 * " - ") names no one, nor does a count (Words: 67379). */
int
holds_letter(const char *t)
{
	uint32_t cp;
	size_t k;

	for (; *t != '\0'; t += k) {
		if ((unsigned char)*t < 0x80) {
			if (isalpha((unsigned char)*t))
				return 1;
			k = 1;
			continue;
		}
		if ((k = utf8_decode(t, 4, &cp)) == 0)
			k = 1;
		/* past Latin-1's signs, and outside the punctuation and
		 * symbol blocks (U+2000-2BFF, 、。「」, fullwidth signs) */
		if (cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
		    !(cp >= 0xFF00 && cp <= 0xFF0F))
			return 1;
	}
	return 0;
}

int
is_outlet_name(const char *s)
{
	return ends_in_any(s, strlen(s), outlet_ends) && !utf8_longer_than(s, OUTLET_MAX);
}

int
is_desk_account(const char *s)
{
	static const char *const desk_accounts[] = {"编辑部", "編輯部", "新闻部", "新聞部", "编辑室",
		"編輯室", "编辑组", "編輯組", "编辑小组", "編輯小組", NULL};
	size_t n = strlen(s);

	return (ends_in_any(s, n, desk_accounts) || is_one_of(s, n, desk_accounts)) &&
	    !utf8_longer_than(s, OUTLET_MAX);
}

/* 會訊編輯小組 梁嘉欣: a desk's name, a space, then one short name of
 * ideographs: the desk set its writer apart, and the writer is the
 * author.  The name, new, or NULL (陳大文 梁嘉欣 is two writers). */
char *
desk_led_writer(const char *s)
{
	const char *sp = strrchr(s, ' '), *end;
	char *desk;
	int k, yes;

	if (sp == NULL)
		return NULL;
	end = sp + 1;
	k = cjk_run(&end);
	if (k < 2 || k > 4 || *end != '\0')
		return NULL;
	desk = xstrndup(s, (size_t)(sp - s));
	yes = strchr(desk, ' ') == NULL && is_desk_account(desk);
	free(desk);
	return yes ? xstrdup(sp + 1) : NULL;
}

/* An outlet's or a desk's account posting a story (青岑城市频道, 编辑部):
 * a labelled author that yields to the reporter the story credits. */
int
is_posting_account(const char *s)
{
	return is_outlet_name(s) || is_desk_account(s);
}
