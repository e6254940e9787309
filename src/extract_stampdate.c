/*
 * extract_stampdate: a note-sharing site prints a note's date under its
 * text and tags, alone on its line with the poster's IP region after it
 * ("2026-12-01 重庆", "编辑于 2026-12-01 福建").  The line is
 * no byline field (is_meta_line does not know it) and stands after the
 * text, so only trailing_date (extract_pubdate.c), which reads the few
 * lines after the body, asks this.  The promise: a line that is a numeric
 * date, perhaps with a time and an 编辑于 / 发布于 mark, then a place of one
 * to four ideographs, is a date stamp.  A line that goes on is a
 * sentence and none; a bare date with no place stays none too, as
 * before (unit_extract_byline: "a bare date under the story is no
 * byline"), the region being what marks a post's stamp.
 */
#include "config.h"

#include <string.h>

#include "extract_find.h"
#include "extract_stampdate.h"
#include "extract_words.h"

#define STAMP_PLACE_MAX 4	/* ideographs of a region: 重庆, 内蒙古 */

int
is_date_stamp(const char *t)
{
	const char *p = t, *m = starts_any(t, stamp_marks);
	size_t digits = 0, ideographs = 0;

	if (m != NULL)
		p += strlen(m) + strspn(p + strlen(m), " ");
	for (; *p != '\0' && strchr("0123456789-/: ", *p) != NULL; p++)
		digits += *p >= '0' && *p <= '9';
	if (digits < 6 || (p > t && p[-1] != ' ' && *p != '\0'))
		return 0;
	/* the region: ideographs, each three bytes from U+4E00 on */
	for (; *p != '\0'; p += 3, ideographs++)
		if ((unsigned char)p[0] < 0xE4 || (unsigned char)p[0] > 0xE9 || p[1] == '\0' || p[2] == '\0')
			return 0;
	return ideographs >= 1 && ideographs <= STAMP_PLACE_MAX;
}
