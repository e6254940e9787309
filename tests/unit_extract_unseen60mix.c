/* unit_extract_unseen60mix: the kinds of layout the sixtieth mixed blind
 * round (unseen60mix-*) found wanting: a forum post's last-edit stamp
 * (最後編輯：DATE under a XenForo post) read as its editor; a blog's
 * "最新推荐文章于 DATE 发布" line under the headline, which dates its
 * recommendations, read as the post's own date (CSDN). */
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

int
main(void)
{
	edit_stamp();
	other_post_date();
	return tap_done();
}
