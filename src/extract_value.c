/*
 * extract_value: where a label's value ends (label_value and
 * find_labelled, declared in extract_words.h).  A byline's spans run
 * together with no space between them, so the value ends at the next
 * label, an edition mark, a role of credit before a name, a page tool's
 * word, a glued-on date or count.  Text only.  Moved out of extract_label.c as
 * it grew; it reads the words through extract_label.c's filter.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

/* Does an edition mark start at p: 第03版, 第A07版, A07版, 03版? */
static int
edition_mark_at(const char *p)
{
	size_t n;

	if (str_starts(p, "第"))
		p += strlen("第");
	if (*p >= 'A' && *p <= 'Z')
		p++;
	n = strspn(p, "0123456789");
	return n >= 1 && n <= 3 && str_starts(p + n, "版");
}

/* Does a role of credit start at p, a blank and a CJK name after it
 * (记者 柯文涛, not 记者站)? */
static int
credit_at(const char *p)
{
	const char *r = starts_any(p, credit_roles);

	if (r == NULL || (p[strlen(r)] != ' ' && !str_starts(p + strlen(r), "　")))
		return 0;
	p += strlen(r) + (p[strlen(r)] == ' ' ? 1 : strlen("　"));
	return (unsigned char)*p >= 0xE4 && (unsigned char)*p <= 0xE9;
}

/* Does a page tool's word (字号, 打印) start at p with nothing but blanks
 * after it?  Spans run together: 来源：澎湃新闻字号. */
static int
tool_word_ends(const char *p)
{
	const char *w = starts_any(p, tool_words);

	if (w == NULL)
		return 0;
	for (p += strlen(w); *p == ' '; p++)
		;
	return *p == '\0';
}

/* Does a date (2024-05-22, 2024年5月) start at p, glued to the CJK
 * character before it?  Spans run together: 来源：岚溪日报2024-05-22. */
static int
glued_date_at(const char *start, const char *p)
{
	if (p == start || (unsigned char)p[-1] < 0x80 || strspn(p, "0123456789") != 4)
		return 0;
	p += 4;
	if (str_starts(p, "年"))
		p += strlen("年");
	else if (*p == '-' || *p == '/' || *p == '.')
		p++;
	else
		return 0;
	return isdigit((unsigned char)*p);
}

/* Does the line go on at q, past a comma, as a sentence to its end (…，
 * …。 or …？)?  Then the label before the value was a speaker's in a
 * transcript (记者：您到岚溪工作已经三年，最初…？), and credits no one: a
 * byline's comma runs on to another name, never to a sentence's end. */
static int
turn_goes_on(const char *q)
{
	static const char *const ends[] = {"。", "？", "！", "?", "!", NULL};
	size_t n;

	if (!str_starts(q, "，") && *q != ',')
		return 0;
	n = strlen(q);
	while (n > 0 && (q[n - 1] == ' ' || q[n - 1] == '\n'))
		n--;
	for (const char *const *e = ends; *e; e++)
		if (n >= strlen(*e) && memcmp(q + n - strlen(*e), *e, strlen(*e)) == 0)
			return 1;
	return 0;
}

/* Does a count (12.6万人参与, 326评论) start at p, glued to the CJK
 * character before it?  Spans run together: 来源：岚溪县融媒体中心12.6万人参与. */
static int
glued_count_at(const char *start, const char *p)
{
	size_t n = strspn(p, "0123456789.");

	if (p == start || (unsigned char)p[-1] < 0x80 || n == 0 || !isdigit((unsigned char)*p))
		return 0;
	p += n;
	if (str_starts(p, "万") || str_starts(p, "千") || str_starts(p, "亿"))
		p += strlen("万");
	return starts_any(p, count_words) != NULL;
}

/* Does a count's word start at p with its count after it (浏览 3521,
 * 阅读量：1.2万), glued to the CJK character before it?  Spans run
 * together: 编辑：严可浏览 3521; a word with no count after it stays
 * (来源：市全民阅读促进会). */
static int
glued_counter_at(const char *start, const char *p)
{
	return p > start && (unsigned char)p[-1] >= 0x80 && count_field_at(p) > 0;
}

/* Whether start..end holds letters of a spaced alphabet only: ASCII, the
 * accented letters of U+00C0-U+024F (Pádraig, Zoë, Łukasz), whose UTF-8
 * lead bytes are 0xC3-0xC9, or Cyrillic's of U+0400-U+047F (Ольга
 * Семёнова), lead bytes 0xD0-0xD1.  A CJK byte makes the run no such
 * name. */
static int
latin_run(const char *start, const char *end)
{
	for (const unsigned char *r = (const unsigned char *)start; r < (const unsigned char *)end; r++)
		if (*r >= 0x80 && (*r < 0xC3 || *r > 0xC9) && (*r < 0xD0 || *r > 0xD1) &&
		    (*r & 0xC0) != 0x80)
			return 0;
	return 1;
}

/* Does a bilingual label start at p, one English word, a space and a
 * Chinese label with its colon ("Photos 摄影: NAME"), as a bilingual
 * page's spans run together after a name?  Asked at a space only. */
