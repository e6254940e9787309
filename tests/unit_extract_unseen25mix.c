/* unit_extract_unseen25mix: the kinds of layout the twenty-fifth mixed
 * blind round (unseen25mix-*) found wanting: an overseas Chinese
 * weekly's closing call to follow its account, named before its kind
 * with its quoted name and the offer of its code after it (更多侨社资讯，
 * 欢迎关注NAME微信公众号“NAME”，或扫描下方二维码。), no body, and the
 * code's picture under it, its alt naming a QR code, no picture of the
 * story; a site's welcome to its readers' tips giving a WeChat id for a
 * hotline (欢迎侨胞投稿爆料，微信：ID), no body; a bracketed picture credit
 * under the text (（图片来源：NAME）), neither the story's source nor its
 * body; a Chinese paper abroad's bracketed credit over the text, its
 * outlet, reporter and place before 报道 (（南非华讯 记者 NAME 约翰内斯堡
 * 报道）), no body; a related-posts widget's category line in Chinese
 * (在“NAME”中), no snippet. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define URL "http://news.test/qiaoshe/2025/0412/31877.html"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>华商会开设西语夜校</title></head><body>" \
	"<h1>华商会开设西语夜校 首期学员八十人</h1><div class=\"info\">发布时间：2025-04-12 09:35</div>" \
	"<div class=\"content\">"
#define P1 "<p>瓦伦西亚华商会本周一晚在会所举行西班牙语夜校开学仪式，首期八十名学员大多是在当地经营百货店和餐馆的侨胞，课程全部免费。</p>"
#define P2 "<p>华商会会长在开学仪式上说，许多侨胞来西班牙十几年，生意做得不错，但去市政府办手续时仍要请翻译，语言不通吃亏的是自己。</p>"
#define P3 "<p>夜校每周一、三、五晚上九点半开课，以便学员在店铺打烊后赶来上课，课程分初级和中级两个班，由两位西语老师和三名志愿者授课。</p>"
#define P4L "据介绍，首期课程为期四个月，结业学员可获华商会颁发的证书，如反响良好，今秋将在卡斯特利翁增设一个教学点。"
#define P4 "<p>" P4L "</p>"
#define END "</div><div class=\"footer\">版权所有</div></body></html>"

static void
account_call(void)
{
	test_page_body_is(HEAD P1 P2 P3 P4 "<p>更多侨社资讯，欢迎关注伊华周报微信公众号“伊华周报”，或扫描下方二维码。</p>" END,
	    URL, 4, NULL, P4L, "a 更多 line pleading to follow an account named before its kind is no body");
	test_page_body_is(HEAD P1 P2 P3 P4 "<p>更多侨社资讯请关注伊华周报公众号。</p>" END,
	    URL, 4, NULL, P4L, "... nor one ending on the account's kind");
	test_page_body_is(HEAD P1 P2 P3 P4 "<p>更多办事指南请关注市政务服务公众号查询办理进度。</p>" END,
	    URL, 5, NULL, "更多办事指南请关注市政务服务公众号查询办理进度。",
	    "... but one going on past the account stays");
	test_page_body_is(HEAD P1 P2 P3 P4 "<p>更多市民关注到公众号上发布的通知后，提前报了名。</p>" END,
	    URL, 5, NULL, "更多市民关注到公众号上发布的通知后，提前报了名。",
	    "... as does one with no plea to follow");
}

static void
qr_alt(void)
{
	tap_int(test_story_images(xstrdup(HEAD P1 P2 "<p><img src=\"/a/night-class.jpg\" alt=\"夜校开课现场\" "
	    "width=\"600\" height=\"400\"></p>" P3 P4 "<p><img src=\"/a/qr.jpg\" alt=\"伊华周报微信二维码\" "
	    "width=\"600\" height=\"600\"></p>" END)), 1,
	    "a picture whose alt names a QR code is no picture of the story");
	tap_int(test_story_images(xstrdup(HEAD P1 P2 "<p><img src=\"/a/night-class.jpg\" alt=\"夜校开课现场\" "
	    "width=\"600\" height=\"400\"></p>" P3 P4 "<p><img src=\"/a/bus.jpg\" alt=\"市民扫描二维码乘车\" "
	    "width=\"600\" height=\"400\"></p>" END)), 2,
	    "... but one whose alt names the scene of scanning one stays");
}

static void
wechat_tip(void)
{
	test_page_body_is(HEAD P1 P2 P3 P4 "<p>— 欢迎侨胞投稿爆料，微信：nfhx_news —</p>" END,
	    URL, 4, NULL, P4L, "a welcome to readers' tips giving a WeChat id is no body");
	test_page_body_is(HEAD P1 P2 P3 P4 "<p>他说，欢迎侨胞通过微信向分会爆料可疑车辆。</p>" END,
	    URL, 5, NULL, "他说，欢迎侨胞通过微信向分会爆料可疑车辆。",
	    "... but a line naming the app with no id stays");
}

static void
picture_source(void)
{
	struct page *p = test_page_of(HEAD P1 P2 P3 P4 "<p>（图片来源：CPF华人分会）</p>" END, URL);

	tap_str(p->source, NULL, "a bracketed 图片来源 names no source of the story");
	tap_int((long)p->body.n, 4, "... and is no body");
	page_free(p);
	p = test_page_of("<html><head><meta charset=\"utf-8\"><title>华商会开设西语夜校</title></head><body>"
	    "<h1>华商会开设西语夜校 首期学员八十人</h1><div class=\"info\">发布时间：2025-04-12 09:35　来源：伊华周报</div>"
	    "<div class=\"content\">" P1 P2 P3 P4 END, URL);
	tap_str(p->source, "伊华周报", "... but a 来源 under the headline stays the source");
	page_free(p);
	p = test_page_of(HEAD P1 P2 P3 P4 "<p>（信息来源：华商会秘书处）</p>" END, URL);
	tap_str(p->source, "华商会秘书处", "... as does 信息来源, no picture's label");
	page_free(p);
}

static void
report_credit(void)
{
	test_page_body_is(HEAD "<p>（南非华讯 记者 林慧敏 约翰内斯堡报道）</p>" P1 P2 P3 P4 END, URL, 4,
	    "瓦伦西亚华商会本周一晚在会所举行西班牙语夜校开学仪式，首期八十名学员大多是在当地经营百货店和餐馆的侨胞，课程全部免费。",
	    NULL, "a bracketed line of an outlet, the reporter and the place before 报道 is no body");
	test_page_body_is(HEAD "<p>（记者昨日在约翰内斯堡报道）</p>" P1 P2 P3 P4 END, URL, 5,
	    "（记者昨日在约翰内斯堡报道）", NULL, "... but a bracketed line with no name set apart stays");
}

#define ZRELATED(n, title, date, more) "<div class=\"rp-post\"><h4><a href=\"/2025/rp" #n "/\">" title \
	"</a></h4><p class=\"rp-date\">" date "</p>" more "</div>"

/* A related-posts widget in Chinese: each item's category line 在“NAME”中
 * under its date is its metadata, no snippet; a summary opening on 在“
 * that goes on past its quote stays the snippet. */
static void
chinese_context(void)
{
	struct page *p = test_page_of(HEAD P1 P2 P3 P4 "<div class=\"related-posts\"><h3>相关</h3>"
	    ZRELATED(1, "西罗町一华人商铺遭持枪抢劫 店主受轻伤", "2025年2月27日", "<p>在“治安警讯”中</p>")
	    ZRELATED(2, "CPF华人分会招募夜间巡逻志愿者", "2025年1月9日", "<p>在“双减”政策实施中，侨校调整了周末班。</p>")
	    "</div>" END, URL);

	tap_int((long)p->related.n, 2, "two related posts");
	if (p->related.n == 2) {
		tap_ok(p->related.v[0].snippet == NULL, "在“治安警讯”中 under an item is no snippet");
		tap_str(p->related.v[1].snippet, "在“双减”政策实施中，侨校调整了周末班。",
		    "... but a summary going on past its quote stays the snippet");
	}
	page_free(p);
}

int
main(void)
{
	account_call();
	qr_alt();
	wechat_tip();
	picture_source();
	report_credit();
	chinese_context();
	return tap_done();
}
