/* unit_extract_unseen23zh: the kinds of layout the twenty-third Chinese
 * blind round (unseen23zh-*) found wanting, all of regional news media:
 * a 法治报's 相关案例 and a 农业科技报's 相关问答 boxes, a 晚报's 推荐 cards
 * after the story; a 晚报's 爆料有奖 welcome with its hotline closing the
 * text; a QR box closing an expert Q&A ("扫码加入“NAME”交流群", "更多…请
 * 关注“NAME”微信公众号") and its code; an app share page's 推荐阅读 cards
 * whose meta line (the source run into 阅读 N) stood as the snippet; a
 * county headline's place before a colon (澄川：…) read as the site. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#ifndef BASE_CHECK
#include "extract_cardmeta.h"
#include "extract_credmark.h"
#endif
#include "page.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "http://unit.test/news/2025/11/06/1.html"

#define HEAD(title) "<html><head><meta charset=\"utf-8\"><title>" title "</title></head><body>"
#define P1 "<p>承租人未经出租人同意，将租来的挖掘机转租他人，次承租人在施工中操作不当致人受伤，伤者该向谁索赔？</p>"
#define P2 "<p>法院审理认为，姚某作为挖掘机的实际使用人和司机的雇主，对事故发生负有主要责任，吕某应承担相应责任。</p>"
#define P3 "<p>法官提醒，租用工程机械的个人和企业应严格遵守合同约定，不得擅自转租，避免承担不必要的法律风险。</p>"
#define LAST "法官提醒，租用工程机械的个人和企业应严格遵守合同约定，不得擅自转租，避免承担不必要的法律风险。"
#define STORY(tail) HEAD("挖掘机被转租后出事故 谁来担责") \
	"<h1>挖掘机被转租后出事故 谁来担责</h1><div class=\"info\">2025-11-06 09:12</div>" \
	"<div class=\"content\">" P1 P2 P3 tail "</div></body></html>"

#define REL_PAGE(head) STORY("") "<div class=\"rel\"><h3>" head "</h3><ul>" \
	"<li><a href=\"/yasf/2025-09/18/content_61022.html\">借车给无证亲戚 出了事故车主也担责</a><em>2025-09-18</em></li>" \
	"<li><a href=\"/yasf/2025-08/07/content_60315.html\">雇工高空作业坠落 雇主与发包方如何担责</a><em>2025-08-07</em></li>" \
	"</ul></div>"

#define RELATED_IS(head, want, what) test_page_related_count(REL_PAGE(head), PAGE_URL, (want), (what))

static void
related_heads(void)
{
	RELATED_IS("相关案例", 2, "a law paper's 相关案例 box after the story is its related list");
	RELATED_IS("相关问答", 2, "... a Q&A column's 相关问答 box too");
	RELATED_IS("推荐", 2, "... and a paper's 推荐 alone over cards");
	RELATED_IS("热点推荐", 0, "... a sidebar's 热点推荐 is none");
	RELATED_IS("推荐理由", 0, "... nor a heading opening on 推荐");
}

static void
tip_welcomes(void)
{
	page_body_is(STORY("<p><b>爆料有奖！</b>您身边有什么新鲜事，欢迎拨打本报新闻热线0317-96118，或通过微信公众号后台留言爆料，一经采用即付报料费。</p>"),
	    3, NULL, LAST, "a paper's welcome to tips with its hotline's number closes no story");
	page_body_is(STORY("<p>欢迎广大读者提供新闻线索，热线电话：0916-3211000。</p>"), 3, NULL, LAST,
	    "... nor one giving the number after 电话：");
	page_body_is(STORY("<p>施女士拨打本报新闻热线0317-96118反映情况后，区城管局当天派人到现场处理。</p>"), 4, NULL,
	    "施女士拨打本报新闻热线0317-96118反映情况后，区城管局当天派人到现场处理。",
	    "... a story's line naming the hotline and welcoming no tip stays");
	page_body_is(STORY("<p>欢迎市民爆料身边的安全隐患，区应急管理局将逐一核查处理。</p>"), 4, NULL,
	    "欢迎市民爆料身边的安全隐患，区应急管理局将逐一核查处理。",
	    "... and so does a welcome to tips giving no number");
}

#define QR_BOX(lines) "<div class=\"qr-box\"><img src=\"/uploads/allimg/qr_nongji.png\" alt=\"\">" lines "</div>"

static void
more_follow_calls(void)
{
#ifndef BASE_CHECK
	tap_ok(is_more_follow_call("更多农技问答请关注“禾丰农技”微信公众号"),
	    "更多…请关注“NAME”微信公众号 is a closing follow call");
	tap_ok(is_more_follow_call("了解更多资讯，请关注“澄川发布”"), "... and so 了解更多…关注“NAME”");
	tap_ok(!is_more_follow_call("更多信息可关注“澄川发布”查询"), "... one ending otherwise is none");
	tap_ok(!is_more_follow_call("请关注“禾丰农技”微信公众号"), "... nor one opening on no 更多");
#endif
	page_body_is(STORY(QR_BOX("<p>扫码加入“禾丰农技”交流群</p><p>更多农技问答请关注“禾丰农技”微信公众号</p>")), 3, NULL, LAST,
	    "a QR box's join and follow calls close no Q&A");
	page_body_is(STORY("<p>更多信息可关注“澄川发布”微信公众号查询，或拨打12345热线咨询。</p>"), 4, NULL,
	    "更多信息可关注“澄川发布”微信公众号查询，或拨打12345热线咨询。",
	    "... a closing line naming the account mid-sentence stays");

	struct page *p = test_page_of(STORY(QR_BOX("<p>扫码加入“禾丰农技”交流群</p>")), PAGE_URL);

	tap_int((long)p->nimages, 0, "... and the code over 扫码加入 is no picture of the story");
	page_free(p);
	p = test_page_of(STORY("<div class=\"pic\"><img src=\"/uploads/scan.jpg\" alt=\"\"><p>市民扫码乘车已成习惯</p></div>"),
	    PAGE_URL);
	tap_int((long)p->nimages, 1, "... a picture captioned 市民扫码… stays");
	page_free(p);
}

#define CARD(id, title, meta) "<a class=\"rec-card\" href=\"/share/article/" id ".html\"><img src=\"/" id ".jpg\" alt=\"\">" \
	"<div class=\"t\">" title "</div><div class=\"m\">" meta "</div></a>"
#define CARD_PAGE(m1, m2) STORY("") "<div class=\"recommend\"><div class=\"rt\">推荐阅读</div>" \
	CARD("700198", "沙洲镇首届农民丰收节开幕 特色农产品集中亮相", m1) \
	CARD("700177", "县乡公路提质改造工程完工 群众出行更便捷", m2) "</div>"

static void
card_meta(void)
{
#ifndef BASE_CHECK
	tap_ok(card_meta_only("澄川县融媒体中心阅读 8765"), "a source run into 阅读 N is a card's meta");
	tap_ok(card_meta_only("澄川县融媒体中心 评论：1.1万"), "... and so with a blank, a colon and 万");
	tap_ok(!card_meta_only("沙洲镇今年举办首届丰收节，展出农产品200余种。阅读 8765"),
	    "... a sentence before the count is none");
	tap_ok(card_meta_only("澄川发布 播放 3.2w") && card_meta_only("澄川发布 点赞 1000+"),
	    "... and so with a count an app rounds (3.2w, 1000+)");
	tap_ok(!card_meta_only("澄川县融媒体中心"), "... nor a name with no count");
	tap_ok(!card_meta_only("全县2025年度农村公路养护考核结果公示名单阅读 12"),
	    "... nor a name too long for a source");
#endif
	struct page *p = test_page_of(CARD_PAGE("<span>澄川县融媒体中心</span><span>阅读 8765</span>",
	    "<span>澄川县融媒体中心</span><span>阅读 6021</span>"), PAGE_URL);

	tap_int((long)p->related.n, 2, "an app page's 推荐阅读 cards are its related list");
	tap_ok(p->related.n == 2 && p->related.v[0].snippet == NULL && p->related.v[1].snippet == NULL,
	    "... and their meta lines (source, 阅读 N) no snippets");
	page_free(p);
	p = test_page_of(CARD_PAGE("<span>沙洲镇今年举办首届丰收节，展出农产品200余种。</span><span>阅读 8765</span>",
	    "<span>全县完成农村公路提质改造126公里，群众出行更加便捷。</span><span>阅读 6021</span>"), PAGE_URL);
	tap_ok(p->related.n == 2 && p->related.v[0].snippet != NULL, "... while a card's sentence is its snippet");
	page_free(p);
}

#define PLACE_PAGE(title, info) HEAD(title) "<h1>澄川：万亩油茶迎丰收</h1><div class=\"info\">" info "</div>" \
	"<div class=\"content\">" P1 P2 P3 "</div></body></html>"

static void
headline_places(void)
{
	struct page *p = test_page_of(PLACE_PAGE("澄川：万亩油茶迎丰收",
	    "<span>澄川县融媒体中心</span> <span>2025-10-12 19:05</span>"), PAGE_URL);

	tap_ok(p->source == NULL || strcmp(p->source, "澄川") != 0,
	    "a headline's place before its colon, again in <title>, names no source");
	page_free(p);
	p = test_page_of(PLACE_PAGE("澄川：万亩油茶迎丰收_澄川新闻网",
	    "<span>澄川新闻网</span> <span>2025-10-12 19:05</span>"), PAGE_URL);
	tap_str(p->source, "澄川新闻网", "... while the site's name <title> ends on still does");
	page_free(p);
}

int
main(void)
{
	related_heads();
	tip_welcomes();
	more_follow_calls();
	card_meta();
	headline_places();
	return tap_done();
}
