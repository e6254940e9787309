/* unit_extract_unseen47mix: the kinds of layout the forty-seventh mixed
 * blind round (unseen47mix-*) found wanting: an old static table site's
 * headline in a td.title cell, its <title> naming only the association
 * and the section a side menu's cell repeats; a Southeast Asian daily's
 * text opening on （本报讯） under a share row; a Ghost bookmark card's
 * excerpt closing on …… before its site's name. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_linkbox.h"
#include "extract_test.h"
#include "page.h"
#include "tap.h"
#include "util.h"

#define URL "https://www.tongji.example/news/2026/0303.htm"
#define T_HEAD "<html><head><meta charset=\"utf-8\"><title>中华通济总会 -- 会务新闻</title></head><body>"
#define T_SIDE "<table><tr><td width=\"170\"><table><tr><td><b>会务新闻</b></td></tr>" \
	"<tr><td><a href=\"/news/2026/0218.htm\">中文学校捐赠</a></td></tr></table></td><td><table>"
#define T_TEXT "<tr><td>发布日期：2026年3月3日</td></tr><tr><td>" \
	"<p>本会于二月二十八日晚在会所大礼堂隆重举行春节联欢晚会，利马侨胞、侨团代表及各界友好人士一千余人出席。</p>" \
	"<p>晚会由本会副主席何伟雄主持，主席梁振邦在致辞中回顾了过去一年会务工作，感谢各侨团和侨胞的支持。</p>" \
	"<p>晚会节目丰富多彩，有舞狮、民族舞蹈、粤曲演唱及中文学校学生的诗歌朗诵，最后举行幸运抽奖。</p>" \
	"</td></tr></table></td></tr></table></body></html>"
#define HEADLINE "本会举办春节联欢晚会 侨胞千余人欢聚一堂"

static void
title_is(const char *html, const char *want, const char *what)
{
	struct page *p = test_page_of(html, URL);

	tap_str(p->title, want, what);
	page_free(p);
}

static void
headline_cell(void)
{
	title_is(T_HEAD T_SIDE "<tr><td class=\"title\"><br>" HEADLINE "</td></tr>" T_TEXT, HEADLINE,
	    "a td.title cell over the text is the headline, a side menu's cell repeating <title>'s section "
	    "confirming nothing");
	title_is(T_HEAD "<table><tr><td><table><tr><td class=\"title\"><br>" HEADLINE "</td></tr>" T_TEXT,
	    HEADLINE, "... with no side menu as well");
	title_is(T_HEAD T_SIDE "<tr><td><br>" HEADLINE "</td></tr>" T_TEXT, "中华通济总会",
	    "... a plain cell, which holds anything, stays no headline of its own");
}

#define V_URL "https://www.xidi.example/2026/03/07/lantern/"
#define V_HEAD "<html><head><meta charset=\"utf-8\"><title>福兴郡元宵灯会吸引逾万人次 | 西堤日报</title></head><body>" \
	"<h1>福兴郡元宵灯会吸引逾万人次</h1><p class=\"post-meta\">黎美玲 2026年3月7日</p><div class=\"entry\">"
#define V_SHARE "<div class=\"share-post\"><span>分享</span><ul><li><a href=\"https://fb.example/s\">Facebook</a>" \
	"</li><li><a href=\"https://zalo.example/s\">Zalo</a></li></ul></div>"
#define V_P1 "福兴郡五帮华人会馆联合举办的元宵灯会于3月3日晚在会馆前广场揭幕，一连三晚共吸引逾万人次参观。"
#define V_P2 "<p>今年灯会以百年同光为主题，广场上悬挂了一千二百盏手工宫灯，另有十二组大型花灯。</p>"
#define V_P3 "<p>会馆理事长陈国梁在揭幕式上致辞时说，灯会已连续举办十八年，近年参与的越南朋友越来越多。</p>"
#define V_END "<p>灯会将于3月5日晚闭幕，届时将举行抽奖及舞狮表演，主办单位提醒市民搭乘公共交通前往。</p></div></body></html>"

static void
source_is(const char *html, const char *want, const char *what)
{
	struct page *p = test_page_of(html, V_URL);

	tap_str(p->source, want, what);
	page_free(p);
}

static void
bracketed_dateline(void)
{
	source_is(V_HEAD "<p>（本报讯）" V_P1 "</p>" V_P2 V_P3 V_END, "西堤日报",
	    "a text opening on （本报讯） credits the paper <title> names");
	source_is(V_HEAD "<p>【本报讯】" V_P1 "</p>" V_P2 V_P3 V_END, "西堤日报", "... 【本报讯】 too");
	source_is(V_HEAD "<p>（本报记者 黎美玲 摄）</p><p>" V_P1 "</p>" V_P2 V_P3 V_END, NULL,
	    "... a bracketed picture credit of 本报记者 names no source");
	source_is(V_HEAD V_SHARE "<p>本报讯 " V_P1 "</p>" V_P2 V_P3 V_END, "西堤日报",
	    "a share row opening the text's block counts none of its first two lines");
	source_is(V_HEAD V_SHARE "<p>" V_P1 "</p>" V_P2 "<p>本报讯 " V_P1 "</p>" V_P3 V_END, NULL,
	    "... a credit past the text's second line still names none");
}

#define G_URL "https://www.beiying.example/legal-clinic/"
#define CARD(slug, title, desc) "<figure class=\"kg-card kg-bookmark-card\"><a class=\"kg-bookmark-container\" " \
	"href=\"https://www.beiying.example/" slug "/\"><div class=\"kg-bookmark-content\"><div " \
	"class=\"kg-bookmark-title\">" title "</div><div class=\"kg-bookmark-description\">" desc "</div><div " \
	"class=\"kg-bookmark-metadata\"><img class=\"kg-bookmark-icon\" src=\"/icon.png\" alt=\"\"><span " \
	"class=\"kg-bookmark-author\">北英华讯</span></div></div></a></figure>"
#define GHOST(d1, d2) "<html><head><meta charset=\"utf-8\"><title>华人中心开设免费法律咨询</title></head><body>" \
	"<article><h1>华人中心开设免费法律咨询</h1><section class=\"gh-content\">" \
	"<p>霍灵福德华人社区中心从本月起开设免费法律咨询服务，每月第一个周六上午在中心二楼会议室接待居民。</p>" \
	"<p>咨询服务由中心与当地一家律师事务所合作提供，三名会讲普通话或粤语的执业律师轮流坐诊。</p>" \
	"<p>中心提醒，咨询采取预约制，居民可致电中心或在周一至周五办公时间到前台登记。</p>" \
	"<p><strong>推荐阅读</strong></p>" CARD("english-class", "华人中心长者英语班开课 学员最年长八十二岁", d1) \
	CARD("tenant-qa", "租客权益问答：房东加租前必须做什么？", d2) "</section></article></body></html>"

static void
snippet_is(const char *html, const char *want, const char *what)
{
	struct page *p = test_page_of(html, G_URL);

	tap_str(p->related.n > 0 ? p->related.v[0].snippet : NULL, want, what);
	page_free(p);
}

static void
bookmark_excerpt(void)
{
	char *s;

	snippet_is(GHOST("中心为六十岁以上长者开设的免费英语班本周开课，首期招收三十名学员。……",
	    "英格兰租客遇到加租通知时有哪些权利？本报整理了五个最常见的问题。……"),
	    "中心为六十岁以上长者开设的免费英语班本周开课，首期招收三十名学员。",
	    "a bookmark card's excerpt ends at its closing …… before the site's name");
	s = item_snippet("中心为六十岁以上长者开设的免费英语班本周开课…… 北英华讯", "", "", NULL);
	tap_str(s, "中心为六十岁以上长者开设的免费英语班本周开课", "... the name after …… is the card's meta");
	free(s);
	s = item_snippet("理事长说，灯会已连续举办十八年…… 我们会继续办下去。", "", "", NULL);
	tap_str(s, "理事长说，灯会已连续举办十八年…… 我们会继续办下去。",
	    "... words with a sentence's mark after the …… are the excerpt's own");
	free(s);
}

int
main(void)
{
	headline_cell();
	bracketed_dateline();
	bookmark_excerpt();
	return tap_done();
}
