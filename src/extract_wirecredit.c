/*
 * extract_wirecredit: a wire dateline's bracketed writers; see
 * extract_wirecredit.h.  The bracket follows 日电 (日電) within the
 * paragraph's first 90 bytes.  extract_credit.c reads its inside as a
 * credit line with its roles, else here as one to four bare names of
 * two to four ideographs each, none of them a word of the desk's own
 * (综合, 图文, 编译: no writer).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_wirecredit.h"
#include "extract_words.h"
#include "util.h"

#define WIRE_AT_MAX 90		/* bytes before 日电: the outlet, the place, the date */
#define WIRE_INSIDE_MAX 60	/* bytes inside the bracket: four names and roles */
#define WIRE_NAMES_MAX 4

char *
wire_bare_names(const char *inside)
{
	struct buf names = {0};
	const char *s = skip_blanks(inside);
	int count = 0;

	while (*s != '\0') {
		size_t n = strcspn(s, " ");
		int k = ideographs(s, n);

		if (k < 2 || k > 4 || ++count > WIRE_NAMES_MAX || is_one_of(s, n, wire_desk_words)) {
			buf_free(&names);
			return NULL;
		}
		if (names.len > 0)
			buf_addc(&names, ' ');
		buf_add(&names, s, n);
		s = skip_blanks(s + n);
	}
	return names.len > 0 ? buf_steal(&names) : NULL;
}

char *
wire_bracket(const char *s)
{
	static const char *const marks[] = {"日电", "日電", NULL};
	const char *p, *q;
	char *inside;

	if ((p = past_mark_within(s, marks, WIRE_AT_MAX)) == NULL)
		return NULL;
	p = skip_blanks(p);
	if (str_starts(p, "（"))
		q = strstr(p += strlen("（"), "）");
	else if (*p == '(')
		q = strchr(++p, ')');
	else
		return NULL;
	if (q == NULL || q == p || q - p > WIRE_INSIDE_MAX)
		return NULL;
	inside = xstrndup(p, (size_t)(q - p));
	/* 甲、乙 and 甲，乙: names apart by 、 as by spaces */
	blank_marks(inside, "、");
	blank_marks(inside, "，");
	return inside;
}
