/*
 * extract_credmark: credit marks and labels of Chinese stories (see
 * extract_credmark.h).  Text only; every short line of a story may be
 * asked, so each test rejects by its first byte first.
 */
#include "config.h"

#include <string.h>

#include "extract_credmark.h"
#include "extract_find.h"
#include "text.h"
#include "utf8.h"
#include "util.h"

#define GALLERY_TITLE_MAX 30	/* characters of 【图集】TITLE */

/* the marks a paper sets before its byline (■本报记者 NAME), all
 * each opening with the byte E2 */
static const char *const byline_marks[] = {"■", "□", "◆", "◇", "●", "○", "★", NULL};
/* the title's mark of a gallery set in the text */
static const char *const gallery_marks[] = {"【图集】", "【组图】", "【圖集】", "【組圖】", NULL};

const char *
past_byline_mark(const char *s)
{
	const char *m;

	if ((unsigned char)*s != 0xE2 || (m = starts_any(s, byline_marks)) == NULL)
		return s;
	s += strlen(m);
	while (*s == ' ' || str_starts(s, "　"))
		s += *s == ' ' ? 1 : strlen("　");
	return s;
}

size_t
spaced_bar_at(const char *s, const char *l, const char *p)
{
	size_t n = 3;

	/* a CJK label (its last byte a continuation byte), opening the line
	 * or after a blank: never "联系编辑 | 投稿" in a row of links */
	if (p[0] != ' ' || p[1] != '|' || p[2] != ' ' || p == s ||
	    ((unsigned char)p[-1] & 0xC0) != 0x80)
		return 0;
	if (l != s && l[-1] != ' ' && !(l - s >= 3 && str_starts(l - 3, "　")))
		return 0;
	while (p[n] == ' ')
		n++;
	return n;
}

int
is_gallery_title(const char *s)
{
	return (unsigned char)*s == 0xE3 && starts_any(s, gallery_marks) != NULL &&
	    !utf8_longer_than(s, GALLERY_TITLE_MAX);
}
