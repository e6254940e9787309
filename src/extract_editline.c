/*
 * extract_editline: a forum post's head line, its date and time, then in
 * brackets a note that it was changed later, by whom and when (MyBB's
 * post_date with its edited_post: "DATE, 09:14 PM (這篇文章最後修改於:
 * DATE 由 NAME.)", "(This post was last modified: DATE by NAME.)").  The
 * post's date is read from it; the line is the post's head, no line of
 * its text.  A date line with any other remark after it ("2026-11-28
 * (星期六) 晴") is left alone.  Text only, as extract_stamp.c.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_editline.h"
#include "extract_find.h"
#include "extract_words.h"
#include "utf8.h"

#define EDIT_LINE_MAX 90	/* characters: two dates, two times, a name */

int
is_dated_edit_line(const char *s)
{
	const char *end = NULL, *p;
	char *d;
	size_t n;

	if (utf8_longer_than(s, EDIT_LINE_MAX) || (d = date_here(s, 0, 0, &end)) == NULL)
		return 0;
	free(d);
	/* the time the date reader leaves, "09:14 PM" */
	for (p = end + strspn(end, " ,"); *p != '\0' && *p != '(' && !str_starts(p, "（"); p++)
		if (strchr("0123456789: APMapm.", *p) == NULL)
			return 0;
	n = strlen(p);
	while (n > 0 && p[n - 1] == ' ')
		n--;
	if (n < 2 || !(p[n - 1] == ')' || (n >= 3 && strncmp(p + n - 3, "）", 3) == 0)))
		return 0;
	return find_any(p, post_change_words) != NULL;
}
