/*
 * extract_cardmeta: a related card's meta line (the item's source and a
 * read count, in spans run together: <span>NAME</span><span>阅读 8765
 * </span>), which an app's share page sets under each card's title and
 * the item's text then holds where a snippet would be.  Text only; asked
 * by extract_linkbox.c item_snippet once for each item, never per line.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_cardmeta.h"
#include "extract_find.h"
#include "extract_words.h"
#include "util.h"

#define CARD_NAME_MAX 16	/* characters of a source's name: 澄川县融媒体中心 */

/* what a name holds not: a sentence's marks */
static const char *const sentence_marks[] = {"，", "。", "！", "？", "；", "、", "：", NULL};

/* Is the name before a card's count, start..end, a short one with no
 * sentence's mark in it? */
static int
short_name(const char *start, const char *end)
{
	char *name;
	int ok;

	while (end > start && end[-1] == ' ')
		end--;
	if (end == start)
		return 0;
	name = xstrndup(start, (size_t)(end - start));
	ok = find_any(name, sentence_marks) == NULL;
	free(name);
	return ok;
}

int
card_meta_only(const char *s)
{
	const char *q;
	size_t c, chars = 0;

	if ((unsigned char)*s < 0xE2)
		return 0;	/* a CJK name opens the line */
	for (q = s; *q != '\0' && chars <= CARD_NAME_MAX + 1; q++) {
		if (((unsigned char)*q & 0xC0) == 0x80)
			continue;
		chars++;
		/* the count, then 3.2w or 1000+ as an app rounds it */
		if (q > s && (c = count_field_at(q)) > 0 && strspn(q + c, "w+") == strlen(q + c))
			return short_name(s, q);
	}
	return 0;
}
