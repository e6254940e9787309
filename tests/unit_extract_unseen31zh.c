/* unit_extract_unseen31zh: the kind of layout the thirty-first Chinese
 * blind round (unseen31zh-*) found wanting: a 区县电视台's 相关视频 cards,
 * each a thumbnail with the video's length (01:40) over the title and the
 * date, the length run into the date when the title is cut out of the
 * card's text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

static void
clock_before_date(void)
{
	test_gives(item_date, "01:40 2026-01-13", "2026-01-13",
	    "a video's length before a card's date is no part of the date");
	test_gives(item_date, "01:402026-01-13", "2026-01-13",
	    "... nor when the length runs into the date with no space");
	test_gives(item_date, "1:02:15 2025-12-30", "2025-12-30",
	    "... nor a length of hours, minutes and seconds");
	test_gives(item_date, "2026-01-13 10:30", "2026-01-13 10:30",
	    "... a date with its time after it is read whole, as it was");
	test_gives(item_date, "10:30", NULL, "... a time alone dates nothing, as it did not");
}

#define CARD(n, title, len, date) "<li><a class=\"thumb\" href=\"/xinwen/" n ".shtml\"><img src=\"/t/" n \
	".jpg\" alt=\"" title "\"><i class=\"play-ico\"></i><em class=\"dur\">" len "</em></a><a class=\"vtit\" " \
	"href=\"/xinwen/" n ".shtml\">" title "</a><span class=\"vdate\">" date "</span></li>"
#define VIDEO_PAGE(len) "<html><head><meta charset=\"utf-8\"><title>岩水区冬修水利进入高峰</title></head><body>" \
	"<h1>岩水区冬修水利进入高峰</h1><div class=\"detail-text\"><p>眼下正是冬修水利的黄金时节，在岩水区桐木镇石门村，" \
	"几台挖掘机正在对村里的老山塘进行清淤扩容，工人们忙着砌筑护坡、修整溢洪道。</p><p>据了解，今冬明春，岩水区共安排冬修水利" \
	"项目186个，计划清淤整治山塘水库42座、疏浚沟渠160公里，目前已完成总工程量的63%。</p><p>区水利局组成3个技术指导组，" \
	"分片包干，深入各镇村工地开展质量安全巡查，确保春灌前发挥效益。</p></div><div class=\"related-video\"><h3>相关视频" \
	"</h3><ul>" CARD("3362", "桐木镇：“小田并大田” 冬闲变冬忙", len, "2026-01-13") \
	CARD("3340", "岩水区启动2026年春耕备耕农资保供工作", len, "2026-01-10") \
	CARD("3318", "区领导督导检查冬修水利工程建设", len, "2026-01-07") "</ul></div></body></html>"

/* The first related item's date and snippet on the page. */
static void
card_date_is(const char *html, const char *date, const char *what)
{
	struct page *p = test_page_of(html, "https://www.yanshuitv.test/xinwen/3381.shtml");

	tap_str(p->related.n > 0 ? p->related.v[0].date : "(none)", date, what);
	tap_str(p->related.n > 0 ? p->related.v[0].snippet : "(none)", NULL, "... and the date is no snippet");
	page_free(p);
}

static void
video_cards(void)
{
	card_date_is(VIDEO_PAGE("01:40"), "2026-01-13",
	    "a video card's date is the date, its length over the title none of it");
	card_date_is(VIDEO_PAGE(""), "2026-01-13", "... a card with no length keeps its date, as it did");
}

int
main(void)
{
	clock_before_date();
	video_cards();
	return tap_done();
}
