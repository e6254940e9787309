/* unit_extract_unseen20zh: the kinds of layout the twentieth Chinese
 * blind round (unseen20zh-*) found wanting: a county paper's e-paper text
 * page that pastes the story as the column's lines, hard-wrapped by <br>
 * with each paragraph marked only by its indent (　　); a news site's
 * 社区 page whose field spans run together into a count's label with no
 * colon (编辑：严可浏览 3521); a 报业集团's app share page whose meta line
 * opens with the app's name (og:site_name) unlabelled; a county paper's
 * e-paper page crediting 本报记者 under a <title> of "HEADLINE--PAPER". */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "page.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>龙泉口镇秋播用上无人驾驶拖拉机--澄溪报</title></head>" \
	"<body><h1>龙泉口镇秋播用上无人驾驶拖拉机</h1><div class=\"author\">本报记者　华景澄</div>"

#define PAGE_URL "http://unit.test/html/2024-11/12/content_1.htm"

#define WRAPPED HEAD "<div class=\"content\">\n" \
	"　　11月10日一早，龙泉口镇桥头村的麦田里，一台没有<br>\n" \
	"驾驶员的拖拉机正沿着北斗导航规划好的路线来回作业，<br>\n" \
	"旋耕、施肥、播种一次完成。<br>\n" \
	"　　这台无人驾驶拖拉机是镇农机服务中心今年新添的“共<br>\n" \
	"享农机”之一，农户通过手机小程序就能预约使用。<br>\n" \
	"　　据了解，今年全镇冬小麦播种面积2.6万亩，预计播种<br>\n" \
	"工作比往年提前一周完成。<br>\n</div></body></html>"

#define LISTED HEAD "<div class=\"content\">\n" \
	"　　镇农机服务中心今年新添智能农机12台（套），包括：<br>\n" \
	"无人驾驶拖拉机4台；<br>\n" \
	"植保无人机6架；<br>\n" \
	"烘干机2台。<br>\n" \
	"　　农户通过手机小程序就能预约，每亩比市场价低15元左右。<br>\n" \
	"　　据了解，今年全镇冬小麦播种预计比往年提前一周完成。<br>\n</div></body></html>"

#define FLAT HEAD "<div class=\"content\">\n" \
	"11月10日一早，龙泉口镇桥头村的麦田里，一台没有<br>\n" \
	"驾驶员的拖拉机正沿着北斗导航规划好的路线来回作业，<br>\n" \
	"旋耕、施肥、播种一次完成，农户通过手机小程序就能预约。<br>\n" \
	"据了解，今年全镇冬小麦播种预计比往年提前一周完成。<br>\n</div></body></html>"

static void
hard_wraps(void)
{
	page_body_is(WRAPPED, 3, "11月10日一早，龙泉口镇桥头村的麦田里，一台没有驾驶员的拖拉机正沿着北斗导航"
	    "规划好的路线来回作业，旋耕、施肥、播种一次完成。", NULL,
	    "a column's lines parted by <br> join up to the next indent");
	page_body_is(LISTED, 6, "镇农机服务中心今年新添智能农机12台（套），包括：", NULL,
	    "... while short lines under a lead-in stay lines of their own");
	page_body_is(FLAT, 4, "11月10日一早，龙泉口镇桥头村的麦田里，一台没有", NULL,
	    "... and lines with no indent anywhere are left as they stand");
}

#define FIELDS(fields) "<html><head><meta charset=\"utf-8\"><title>城西菜市场摊位费多收部分将退还</title></head>" \
	"<body><h1>城西菜市场摊位费多收部分将退还</h1><div class=\"meta\"><span>2024-09-04 10:12</span>" fields \
	"</div><div class=\"content\"><p>9月4日上午，记者来到城西菜市场。多名摊主向记者证实，管理方通知的新摊位费为每月1600元。</p>" \
	"<p>当天下午，市场方回复称将暂按原标准收取摊位费，多收部分将在一周内退还。</p>" \
	"<p>区市场监管局表示，新标准须报区发改部门备案后方可执行，将继续跟踪此事。</p></div></body></html>"

