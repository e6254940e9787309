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
#define FOLLOW_CALL_MAX 24	/* characters of 关注“ACCOUNT”微信公众号 */
#define PICTURE_NOTE_MAX 30	/* characters of （本版图片由OFFICE提供） */

/* the marks a paper sets before its byline (■本报记者 NAME), all
 * each opening with the byte E2 */
static const char *const byline_marks[] = {"■", "□", "◆", "◇", "●", "○", "★", NULL};
/* what a follow call may name after the account's quoted name */
static const char *const account_kinds[] = {"微信公众号", "公众号", "视频号", "抖音号",
	"微博", "客户端", "APP", "微信公眾號", "公眾號", "視頻號", NULL};
/* who a bracketed note says gave the pictures: （本版图片由NAME提供） */
static const char *const picture_givers[] = {"图片由", "照片由", "图片均由", "照片均由",
	"圖片由", "圖片均由", NULL};
/* the label of a bracketed picture credit, with its colon: （图片来源：
 * NAME）; 来源 alone is the story's */
static const char *const picture_sources[] = {"图片来源：", "图片来源:", "图源：", "照片来源：",
	"圖片來源：", "圖片來源:", "圖源：", NULL};
static const char *const bracket_ends[] = {"）", ")", NULL};
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

int
is_follow_call(const char *s)
{
	static const char *const follow[] = {"关注“", "關注「", "关注「", "關注“", NULL};
	const char *f, *q;

	/* 关 (E5 85 B3) and 關 (E9 97 9C) open every call */
	if (((unsigned char)*s != 0xE5 && (unsigned char)*s != 0xE9) ||
	    utf8_longer_than(s, FOLLOW_CALL_MAX) || (f = starts_any(s, follow)) == NULL)
		return 0;
	s += strlen(f);
	if ((q = strstr(s, "”")) == NULL && (q = strstr(s, "」")) == NULL)
		return 0;
	if (q == s)
		return 0;	/* an empty name */
	q += strlen("”");	/* ” and 」 are three bytes each */
	if (*q == '\0')
		return 1;
	return (f = starts_any(q, account_kinds)) != NULL && q[strlen(f)] == '\0';
}

#define MORE_FOLLOW_MAX 40	/* characters of 更多农技问答请关注“ACCOUNT”微信公众号 */
#define ACCOUNT_NAME_MAX 36	/* bytes of the paper's name before its account kind */

/* Does s, a 更多 line, end on a welcome or a plea to follow a paper's
 * account named before its kind, its quoted name and the offer of its
 * code alone after it ("更多侨社资讯，欢迎关注NAME微信公众号“NAME”，或扫描
 * 下方二维码。")?  A line going on past the account (…请关注NAME公众号查询
 * 进度) or following with no plea (更多市民关注到公众号…) stays. */
static int
account_call_end(const char *s)
{
	static const char *const pleas[] = {"欢迎关注", "请关注", "歡迎關注", "請關注", NULL},
	    *const codes[] = {"二维码", "扫码", "二維碼", "掃碼", NULL},
	    *const stops[] = {"。", "！", NULL};
	const char *f = find_any(s, pleas), *k, *q;

	if (f == NULL || (k = find_any(f, account_kinds)) == NULL || k - f > ACCOUNT_NAME_MAX)
		return 0;
	for (q = f; q < k; q++)
		if (str_starts(q, "，") || str_starts(q, "。"))
			return 0;
	q = k + strlen(starts_any(k, account_kinds));
	if (str_starts(q, "“") && (q = strstr(q, "”")) != NULL)
		q += strlen("”");
	else if (q == NULL)
		return 0;
	if (*q == '\0' || (starts_any(q, stops) != NULL && q[strlen(starts_any(q, stops))] == '\0'))
		return 1;
	return str_starts(q, "，") && find_any(q, codes) != NULL && !utf8_longer_than(q, 12);
}

int
is_more_follow_call(const char *s)
{
	static const char *const mores[] = {"更多", "了解更多", "获取更多", NULL};
	const char *f;

	/* 更 (E6 9B B4), 了 (E4 BA 86), 获 (E8 8E B7) open every call */
	if (((unsigned char)*s != 0xE6 && (unsigned char)*s != 0xE4 && (unsigned char)*s != 0xE8) ||
	    utf8_longer_than(s, MORE_FOLLOW_MAX) || starts_any(s, mores) == NULL)
		return 0;
	for (f = strstr(s, "关注“"); f != NULL; f = strstr(f + 1, "关注“"))
		if (is_follow_call(f))
			return 1;
	return account_call_end(s);
}

int
is_picture_note(const char *s)
{
	static const char *const opens[] = {"（", "(", NULL}, *const closes[] = {"提供）", "提供)", NULL};
	const char *o;
	size_t n = strlen(s);

	if (((unsigned char)*s != 0xEF && *s != '(') || (o = starts_any(s, opens)) == NULL ||
	    utf8_longer_than(s, PICTURE_NOTE_MAX))
		return 0;
	if (starts_any(s + strlen(o), picture_sources) != NULL)
		return ends_in_any(s, n, bracket_ends);
	if (find_any(s, picture_givers) == NULL)
		return 0;
	for (const char *const *c = closes; *c; c++)
		if (n > strlen(o) + strlen(*c) && strcmp(s + n - strlen(*c), *c) == 0)
			return 1;
	return 0;
}
