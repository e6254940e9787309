/* unit_extract_unseen11mix: the kinds of layout the eleventh mixed blind
 * round (unseen11mix-*) found wanting: an outlet's call to join its
 * channel after a question closing the story ("Want the latest news?
 * Join our WhatsApp community here"), and its ask for news tips to an
 * address ("Have a news tip? Email it to ..."); a theme's separator
 * in an element of the author's class (td-author-line holding " - ");
 * 作者最新文章, the writer's latest posts, heading a related list; a
 * theme's related box titled by a strip of tabs leading nowhere; a lead
 * figure of a cover's class with a long caption; a self-media account's
 * card in a side column before the headline. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>Library addition approved</title></head><body><h1>Library addition approved</h1>"
#define P1 "<p>The Town Council voted 5-0 on Monday night to approve a $4.2 million addition to the library on Elm Street.</p>"
#define P2 "<p>The addition will include a children's wing, four study rooms and a community room that seats 120 people.</p>"
#define P3 "<p>The addition is expected to be finished by winter 2025, the library's director said on Monday.</p>"
#define BODY_OPEN "<div class=\"story-text\">"
#define STORY BODY_OPEN P1 P2 P3

static void
closing_asks(void)
{
	test_body_count(HEAD STORY "<div class=\"community\"><p><strong>Want the latest Bramcaster news sent straight to "
	    "your phone? <a href=\"https://chat.example/x\">Join our WhatsApp community here</a></strong></p></div>"
	    "</div></body></html>", 3, "a call to join the outlet's channel after a question closes no story");
	test_body_count(HEAD STORY "<p><em>Have a news tip for Millbrook Patch? Email it to "
	    "<a href=\"mailto:millbrook@patch.example\">millbrook@patch.example</a>.</em></p></div></body></html>",
	    3, "an ask for news tips to an address closes no story");
	test_body_count(HEAD STORY "<p><em>Got a tip? Send it to <a href=\"/tips\">our newsroom</a>.</em></p>"
	    "</div></body></html>", 3, "... nor does a tip's ask with a link");
	test_body_count(HEAD STORY "<p>The architect, who first pitched the story idea for the wing, called it "
	    "<a href=\"/wing\">a dream</a>.</p></div></body></html>", 4,
	    "a closing line of the story naming a story idea and a link stays");
	test_body_count(HEAD STORY "<p>Would you like to be part of the library's team? Join our volunteer program "
	    "and share your time at <a href=\"/v\">the desk</a>!</p></div></body></html>", 4,
	    "... and so does a call to join a program after a question, naming no channel");
	test_body_count(HEAD STORY "<p>Do you want a bigger library? Ask the council, which meets on the first Monday of every "
	    "month.</p></div></body></html>", 4, "a closing question and answer of the story's own stays");
	test_body_count(HEAD STORY "<p>The library's friends group said a tip jar at the desk had raised $2,000 for "
	    "<a href=\"/books\">new books</a>.</p></div></body></html>", 4,
	    "... and so does a closing line that only mentions a tip");
}

#define TD_STORY "<div class=\"td-post-content\">" P1 P2 P3 "</div></article></body></html>"

static void
author_separator(void)
{
	test_author_is(HEAD "<article><div class=\"td-post-author-name\"><div class=\"td-author-by\">By</div> "
	    "<a href=\"/author/mary-chan/\">Mary Chan</a><div class=\"td-author-line\"> - </div></div>" TD_STORY,
	    "Mary Chan", "a dash in an element of the author's class after the name is no author");
	test_author_is(HEAD "<article><div class=\"td-post-author-name\"><div class=\"td-author-by\">By</div> "
	    "<a href=\"/author/aosun-editor/\">aosun-editor</a><div class=\"td-author-line\"> - </div></div>" TD_STORY,
	    NULL, "... nor is it one when the name is a login's");
	tap_ok(!holds_letter(" - ") && !holds_letter("|") && !holds_letter("·") && !holds_letter("—") &&
	    !holds_letter("／"), "dashes, bars and dots hold no letter");
	tap_ok(holds_letter("Mary Chan") && holds_letter("何詠詩") && holds_letter("José"),
	    "... a Latin or CJK name holds one");
}

static void
latest_posts(void)
{
	tap_ok(is_related_heading("作者最新文章") && is_related_heading("TA的最新文章") &&
	    is_related_heading("作者最近文章"), "the writer's latest posts head a related list");
	tap_ok(!is_related_heading("最新文章") && !is_related_heading("本站最新文章"),
	    "... the site's latest posts do not");
}

#define CARD(u, t) "<div class=\"td-related-span4\"><div class=\"td-module-thumb\"><a href=\"" u "\" " \
	"title=\"" t "\"><img src=\"/t.jpg\" alt=\"\"></a></div><h3 class=\"entry-title\"><a href=\"" u "\">" t \
	"</a></h3></div>"

static void
tab_strip_heading(void)
{
	struct ctx c;

	test_story(&c, HEAD "<article>" BODY_OPEN P1 P2 P3 "</div><div class=\"td_block_related_posts\">"
	    "<div class=\"td-related-header\"><ul class=\"td-related-title\"><li><a href=\"#\">相關文章</a></li>"
	    "<li><a href=\"#\">更多文章</a></li></ul></div><div class=\"td_block_inner\"><div class=\"td-related-row\">"
	    CARD("/2024/04/22/lighting/", "氹仔舊城區街燈更換工程完成") CARD("/2024/04/09/bus-stops/", "交通局檢討全澳巴士站設置")
	    CARD("/2024/03/27/moto/", "氹仔新增三百個電單車位") "</div></div></div></article></body></html>");
	extract_related(&c);
	tap_int((long)c.page->related.n, 3, "a strip of tabs leading nowhere (相關文章 | 更多文章) titles the related cards under it");
	tap_str(c.page->related.n ? c.page->related.v[0].title : NULL, "氹仔舊城區街燈更換工程完成", "... and the first is the first card");
	test_doc_free(&c);
}

static void
cover_with_caption(void)
{
	struct ctx c;

	test_story(&c, HEAD "<figure class=\"lead-image\"><div class=\"img-container\"><img src=\"/img/hall.jpg\" "
	    "alt=\"The hall\" width=\"615\" height=\"410\"></div><figcaption class=\"caption\"><span>The former bingo "
	    "hall on Wharf Street has stood empty since 2019</span> <span class=\"credit\">(Image: Google)</span>"
	    "</figcaption></figure>" BODY_OPEN P1 P2 P3 "</div></body></html>");
	extract_images(&c);
	tap_int((long)c.page->nimages, 1, "a block of a cover's class holding a figure and its long caption is the lead picture");
	test_doc_free(&c);
}

#define ZH_STORY "<div class=\"main\"><h1>青溪：废弃矿坑变身城市绿肺 溪口矿山公园开园</h1><div class=\"info\">" \
	"2024-05-06 18:32</div><article class=\"article\"><p>五一假期，位于青溪县溪口镇的溪口矿山公园正式开园迎客，开园五天" \
	"接待游客超过三万人次，周边民宿和餐饮的生意也跟着好了起来。</p><p>溪口镇石灰石开采历史超过六十年，2016年全部关停后留下了深达" \
	"四十余米的矿坑，雨季时常发生碎石滑落。</p><p>2021年起，青溪县投入资金对矿区实施生态修复，将积水的矿坑改造为湖面，并修建了" \
	"悬崖栈道。</p></article></div></body></html>"

static void
side_card(void)
{
	test_author_is("<html><head><title>T</title></head><body><div class=\"left-bar\"><div class=\"user-info\">"
	    "<img src=\"/a.png\" alt=\"\"><h4><a href=\"/profile?id=1\">青溪融媒</a></h4><p>青溪县融媒体中心官方账号</p>"
	    "<a class=\"follow\" href=\"javascript:;\">+ 关注</a></div><div class=\"latest\"><div>作者最新文章</div><ul>"
	    "<li><a href=\"/a/1\">中考体育考试开考</a></li><li><a href=\"/a/2\">五一接待游客</a></li></ul></div></div>"
	    ZH_STORY, "青溪融媒", "an account's card with + 关注 in a side column before the headline names the author");
	test_author_is("<html><head><title>T</title></head><body><div class=\"side\"><div>推荐关注</div>"
	    "<div class=\"acc\"><a href=\"/p/1\">岚溪发布</a> <a href=\"javascript:;\">+ 关注</a></div>"
	    "<div class=\"acc\"><a href=\"/p/2\">柳湾日报</a> <a href=\"javascript:;\">+ 关注</a></div></div>"
	    ZH_STORY, NULL, "... but a box of accounts to follow names none");
}

int
main(void)
{
	closing_asks();
	author_separator();
	latest_posts();
	tab_strip_heading();
	cover_with_caption();
	side_card();
	return tap_done();
}
