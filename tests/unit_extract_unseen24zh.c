/* unit_extract_unseen24zh: the kinds of layout the twenty-fourth Chinese
 * blind round (unseen24zh-*) found wanting, all of regional sites: a city
 * forum's news repost (Discuz!: the board's edit note opening the post, a
 * picture whose src is a blank and whose file attribute the picture, tag
 * links to misc.php?mod=tag&id=N, 相关帖子 under the post, a closing
 * "来源：PAPER　记者 NAME" line); a city paper's long read closing with its
 * print edition, bracketed, under a 深读往期 box. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#ifndef BASE_CHECK
#include "extract_postnote.h"
#endif
#include "page.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "http://unit.test/thread-388214-1-1.html"

#define HEAD(title) "<html><head><meta charset=\"utf-8\"><title>" title "</title></head><body>"
#define P1 "<p>记者昨日从市公交集团获悉，12月1日起，澜溪城区12条公交线路将进行调整，同时新开通两条社区巴士线路。</p>"
#define P2 "<p>调整的线路中，3路、7路、15路因梧桐大道封闭施工，临时改走滨江路，取消梧桐大道沿线4个站点。</p>"
#define P3 "<p>市公交集团相关负责人提醒，市民可通过“澜溪公交”微信小程序查询实时到站信息，或拨打服务热线咨询。</p>"
#define FIRST "记者昨日从市公交集团获悉，12月1日起，澜溪城区12条公交线路将进行调整，同时新开通两条社区巴士线路。"
#define LAST "市公交集团相关负责人提醒，市民可通过“澜溪公交”微信小程序查询实时到站信息，或拨打服务热线咨询。"
#define STORY(head, tail) HEAD("澜溪12条公交线路12月1日起调整") \
	"<h1>澜溪12条公交线路12月1日起调整</h1><div class=\"info\">发表于 2025-11-27 08:46</div>" \
	"<div class=\"content\">" head P1 P2 P3 tail "</div>"
#define PAGE(head, tail) STORY(head, tail) "</body></html>"

static void
edit_notes(void)
{
#ifndef BASE_CHECK
	tap_ok(is_post_edit_note("本帖最后由 溪畔老刘 于 2025-11-27 09:02 编辑"),
	    "a forum's 本帖最后由 NAME 于 DATE 编辑 is a post's edit note");
	tap_ok(is_post_edit_note("本帖最後由 溪畔老劉 於 2025-11-27 09:02 編輯"), "... and so in traditional script");
	tap_ok(!is_post_edit_note("本帖最后由版主于昨日整理成文，感谢各位网友补充。"),
	    "... a sentence ending otherwise is none");
#endif
	page_body_is(PAGE("<p>本帖最后由 溪畔老刘 于 2025-11-27 09:02 编辑</p>", ""), 3, FIRST, LAST,
	    "the board's edit note opening a post is no story text");
	page_body_is(PAGE("<p>本帖最后由版主于昨日整理成文，感谢各位网友补充。</p>", ""), 4,
	    "本帖最后由版主于昨日整理成文，感谢各位网友补充。", LAST, "... a sentence opening so stays");
}

static void
print_notes(void)
{
#ifndef BASE_CHECK
	tap_ok(is_print_edition_note("（本文刊于《江屿都市报》2025年11月28日A04—A05版）"),
	    "（本文刊于《PAPER》DATE版） is a print-edition note");
	tap_ok(is_print_edition_note("（原载《鹭洲日报》2025年11月26日第3版）"), "... and so （原载《PAPER》…版）");
	tap_ok(!is_print_edition_note("（本文刊于《江屿都市报》后，引起读者热议。）"),
	    "... a bracketed sentence closing otherwise is none");
	tap_ok(!is_print_edition_note("本文刊于《江屿都市报》2025年11月28日A04版"), "... and so one with no bracket");
#endif
	page_body_is(PAGE("", "<p>（本文刊于《江屿都市报》2025年11月28日A04—A05版）</p>"), 3, FIRST, LAST,
	    "a long read's print-edition note closing the text is no story text");
	page_body_is(PAGE("", "<p>（本文刊于《江屿都市报》后，引起读者热议。）</p>"), 4, FIRST,
	    "（本文刊于《江屿都市报》后，引起读者热议。）", "... a bracketed sentence naming the paper stays");
}

#define REL_PAGE(head) STORY("", "") "<div class=\"rel\"><h3>" head "</h3><ul>" \
	"<li><a href=\"/thread-387760-1-1.html\">梧桐大道封闭施工 部分路段禁行至明年3月</a></li>" \
	"<li><a href=\"/thread-386902-1-1.html\">南湖实验学校明年秋季开学 首批招生600人</a></li>" \
	"</ul></div></body></html>"

#define RELATED_IS(head, want, what) test_page_related_count(REL_PAGE(head), PAGE_URL, (want), (what))

static void
related_heads(void)
{
	RELATED_IS("相关帖子", 2, "a forum's 相关帖子 under the post is its related list");
	RELATED_IS("深读往期", 2, "... and a column's box of earlier issues, a short heading ending in 往期");
	RELATED_IS("点击查看本栏目全部往期", 0, "... a longer line ending in 往期 is none");
}

#define PIC "<p><img src=\"static/image/common/none.gif\" file=\"data/attachment/forum/202511/27/bus.jpg\" " \
	"alt=\"社区巴士S1线试运行\"></p>"

static void
forum_pictures_and_tags(void)
{
	struct page *p = test_page_of(PAGE(PIC, ""), PAGE_URL);

	tap_ok(p->nimages == 1 && strcmp(p->images[0].src, "http://unit.test/data/attachment/forum/202511/27/bus.jpg") == 0,
	    "a forum's picture is its file attribute's, its src a blank");
	page_free(p);
	p = test_page_of(PAGE("<p><img src=\"data/attachment/forum/202511/27/bus.jpg\" alt=\"社区巴士S1线试运行\"></p>", ""),
	    PAGE_URL);
	tap_ok(p->nimages == 1 && strcmp(p->images[0].src, "http://unit.test/data/attachment/forum/202511/27/bus.jpg") == 0,
	    "... a picture with src alone keeps it");
	page_free(p);

	char *joined = NULL;

	tap_int(test_story_tags(STORY("", "") "<div class=\"ptg\"><a href=\"misc.php?mod=tag&amp;id=311\">公交</a>, "
	    "<a href=\"misc.php?mod=tag&amp;id=902\">社区巴士</a></div></body></html>", "|", &joined), 2,
	    "a row of links to a forum's tag pages (mod=tag&) is the tags");
	tap_str(joined, "公交|社区巴士", "... in order");
	free(joined);
	tap_int(test_story_tags(STORY("", "") "<div class=\"ptg\"><a href=\"misc.php?mod=faq&amp;id=1\">帮助</a>, "
	    "<a href=\"misc.php?mod=ranklist\">排行榜</a></div></body></html>", "|", NULL), 0,
	    "... a row of the forum's other pages is none");
}

static void
closing_parts(void)
{
	struct page *p = test_page_of(PAGE("", "<p>来源：澜溪日报　记者 柯望舒</p>"), PAGE_URL);

	tap_str(p->author, "柯望舒", "a closing 来源：PAPER　记者 NAME line names the author");
	page_free(p);
	p = test_page_of(PAGE("", "<p>来源：澜溪日报　编辑：庞若溪</p>"), PAGE_URL);
	tap_ok(p->author == NULL || strcmp(p->author, "庞若溪") != 0, "... its 编辑 part no author");
	page_free(p);
	p = test_page_of(PAGE("", "<p>来源：澜溪日报</p>"), PAGE_URL);
	tap_str(p->author, NULL, "... and its source alone none");
	page_free(p);
}

int
main(void)
{
	edit_notes();
	print_notes();
	related_heads();
	forum_pictures_and_tags();
	closing_parts();
	return tap_done();
}
