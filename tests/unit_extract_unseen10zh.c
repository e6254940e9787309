/* unit_extract_unseen10zh: the kinds of layout the tenth Chinese blind
 * round (unseen10zh-*) found wanting: a government site's 相关信息 box,
 * an evening paper's name in an element of class "from", an outlet's own
 * name marked as a share page's author, a card link whose text block
 * wraps the headline and its meta line. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "extract_linkbox.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>暴雨夜 八旬老人被困 民警蹚水背出 - 城事 - 岚州晚报网</title></head><body>" \
	"<h1>暴雨夜 八旬老人被困 民警蹚水背出</h1>"
#define ZH1 "<p>16日晚，我市普降暴雨，南湖区莲塘村部分低洼民房进水。危急时刻，南湖派出所民警蹚过齐腰深的积水，将老人背出险境。</p>"
#define ZH2 "<p>当晚9时许，南湖派出所接到群众求助：莲塘村一户民房进水，家中只有一名行动不便的老人。所长立即带领民警赶往现场。</p>"
#define ZH3 "<p>当晚，南湖派出所共转移被困群众17人。市气象台提醒，17日我市仍有中到大雨，请市民减少外出，注意防范。</p>"

static void
info_heading(void)
{
	tap_ok(is_related_heading("相关信息"), "a government site's 相关信息 heads a related list");
	tap_ok(is_related_heading("相關信息"), "... and so does its traditional spelling");
}

static void
from_mark(void)
{
	struct ctx c;

	test_byline(&c, HEAD "<div class=\"info\"><span class=\"wb_from\">岚州晚报</span> <span>2024年06月17日 07:40</span>"
	    "</div><div class=\"con\">" ZH1 ZH2 ZH3 "</div></body></html>");
	tap_str(c.page->source, "岚州晚报", "a bare name in an element of class \"from\" under the headline is the source");
	test_doc_free(&c);
	test_byline(&c, HEAD "<div class=\"info\"><span class=\"from\">2024年06月17日</span></div>"
	    "<div class=\"con\">" ZH1 ZH2 ZH3 "</div></body></html>");
	tap_str(c.page->source, NULL, "... a date in it is none");
	test_doc_free(&c);
}

#define CARD(id, title, day) "<li><a href=\"https://share.test/detail?id=" id "\"><div class=\"txt\"><p>" title "</p>" \
	"<p><span>云溪县融媒体中心</span><span>" day "</span></p></div><img src=\"https://img.test/" id ".jpg\"></a></li>"

static void
snippet_is(const char *t, const char *want, const char *what)
{
	char *s = item_snippet(t, NULL, "", "2024-05-02");

	tap_str(s, want, what);
	free(s);
}

static void
card_wrapper(void)
{
	struct ctx c;

	test_story(&c, HEAD "<div class=\"con\">" ZH1 ZH2 ZH3 "</div><div class=\"rec\"><div>相关推荐</div><ul>"
	    CARD("1", "石门镇高标准农田建设项目全面完工", "2024-06-18")
	    CARD("2", "云溪夏粮收购启动 最低收购价每斤1.18元", "2024-06-14") "</ul></div></body></html>");
	extract_related(&c);
	tap_int((long)c.page->related.n, 2, "a card list under a related heading gives its items");
	if (c.page->related.n == 2) {
		tap_str(c.page->related.v[0].title, "石门镇高标准农田建设项目全面完工",
		    "a card's text wrapper holding the headline and a meta line gives the headline alone");
		tap_str(c.page->related.v[1].date, "2024-06-14", "... the meta line's date dates the item");
		tap_str(c.page->related.v[0].snippet, NULL, "... and the source's name beside the date is no snippet");
	}
	test_doc_free(&c);
	snippet_is("云溪县融媒体中心 2024-05-02", NULL, "a short name right before the date is a meta line's, no snippet");
	snippet_is("2024-05-02 云溪县融媒体中心", NULL, "... or right after it");
	snippet_is("茶山夜市每周三至周日开放，摊位免费申请", "茶山夜市每周三至周日开放，摊位免费申请",
	    "... a line away from the date stays the snippet");
}

#define H5(title) "<html><head><title>" title "</title></head><body><div class=\"head\">" \
	"<div class=\"detail-title\">百年骑楼街将分三期修缮 北湖“老街焕新”计划启动</div><div class=\"detail-author\">" \
	"<span class=\"author-name\">北湖新闻</span><span class=\"author-time\">2024-06-22 07:30</span></div></div>"
#define H5TEXT "<div class=\"detail-content\"><div><p>北湖新闻客户端讯（记者 罗晴 实习生 高远）6月21日，北湖区召开“老街焕新”" \
	"计划发布会。根据计划，中山骑楼街将分三期进行修缮，首期工程于7月动工。</p>" ZH2 ZH3 "</div></div></body></html>"

static void
own_name_marked(void)
{
	struct ctx c;

	test_byline(&c, H5("北湖新闻") H5TEXT);
	tap_str(c.page->source, "北湖新闻", "a name marked as the author that is the whole <title> (an app's share page) is the source");
	tap_str(c.page->author, "罗晴 高远", "... and the reporters the dateline credits are the authors");
	test_doc_free(&c);
	test_byline(&c, H5("百年骑楼街将分三期修缮_北湖新闻") H5TEXT);
	tap_str(c.page->source, "北湖新闻", "... so is one that is a whole part of <title>");
	tap_str(c.page->author, "罗晴 高远", "... and no author");
	test_doc_free(&c);
	test_byline(&c, H5("百年骑楼街将分三期修缮_岚州网") H5TEXT);
	tap_str(c.page->author, "北湖新闻", "... a marked name <title> does not hold stays the author");
	test_doc_free(&c);
}

int
main(void)
{
	info_heading();
	from_mark();
	card_wrapper();
	own_name_marked();
	return tap_done();
}
