/* unit_extract_unseen60mix: the kinds of layout the sixtieth mixed blind
 * round (unseen60mix-*) found wanting: a forum post's last-edit stamp
 * (最後編輯：DATE under a XenForo post) read as its editor; a blog's
 * "最新推荐文章于 DATE 发布" line under the headline, which dates its
 * recommendations, read as the post's own date (CSDN); a forum's
 * "發表於 FORUM" under the headline, the forum a part of <title>, read as
 * the source when og:site_name names the site as another part
 * (Invision); a topic pager's 上一個主題 / 下一個主題 labels. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>竹林村</title></head><body>"
#define H1 "<h1>竹林村新修的机耕路通车了</h1>"
#define P1 "<p>本月初，竹林村通往后山茶园的机耕路全线完工，村民运茶叶再也不用肩挑背扛。</p>"
#define P2 "<p>这条路长两公里，由村集体出资、村民投工投劳修成，前后用了四个多月。</p>"
#define P3 "<p>村委会表示，明年还将给路边装上太阳能路灯，方便村民早晚出行。</p>"
#define BODY "<div class=\"content\">" P1 P2 P3 "</div>"

#define STAMPED(line) HEAD H1 "<div class=\"meta\">作者：张三</div>" BODY \
	"<div class=\"note\">" line "</div></body></html>"

static void
edit_stamp(void)
{
	test_byline_field_is(STAMPED("最後編輯：2026年9月13日"), offsetof(struct page, editor), NULL,
	    "a post's 最後編輯：DATE is a last-edit stamp, no editor");
	test_byline_field_is(STAMPED("最后编辑：<time datetime=\"2026-09-13T08:02\">2026年9月13日</time>"),
	    offsetof(struct page, editor), NULL, "... nor 最后编辑： before a <time>");
	test_byline_field_is(STAMPED("责任编辑：李四"), offsetof(struct page, editor), "李四",
	    "... a 责任编辑：NAME under the story still names the editor");
}

#define BLOGHEAD(line) HEAD H1 "<div class=\"info\"><div class=\"up-time\">" line "</div>" \
	"<a class=\"nick\" href=\"/u\">老周</a><div class=\"up-time\">于 2026-10-30 20:11:03 首次发布</div></div>" \
	BODY "</body></html>"

static void
other_post_date(void)
{
	test_published_is(BLOGHEAD("最新推荐文章于 2026-11-20 08:30:00 发布"), "2026-10-30T20:11:03",
	    "a blog's 最新推荐文章于 DATE 发布 dates its recommendations, not the post");
	test_published_is(BLOGHEAD("2026-10-28 07:00:00 推送"), "2026-10-28T07:00:00",
	    "... a date line without the words is still read first");
}

#define FORUM(site, title) "<html><head><meta charset=\"utf-8\"><title>" title "</title>" site \
	"</head><body>" H1 "<p class=\"meta\">由 <a href=\"/u/1\">陳志強</a>, 10月3日 發表於 " \
	"<a href=\"/forum/7/\">屋邨消息</a></p>" BODY "</body></html>"
#define OGSITE "<meta property=\"og:site_name\" content=\"翠峰邨街坊討論區\">"

static void
forum_section(void)
{
	test_source_is(FORUM(OGSITE, "竹林村新修的机耕路通车了 - 屋邨消息 - 翠峰邨街坊討論區"), NULL,
	    "a forum's 發表於 FORUM, og:site_name another part of <title>, is no source");
	test_source_is(FORUM("<meta property=\"og:site_name\" content=\"屋邨消息\">",
	    "竹林村新修的机耕路通车了 - 屋邨消息"), "屋邨消息",
	    "... the part og:site_name names is the site's own name");
}

#define TOPICPAGER HEAD H1 BODY "<div class=\"ipsPager\"><div class=\"ipsPager_prev\"><a href=\"/topic/1/\">" \
	"<span class=\"ipsPager_type\">上一個主題</span><span class=\"ipsPager_title\">街市租金調整</span></a></div>" \
	"<div class=\"ipsPager_next\"><a href=\"/topic/3/\"><span class=\"ipsPager_type\">下一個主題</span>" \
	"<span class=\"ipsPager_title\">外牆棚架檢查完成</span></a></div></div></body></html>"
#define ONEPAGER HEAD H1 BODY "<div class=\"pn\"><a href=\"/a/1.html\">上一个：主题公园开放时间调整</a> " \
	"<a href=\"/a/3.html\">下一个：村史馆开馆</a></div></body></html>"

static void
topic_pager(void)
{
	test_nav_is(TOPICPAGER, "街市租金調整", "外牆棚架檢查完成",
	    "a forum's 上一個主題 / 下一個主題 label is no part of the topic's title");
	test_nav_is(ONEPAGER, "主题公园开放时间调整", "村史馆开馆",
	    "... a title after 上一个： opening on 主题 keeps it");
}

int
main(void)
{
	edit_stamp();
	other_post_date();
	forum_section();
	topic_pager();
	return tap_done();
}
