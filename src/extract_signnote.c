/*
 * extract_signnote: a bracketed line closing a story that signs it off
 * and is no story text: a 史话 or a 科普 piece ends with the writer's
 * note, "（作者系临湘县地方志编纂中心副主任）", "（作者单位：OFFICE）".
 * (A department's name alone in brackets, "（万载县统计局）", signs a
 * release as its text's own close and stays.)  Text only; the test turns
 * a line away unless it opens with the full-width bracket.
 */
#include "config.h"

#include <string.h>

#include "extract_find.h"
#include "extract_signnote.h"
#include "utf8.h"
#include "util.h"

#define WRITER_NOTE_MAX 60	/* characters of （作者系OFFICE TITLE） */

#define OPEN "（"
#define CLOSE "）"

int
is_writer_note(const char *s)
{
	static const char *const opens[] = {"作者系", "作者為", "作者为", "作者是",
		"作者單位", "作者单位", NULL};
	size_t n;

	if ((unsigned char)s[0] != 0xEF || !str_starts(s, OPEN) ||
	    starts_any(s + strlen(OPEN), opens) == NULL || utf8_longer_than(s, WRITER_NOTE_MAX))
		return 0;
	n = trim_end(s, strlen(s));
	/* one note, bracketed as a whole: no sentence goes on after it */
	return bracketed_line(s, n) && strstr(s + strlen(OPEN), CLOSE) == s + n - strlen(CLOSE);
}
