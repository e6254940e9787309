/*
 * extract_cardmeta: a related card's meta line (the item's source and a
 * read count, in spans run together: <span>NAME</span><span>阅读 8765
 * </span>), which an app's share page sets under each card's title and
 * the item's text then holds where a snippet would be.  Text only; asked
 * by extract_linkbox.c item_snippet once for each item, never per line.
 */
#include "config.h"

#include <string.h>

#include "extract_cardmeta.h"

#define CARD_NAME_MAX 16	/* characters of a source's name: 澄川县融媒体中心 */

/* the fields of a card's count, two characters (six bytes) each */
static const char *const card_counts[] = {"阅读", "评论", "浏览", "播放", "点击", "点赞",
	"閱讀", "評論", "瀏覽", "點擊", NULL};
/* what a name holds not: a sentence's marks */
static const char *const sentence_marks[] = {"，", "。", "！", "？", "；", "、", "：", NULL};

int
card_meta_only(const char *s)
{
	size_t n = strlen(s), name;
	const char *const *w;

	if (n < 9 || (unsigned char)*s < 0xE2)
		return 0;	/* a CJK name opens the line */
	/* the count: 8765, 1.1万, 3.2w */
	while (n > 0 && (s[n - 1] == '+' || s[n - 1] == 'w'))
		n--;
	if (n >= 3 && (strncmp(s + n - 3, "万", 3) == 0 || strncmp(s + n - 3, "千", 3) == 0))
		n -= 3;
	name = n;
	while (n > 0 && ((s[n - 1] >= '0' && s[n - 1] <= '9') || s[n - 1] == '.'))
		n--;
	if (n == name)
		return 0;	/* no number */
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ':'))
		n--;
	if (n >= 3 && strncmp(s + n - 3, "：", 3) == 0)
		n -= 3;
	if (n < 6)
		return 0;
	for (w = card_counts; *w != NULL && strncmp(s + n - 6, *w, 6) != 0; w++)
		;
	if (*w == NULL)
		return 0;
	name = n - 6;
	while (name > 0 && s[name - 1] == ' ')
		name--;
	if (name == 0)
		return 0;
	for (w = sentence_marks; *w != NULL; w++) {
		const char *at = strstr(s, *w);

		if (at != NULL && (size_t)(at - s) < name)
			return 0;
	}
	/* the name's characters: its bytes that open one */
	n = 0;
	for (size_t k = 0; k < name; k++)
		n += ((unsigned char)s[k] & 0xC0) != 0x80;
	return n <= CARD_NAME_MAX;
}