static void
field_is(const char *html, int editor, const char *want, const char *what)
{
	struct page *p = test_page_of(html, PAGE_URL);

	tap_str(editor ? p->editor : p->source, want, what);
	page_free(p);
}

static void
count_labels(void)
{
	field_is(FIELDS("<span>来源：柘溪网</span><span>编辑：严可</span><span>浏览 3521</span><span>跟帖 46</span>"),
	    1, "严可", "a count's word glued to a name, its count after it, ends the name");
	field_is(FIELDS("<span>编辑：严可</span><span>来源：柘溪网</span><span>阅读量 1.2万</span>"),
	    0, "柘溪网", "... and so does 阅读量 before a count");
	field_is(FIELDS("<span>编辑：严可</span><span>来源：市全民阅读促进会</span>"),
	    0, "市全民阅读促进会", "... while a value holding the word with no count after it stays");
}

#define TEXT "<div class=\"content\"><p>9月1日12时，东海伏季休渔结束，石埠渔港里的渔船鸣笛驶出港湾，开启新一轮捕捞季。</p>" \
	"<p>为保障开海安全，海事和渔业部门连续多日在港内开展检查，重点查看救生设备和通导设备。</p>" \
	"<p>今年全市共有1137艘海洋捕捞渔船出海作业，出港前均已完成安全检查。</p></div></body></html>"
#define SHARE(og, meta) "<html><head><meta charset=\"utf-8\"><title>开海首日，他们跟着潮水出发</title>" og \
	"</head><body><div class=\"banner\">潮声新闻 打开APP</div><h1>开海首日，他们跟着潮水出发</h1>" \
	"<div class=\"meta\">" meta "</div>" TEXT
#define OG "<meta property=\"og:site_name\" content=\"潮声新闻\">"
#define PAPER(title, credit) "<html><head><meta charset=\"utf-8\"><title>" title "</title></head>" \
	"<body><h1>开海首日，他们跟着潮水出发</h1><div class=\"author\">" credit "</div>" TEXT

static void
own_names(void)
{
	field_is(SHARE(OG, "<span>潮声新闻</span> <span>2024-09-01 18:02</span> <span>阅读 4.6万</span>"),
	    0, "潮声新闻", "og:site_name opening the line under the headline is the source");
	field_is(SHARE(OG, "<span>2024-09-01 18:02</span> <span>阅读 4.6万</span>"),
	    0, NULL, "... while the name in the app banner above the headline gives none");
	field_is("<html><head><meta charset=\"utf-8\"><title>开海首日，他们跟着潮水出发</title>" OG
	    "</head><body><h1>开海首日，他们跟着潮水出发</h1><div class=\"content\">"
	    "<p>潮声新闻9月1日发布消息，东海伏季休渔结束，石埠渔港里的渔船鸣笛驶出港湾，开启新一轮捕捞季。</p>"
	    "<p>为保障开海安全，海事和渔业部门连续多日在港内开展检查，重点查看救生设备和通导设备。</p>"
	    "<p>今年全市共有1137艘海洋捕捞渔船出海作业，出港前均已完成安全检查。</p></div></body></html>",
	    0, NULL, "... nor the text's first sentence opening on the name");
	field_is(SHARE("", "<span>潮声新闻</span> <span>2024-09-01 18:02</span>"),
	    0, NULL, "... nor does the line with no og:site_name naming the site");
	field_is(PAPER("开海首日，他们跟着潮水出发--澄溪报", "本报记者　华景澄"),
	    0, "澄溪报", "a 本报 credit means the paper <title> ends with");
	field_is(PAPER("开海首日，他们跟着潮水出发--澄溪报", "记者　华景澄"),
	    0, NULL, "... while a credit not of 本报 takes no name from <title>");
	field_is(PAPER("开海首日，他们跟着潮水出发--澄溪新闻网", "本报记者　华景澄"),
	    0, NULL, "... nor does a <title> ending in a site's name that is no paper's");
}

int
main(void)
{
	hard_wraps();
	count_labels();
	own_names();
	return tap_done();
}
