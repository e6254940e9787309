/*
 * extract_fieldwords: more words of a story's fields, split from
 * extract_words.c to keep each file short.  Data, and blank_field that
 * reads it, declared in extract_words.h beside the rest.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_words.h"
#include "util.h"

/* the end of a post's title a writer's name may follow after a blank in
 * a byline's field (撰文：教務主任 周佩玲, 作者：副会长 黄立新): the post,
 * no name */
const char *const post_titles[] = {"主任", "主席", "会长", "會長", "秘书", "秘書", "秘书长", "秘書長",
	"校长", "校長", "干事", "幹事", "部长", "部長", "社长", "社長", "书记", "書記", "经理", "經理",
	"老师", "老師", "教师", "教師", "委员", "委員", "组长", "組長", "院长", "院長", "馆长", "館長", NULL};

/* how a notice written as a letter is signed: "OFFICE 敬啟" */
const char *const letter_closings[] = {"敬启", "敬啟", "谨启", "謹啟", "谨上", "謹上", NULL};

/* a blog's footer under a post naming its writer, then the time or the
 * day it went up: "Posted by NAME at 09:14 AM in CATEGORY" (Typepad,
 * Blogger), "Posted by NAME on DATE" */
const char *const post_footer_marks[] = {"Posted by ", "Posted By ", NULL};

/* the head of an office's name that signs a release in a byline's
 * "By:" field ("By: Department of Health Services"), "of" or "for" and
 * its capitalised words after it: a body's name, no person's */
const char *const office_heads[] = {"Department of ", "Department for ", "Office of ", "Office for ",
	"Ministry of ", "Ministry for ", "Directorate of ", "Bureau of ", "Division of ", NULL};

/* the label of a summary box over the text, whose text a CMS often cuts
 * from the story's own start (Discuz's 摘要: …, 【内容提要】) */
const char *const summary_labels[] = {"内容摘要", "内容提要", "摘要", "提要", "導讀", "导读",
	/* an opinion column's 【导语】 */
	"导语", "導語", "Summary", NULL};

/* the news lead's own name opening a box before the text (【导语】): the
 * story's lead, whatever the box's class */
const char *const lead_labels[] = {"【导语】", "【導語】", "导语：", "導語：", NULL};

/* a portal article's source among its other fields (Discuz: 原作者: NAME |
 * 来自: PAPER), a source only in a line of fields naming the author too */
const char *const from_labels[] = {"来自", "來自", NULL};

/* a repost's opening note naming the outlet (转载自NAME, 本文转自：NAME) */
const char *const repost_labels[] = {"转载自", "转自", "轉載自", "轉自", NULL};

/* what marks a box of tags as the site's most searched, not the story's
 * (热门标签:, 热门关键词：): it stands before the label; or a list of
 * stories found by the tags ("Related entries by tags:", Serendipity's
 * freetag plugin) */
const char *const hot_marks[] = {"热门", "熱門", "热搜", "熱搜", "by ", NULL};

/* the label of a link's tooltip line that holds its title (动易's
 * title="文章标题：TITLE&#13;&#10;作    者：…&#13;&#10;更新时间：…") */
const char *const title_labels[] = {"文章标题", "新闻标题", "标题", "文章標題", "標題", "Title",
	NULL};

/* what an old CMS prints in a field left blank (作者：佚名, 文章来源：本站原创,
 * 作者：未知): no name nor outlet, the field as good as empty */
const char *const blank_values[] = {"佚名", "未知", "不详", "不詳", "本站原创", "本站原創", "本站",
	"本网原创", "本網原創", "原创", "原創", NULL};

/* the word a page's count follows in a line of fields (浏览 3521, 阅读量：1.2万,
 * 跟帖 46): the count's label, no part of the value before it */
const char *const count_heads[] = {"浏览", "阅读", "点击", "评论", "跟帖", "回复", "播放", "人气",
	"点赞", "瀏覽", "閱讀", "點擊", "評論", "回覆", NULL};

/* what may stand between a count's word and its digits: 评论(12),
 * 浏览 3521, 阅读量：1.2万 */
static const char *const count_openers[] = {" ", ":", "(", "：", "（", NULL};
/* what may close a count: 评论(12), 浏览：86次 */
static const char *const count_closers[] = {")", "）", "次", NULL};

size_t
count_field_at(const char *p)
{
	const char *q, *w;
	size_t d;

	/* every count_heads word starts with a byte from E4 (人) up */
	if ((unsigned char)*p < 0xE4 || (w = starts_any(p, count_heads)) == NULL)
		return 0;
	q = p + strlen(w);
	if (str_starts(q, "次数") || str_starts(q, "次數"))
		q += strlen("次数");
	else if (str_starts(q, "量") || str_starts(q, "数") || str_starts(q, "數"))
		q += strlen("量");
	while ((w = starts_any(q, count_openers)) != NULL)
		q += strlen(w);
	if (!isdigit((unsigned char)*q))
		return 0;
	d = strspn(q, "0123456789.");
	q += d;
	if (str_starts(q, "万") || str_starts(q, "千") || str_starts(q, "亿"))
		q += strlen("万");
	if ((w = starts_any(q, count_closers)) != NULL)
		q += strlen(w);
	return (size_t)(q - p);
}

char *
blank_field(char *v)
{
	if (v != NULL && is_one_of(v, strlen(v), blank_values)) {
		free(v);
		return NULL;
	}
	return v;
}

/* after "Related ", the noun of a box of the story's own files (a school
 * site's "Related Files" of PDFs after the text): no related stories */
const char *const file_box_nouns[] = {"Files", "files", "FILES", "Documents", "documents", "DOCUMENTS",
	"Downloads", "downloads", "DOWNLOADS", "Attachments", "attachments", "ATTACHMENTS", NULL};

/* what a blog host's byline sets between the poster and the community
 * the post went to ("NAME wrote in COMMUNITY", LiveJournal's code and
 * its kin): no part of the name */
const char *const posted_in_words[] = {" wrote in ", " posted in ", NULL};

/* the bullets an old site prints inside a list's link text (<a>· 标题</a>) */
const char *const link_bullets[] = {"·", "・", "•", "▪", "▫", "◦", "›", "»", NULL};

/* what a wire dateline's bracket holds that is no writer (综合报道) */
const char *const wire_desk_words[] = {"综合", "綜合", "综合报道", "綜合報道", "图文", "圖文", "编译",
	"編譯", "整理", "报道", "報道", "记者", "記者", "通讯员", "通訊員", "实习生", "實習生", NULL};

/* what stands before 编辑 in a last-edit stamp (最后编辑：DATE) */
const char *const last_edit_words[] = {"最后", "最後", NULL};

/* a line under the headline that dates another post, not this one (a
 * blog's "最新推荐文章于 DATE 发布" over its recommendations) */
const char *const other_item_date_words[] = {"推荐文章于", "推薦文章於", NULL};

/* a credit line's closing dateline, PLACE讯 (本报记者 NAME 日里讯) */
const char *const dateline_ends[] = {"讯", "訊", NULL};

/* what a forum's note of a later change to a post says, in brackets
 * after the post's date: "(這篇文章最後修改於: DATE 由 NAME.)", "(This
 * post was last modified: DATE by NAME.)" (MyBB), 最後編輯 */
const char *const post_change_words[] = {"最後修改", "最后修改", "最後編輯", "最后编辑", "last modified",
	"Last modified", "last edited", "Last edited", NULL};
