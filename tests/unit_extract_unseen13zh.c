/* unit_extract_unseen13zh: the kinds of layout the thirteenth Chinese
 * blind round (unseen13zh-*) found wanting: a portal article (Discuz)
 * whose 摘要 box over the text is the text's own start cut short, and
 * whose line of fields names the paper after 来自:; a site's header of
 * 热门标签 (the most searched words, none of the story's tags) and a CMS's
 * 相关热词搜索： line of the story's tags (PHPCMS); a school CMS's (动易)
 * links whose title attribute is a tooltip of labelled lines (文章标题：
 * TITLE, 作    者：…, 更新时间：…). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "extract_source.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define P1 "<p>停办三年的翠屏老街夜市将于7月26日晚重新开市。记者从翠屏区商务局获悉，夜市设摊位120个，分为小吃、文创和便民服务三个区，摊位通过公开抽签分配，每天18时至23时营业。</p>"
#define P2 "<p>7月17日上午，120个摊位的抽签在老街社区服务中心进行，区市场监管局和公证处工作人员现场监督，报名的312户商户中有20户优先安排。</p>"
#define P3 "<p>据介绍，夜市开市后实行一摊一码管理，每个摊位张贴健康证和价格公示牌，市民扫码可以评价和投诉，老街沿线还将增设临时停车位80个。</p>"
#define FIELDS "2024-7-18 20:36<span>|</span>发布者: <a href=\"home.php?uid=2\">翠屏小编</a><span>|</span>" \
	"查看: 2871<span>|</span>原作者: 欧阳霁<span>|</span>来自: 翠屏日报"
#define PORTAL(fields, summary) "<html><head><title>翠屏老街夜市下周开市 - 本地资讯 - 翠屏社区</title></head><body>" \
	"<div class=\"bm vw\"><div class=\"h hm\"><h1 class=\"ph\">翠屏老街夜市下周开市</h1><p class=\"xg1\">" fields "</p></div>" \
	"<div class=\"s\"><div><strong>摘要</strong>: " summary "</div></div>" \
	"<div class=\"d\"><table><tr><td id=\"article_content\">" P1 P2 P3 "</td></tr></table></div>" \
	"<div class=\"o\"><a href=\"#\">收藏</a> <a href=\"#\">分享</a></div></div></body></html>"
#define CUT "停办三年的翠屏老街夜市将于7月26日晚重新开市。记者从翠屏区商务局获悉，夜市设摊位120个，分为小吃、文创和便民服务三个区，摊位通过公开抽签分配 ..."
#define OWN "老街夜市回来了：一百二十个摊位、三个分区，老手艺人回到了老地方，夜里的翠屏又热闹了起来，这是今年夏天城里最受期待的一件事。"

static void
summary_box(void)
{
	struct ctx c;

	tap_str(past_summary_label("摘要: 停办三年"), "停办三年", "a summary's label and colon open its text");
	tap_str(past_summary_label("【内容提要】停办三年"), "停办三年", "... and so a bracketed label");
	tap_str(past_summary_label("摘要显示停办三年"), "摘要显示停办三年", "... a word of a sentence is no label");
	test_story(&c, PORTAL(FIELDS, CUT));
	tap_int((long)c.page->body.n, 3, "a 摘要 box cut from the text's own start is no paragraph of the story");
	tap_ok(c.page->body.n > 0 && strstr(c.page->body.v[0], "摘要") == NULL, "... and the story opens with its text");
	test_doc_free(&c);
	test_body_count(PORTAL(FIELDS, OWN), 4, "... a 摘要 box of its own words is the story's lead and stays");
}

static void
from_field(void)
{
	struct ctx c;

	test_gives(from_field_source, "2024-7-18 20:36|发布者: 翠屏小编|原作者: 欧阳霁|来自: 翠屏日报", "翠屏日报",
	    "来自: in a line of fields labelling the author names the source");
	test_gives(from_field_source, "2024-7-18 20:36|发布者: 翠屏小编|查看: 2871|来自: 翠屏日报", NULL,
	    "... a line labelling no author gives none (a forum post's 来自: 手机)");
	test_gives(from_field_source, "来自：翠屏日报", NULL, "... nor 来自： alone");
	test_gives(from_field_source, "作者：欧阳霁 来自全省各地的312户商户参加了抽签", NULL,
	    "... nor 来自 in a sentence, without a colon");
	test_byline(&c, PORTAL(FIELDS, CUT));
	tap_str(c.page->source, "翠屏日报", "a portal article's 来自: names the paper, the source");
	tap_str(c.page->author, "欧阳霁", "... and 原作者: the author");
	test_doc_free(&c);
}

#define SCHOOL_P1 "<p>5月15日至18日，全省职业院校技能大赛中职组比赛在临江职业技术学院举行，我校选派12名学生参加6个赛项的比赛。</p>"
#define SCHOOL_P2 "<p>汽车运用与维修赛项中，两名同学在规定时间内完成发动机故障诊断和车身电气检修，以总分第一的成绩获得一等奖。</p>"
#define SCHOOL_P3 "<p>校长表示，学校将以技能大赛为抓手，把比赛中用到的新技术、新标准引入日常教学，让更多学生学到真本领。</p>"
#define SCHOOL(tags, title) "<html><head><title>我校学子在全省技能大赛中获两金一银</title></head><body>" \
	"<div class=\"search\"><form><input name=\"q\"></form><div class=\"tags\">" tags "</div></div>" \
	"<h2>我校学子在全省技能大赛中获两金一银</h2><div class=\"content\">" SCHOOL_P1 SCHOOL_P2 SCHOOL_P3 "</div>" \
	"<ul><li>上一篇文章： <a href=\"/Item/1379.aspx\" title=\"" title "\">学校召开毕业生就业工作推进会</a></li></ul>" \
	"<div class=\"related\"><div class=\"title\">相关文章</div><ul><li><a href=\"/Item/1302.aspx\" title=\"" title "\">学校召开毕业生就业工作推进会</a></li></ul></div>" \
	"</body></html>"
#define TOOLTIP "文章标题：学校召开毕业生就业工作推进会&#13;&#10;作    者：招生就业处&#13;&#10;更新时间：2024-5-16"

static char *
tags_of(const char *html)
{
	char *t;

	test_story_tags(html, " ", &t);
	return t;
}

static void
hot_tags(void)
{
	char *t;

	t = tags_of(SCHOOL("<h4>热门标签:</h4><ul><li><a href=\"/tags.php?/招聘/\">招聘</a></li><li><a href=\"/tags.php?/房产/\">房产</a></li></ul>", ""));
	tap_str(t, "", "a header's 热门标签, the site's most searched words, gives no tags of the story");
	free(t);
	t = tags_of(SCHOOL("<h4>标签:</h4><ul><li><a href=\"/tags.php?/技能大赛/\">技能大赛</a></li><li><a href=\"/tags.php?/职业教育/\">职业教育</a></li></ul>", ""));
	tap_str(t, "技能大赛 职业教育", "... a bare 标签: there still gives them");
	free(t);
	t = tags_of("<html><head><title>青石街道完成汛前山塘安全排查</title></head><body><h1>青石街道完成汛前山塘安全排查</h1>"
	    "<div class=\"content\">" SCHOOL_P1 SCHOOL_P2 SCHOOL_P3 "</div><p><strong>相关热词搜索：</strong>"
	    "<a href=\"?tag=a\">防汛</a> <a href=\"?tag=b\">山塘</a></p></body></html>");
	tap_str(t, "防汛 山塘", "a CMS's 相关热词搜索： line gives the story's tags");
	free(t);
}

static void
tooltip(void)
{
	struct ctx c;

	test_gives(tooltip_title, "文章标题：学校召开推进会\r\n作    者：招生就业处\r\n更新时间：2024-5-16", "学校召开推进会",
	    "a tooltip of labelled lines gives its 文章标题's value");
	test_gives(tooltip_title, "学校召开推进会\n更新时间：2024-5-16", "学校召开推进会", "... or its first line");
	test_gives(tooltip_title, "标题：一个标题里的冒号", "标题：一个标题里的冒号", "... a title of one line stays whole");
	test_story(&c, SCHOOL("", TOOLTIP));
	extract_prev_next(&c);
	tap_str(c.page->prev ? c.page->prev->title : NULL, "学校召开毕业生就业工作推进会",
	    "上一篇文章's link titled by a tooltip of fields is titled by its text");
	test_doc_free(&c);
	test_story(&c, SCHOOL("", "学校召开2024届毕业生就业工作推进会"));
	extract_prev_next(&c);
	tap_str(c.page->prev ? c.page->prev->title : NULL, "学校召开2024届毕业生就业工作推进会",
	    "... a longer title of one line still gives the full title");
	test_doc_free(&c);
	test_story(&c, SCHOOL("", TOOLTIP));
	extract_related(&c);
	tap_str(c.page->related.n > 0 ? c.page->related.v[0].title : NULL, "学校召开毕业生就业工作推进会",
	    "... and so a related item");
	test_doc_free(&c);
}

int
main(void)
{
	summary_box();
	from_field();
	hot_tags();
	tooltip();
	return tap_done();
}
