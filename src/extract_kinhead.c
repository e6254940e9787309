/*
 * extract_kinhead: a related list's heading that names its site's own
 * kind of item.  Besides 相关新闻 and 相关文章 (related_words), a site
 * heads its story's kin with its own noun: a 地方志 office's 相关史话, a
 * 科协's 相关科普.  Such a heading is 相关 (相關) and two characters, the
 * whole line; a few nouns after it name no stories (相关附件, 相關連結,
 * 相关标签, 相关部门) and head none.  (往期 and a noun is no such rule: a
 * county paper's 往期专版 lists its earlier pages, no story's kin.)  Text
 * only; asked of short lines.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "extract_find.h"
#include "extract_kinhead.h"
#include "utf8.h"

#define CJK_BYTES 3	/* of a CJK ideograph in UTF-8 */

static int
ideograph_at(const char *p)
{
	uint32_t cp;

	return utf8_decode(p, CJK_BYTES, &cp) == CJK_BYTES && cp >= 0x4E00 && cp <= 0x9FFF;
}

int
is_kin_noun_heading(const char *p, size_t n)
{
	static const char *const opens[] = {"相关", "相關", NULL};
	/* nouns after 相关 that name files, links out, labels, offices or
	 * searches */
	static const char *const not_stories[] = {"附件", "連結", "网站", "網站", "标签", "標籤", "下载", "下載",
		"部门", "部門", "单位", "單位", "搜索", "热词", "熱詞", "词条", "詞條", NULL};
	const char *rest = p + 2 * CJK_BYTES;

	if (n != 4 * CJK_BYTES || (unsigned char)p[0] < 0xE4 || starts_any(p, opens) == NULL)
		return 0;
	return ideograph_at(rest) && ideograph_at(rest + CJK_BYTES) &&
	    !is_one_of(rest, 2 * CJK_BYTES, not_stories);
}

/* "其他會務新聞", "其他社區新聞": a short heading of 其他 (其它), the
 * site's own kind of item (one to four ideographs) and a story noun heads
 * the column's other items after the story, as 其他新闻 does.  A hot
 * list's 其他熱門新聞 is none, and so is a sentence running on.  (更多
 * and a kind of item, 更多县内新闻, is a box of more of the section's
 * news, none, as settled in unseen13mix and unseen21mix.) */
int
is_other_kind_heading(const char *p, size_t n)
{
	static const char *const opens[] = {"其他", "其它", NULL};
	static const char *const nouns[] = {"新闻", "新聞", "文章", "资讯", "資訊", "消息", NULL};
	static const char *const site_wide[] = {"热门", "熱門", "热点", "熱點", NULL};
	const char *mid = p + 2 * CJK_BYTES;
	size_t k;

	if (n < 5 * CJK_BYTES || n > 8 * CJK_BYTES || starts_any(p, opens) == NULL ||
	    !ends_in_any(p, n, nouns) || starts_any(mid, site_wide) != NULL)
		return 0;
	for (k = 2 * CJK_BYTES; k < n - 2 * CJK_BYTES; k += CJK_BYTES)
		if (!ideograph_at(p + k))
			return 0;
	return 1;
}
