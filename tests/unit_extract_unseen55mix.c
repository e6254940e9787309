/* unit_extract_unseen55mix: the kinds of layout the fifty-fifth mixed
 * blind round (unseen55mix-*) found wanting: a Southeast Asian 华文
 * daily's bracketed dateline with its place (【本报清莱讯】) crediting the
 * paper, whose name the <title> gives; WordPress's AMP reader template,
 * whose <time datetime> is the moment in UTC ("+00:00") while JSON-LD
 * tells the same moment in the paper's own zone; an old 政府網站 CMS's
 * detail table whose pictures stand in a 相關圖片 row under 內容. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD(title) "<html><head><meta charset=\"utf-8\"><title>" title "</title>"
#define H1 "<h1>清莱夜市改造完工 本周末重新开放</h1>"
#define P2 "<p>市政府表示，改造后的夜市共有摊位三百个，并新增了公共厕所和停车场，周末将有舞狮表演。</p>"
#define P3 "<p>不少摊贩表示，停业三个月后终于可以重新开张，希望游客早日回来。</p>"
#define OWNPAGE(lead) HEAD("清莱夜市改造完工 本周末重新开放 &#8211; 湄河时报") "</head><body>" H1 \
	"<div class=\"amp-wp-meta\"><span class=\"amp-wp-author\">苏雅婷</span></div>" \
	"<div class=\"entry-content\"><p>" lead "清莱府市政府5日宣布，历时三个月的夜市改造工程已经完工，" \
	"夜市将于本周末重新开放。</p>" P2 P3 "</div></body></html>"

static void
bracketed_place_dateline(void)
{
	test_source_is(OWNPAGE("【本报清莱讯】"), "湄河时报",
	    "a bracketed 本报 dateline with its place (【本报清莱讯】) credits the paper the <title> names");
	test_source_is(OWNPAGE("（本報清萊訊）"), "湄河时报",
	    "... in round brackets and traditional characters too");
	test_source_is(OWNPAGE("【本报资讯部】"), NULL,
	    "... a bracketed desk (本报资讯部, no 讯 before the bracket) is no dateline");
}

#define LD(date) "<script type=\"application/ld+json\">{\"@context\":\"http://schema.org\"," \
	"\"@type\":\"BlogPosting\",\"headline\":\"清莱夜市改造完工\",\"datePublished\":\"" date "\"}</script>"
#define AMPPAGE(ld) HEAD("清莱夜市改造完工 本周末重新开放 &#8211; 湄河时报") ld "</head><body>" \
	"<article class=\"amp-wp-article\"><header class=\"amp-wp-article-header\">" H1 \
	"<div class=\"amp-wp-meta amp-wp-posted-on\"><time datetime=\"2026-12-05T08:40:12+00:00\">2天前</time>" \
	"</div></header><div class=\"amp-wp-article-content\"><p>清莱府市政府5日宣布，历时三个月的夜市改造工程" \
	"已经完工，夜市将于本周末重新开放。</p>" P2 P3 "</div></article></body></html>"

static void
utc_time_told_local(void)
{
	test_published_is(AMPPAGE(LD("2026-12-05T15:40:12+07:00")), "2026-12-05T15:40:12+07:00",
	    "a <time> in UTC (+00:00) gives way to JSON-LD's same moment in the page's zone");
	test_published_is(AMPPAGE(LD("2026-12-05T16:02:47+07:00")), "2026-12-05T08:40:12+00:00",
	    "... JSON-LD of another moment leaves the <time> as it is");
}

#define YHEAD "<html><head><meta charset=\"utf-8\"><title>汐岬區漁會-最新消息</title></head><body><table>"
#define YROW(label, value) "<tr><th>" label "</th><td>" value "</td></tr>"
#define YTEXT "<tr><th>內容</th><td>本會於十一月二十五日在漁民活動中心辦理漁船船員海上安全講習，共有一百多位船員參加。<br><br>" \
	"講習內容包括救生衣與救生筏的正確使用、落海人員搶救要領以及船上火災初期應變。<br><br>" \
	"下午在漁港碼頭進行實地操演，船員分組練習拋擲救生圈。</td></tr>"
#define YPHOTO(label) "<tr><th>" label "</th><td><a href=\"/up/01.jpg\"><img src=\"/up/s_01.jpg\" alt=\"救生衣\" " \
	"width=\"240\"></a> <a href=\"/up/02.jpg\"><img src=\"/up/s_02.jpg\" alt=\"救生筏\" width=\"240\"></a></td></tr>"
#define YSTORY(photo) YHEAD YROW("標題", "漁會辦理船員海上安全講習") YROW("發布單位", "推廣股") \
	YROW("發布日期", "115-11-27") YTEXT photo "</table></body></html>"

static void
related_picture_row(void)
{
	tap_int(test_story_images(xasprintf(YSTORY(YPHOTO("相關圖片")))), 2,
	    "the pictures beside a 相關圖片 label in the row after the text's are the story's");
	tap_int(test_story_images(xasprintf(YSTORY(YPHOTO("相关图片")))), 2, "... 相关图片 too");
	tap_int(test_story_images(xasprintf(YSTORY(YPHOTO("相關連結")))), 0,
	    "... but pictures beside a 相關連結 label are not");
}

int
main(void)
{
	bracketed_place_dateline();
	utc_time_told_local();
	related_picture_row();
	return tap_done();
}
