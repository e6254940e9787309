/* unit_extract_unseen10zh: the kinds of layout the tenth Chinese blind
 * round (unseen10zh-*) found wanting: a government site's 相关信息 box,
 * an evening paper's name in an element of class "from", an outlet's own
 * name marked as a share page's author, a card link whose text block
 * wraps the headline and its meta line. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
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

int
main(void)
{
	info_heading();
	from_mark();
	return tap_done();
}