static int
bilingual_label_at(const char *p)
{
	size_t n = 0;

	while (isalpha((unsigned char)p[n]))
		n++;
	if (n < 2 || p[n] != ' ' || (unsigned char)p[n + 1] < 0x80)
		return 0;
	p += n + 1;
	for (const char *const *s = stop_labels; *s; s++)
		if ((unsigned char)**s >= 0x80 && str_starts(p, *s) && colon_at(p + strlen(*s)) > 0)
			return 1;
	return 0;
}

/* Does a dated weekday start at p, "Wednesday, 14 January 2026", as a
 * news module's author span runs on into its <time> with no separator
 * (Author: NAME Wednesday, 14 January 2026)?  Asked at a space only, of
 * a capital: a name's next word ("Joycelyn Wari", "May Kila") is none. */
static int
dated_word_at(const char *p)
{
	char *d;

	if (!isupper((unsigned char)*p) || (d = date_here(p, 0, 0, NULL)) == NULL)
		return 0;
	free(d);
	return 1;
}

/* The value after label at p (already past the label and its colon).  It
 * ends at a separator, at the next label, or at an edition mark: a
 * paper's byline of spans runs on with no space between them
 * (来源：桐溪日报第03版：要闻); a CJK name at an underscore, where a
 * portal appends its staff code (钟悦_NBJ6681). */
char *
label_value(const char *p)
{
	static const char *const stops[] = {"|", "丨", "│", "｜", "【", "[", "（", "(",
		"）", ")", "】", "]", "　", "，", ",", "；", ";", "/", NULL};
	const char *start, *q;
	char *v;

	while (*p == ' ')
		p++;
	start = p;
	for (q = p; *q; ) {
		const char *const *s;

		for (s = stops; *s && !str_starts(q, *s); s++)
			;
		if (*s)
			break;
		for (s = stop_labels; *s && !(q > start && str_starts(q, *s) && colon_at(q + strlen(*s)) > 0); s++)
			;
		if (*s || (q > start && (edition_mark_at(q) || tool_word_ends(q))) ||
		    glued_date_at(start, q) || glued_count_at(start, q) || glued_counter_at(start, q))
			break;
		/* spans run together: 来源：南屿财经网记者 柯文涛 ends the
		 * source before the outlet's reporter (本报记者 is one word) */
		if (q - start >= 9 && credit_at(q))
			break;
		/* a portal's staff code after a name: 钟悦_NBJ6681 */
		if (*q == '_' && q > start && (unsigned char)q[-1] >= 0x80)
			break;
		if (*q == ' ') {
			/* a CJK name ends at a space; an English name may have one */
			if (!latin_run(start, q) || isdigit((unsigned char)q[1]) || bilingual_label_at(q + 1) ||
			    dated_word_at(q + 1))
				break;
			/* a spaced dot between a line's fields (Words: NAME ·
			 * Pictures: NAME); unspaced, it joins a transcribed
			 * name (阿依古丽·吐尔逊) */
			if ((unsigned char)q[1] >= 0xC2 && (str_starts(q, " · ") || str_starts(q, " • ")))
				break;
		}
		if (isdigit((unsigned char)*q) && q > start && q[-1] == ' ')
			break;
		q++;
	}
	if (turn_goes_on(q))
		return NULL;	/* 记者：您到岚溪工作已经三年，…？ is a speaker's turn */
	while (q > start && q[-1] == ' ')
		q--;
	if (q == start || q - start > 90)
		return NULL;
	v = text_clean(start, (size_t)(q - start));
	if (find_any(v, asking_marks) != NULL) {
		free(v);	/* a question after a transcript's 记者：, no name */
		return NULL;
	}
	return v;
}

/* Finds the first of labels followed by a colon in s; returns its value. */
char *
find_labelled(const char *s, const char *const *labels)
{
	const char *v = labelled_at(s, labels);

	return v != NULL ? label_value(v) : NULL;
}

#define SPACED_NAME_MAX 4	/* ideographs of the name: 佐藤美穗, a Japanese name of four */

/* A line that is an editor's label, a blank and a name and nothing else:
 * a weekly sets its "编辑　NAME" under the story apart by an ideographic
 * space (read as a space), no colon.  The name is two to four ideographs
 * ending the line: a sentence opening on the word (编辑 部门表示，…) holds
 * a mark.  New, or NULL. */
char *
spaced_editor(const char *s)
{
	const char *l = (unsigned char)*s >= 0xE4 ? starts_any(s, editor_labels) : NULL, *p, *name;
	size_t n = 0;

	if (l == NULL || (s[strlen(l)] != ' ' && !str_starts(s + strlen(l), "　")))
		return NULL;
	for (p = s + strlen(l); *p == ' ' || str_starts(p, "　"); p += *p == ' ' ? 1 : strlen("　"))
		;
	for (name = p; *p != '\0'; p += 3, n++)
		if ((unsigned char)p[0] < 0xE4 || (unsigned char)p[0] > 0xE9 ||
		    ((unsigned char)p[1] & 0xC0) != 0x80 || ((unsigned char)p[2] & 0xC0) != 0x80)
			return NULL;	/* no ideograph: a mark, a letter */
	return n >= 2 && n <= SPACED_NAME_MAX ? xstrndup(name, (size_t)(p - name)) : NULL;
}
