/* unit_extract_unseen11zh: the kinds of layout the eleventh Chinese blind
 * round (unseen11zh-*) found wanting: a slider's counter with its buttons
 * run on (1/4查看原图); a line of roles and names closed by 文/图; a desk
 * named before the reporters (本报驻…记者站); a WeChat post's 编辑丨NAME,
 * its 点击蓝字 / 长按识别二维码 calls and the pictures over them; a 相关专题
 * box over a 相关新闻 one; a portal channel's account labelled 作者 over
 * the reporter's "文/OUTLET记者 NAME" line; a 热门推荐 rail. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

static void
slide_counter(void)
{
	tap_ok(is_count_line("1/4查看原图"), "a slide's counter with the slider's 查看原图 run on is no paragraph");
	tap_ok(is_count_line("2/6 全屏 查看原图"), "... nor with its buttons apart");
	tap_ok(!is_count_line("1/4查看原图后发现"), "... a line going on past the buttons stays");
	tap_ok(!is_count_line("4/1 原图"), "... a counter past its count is none");
}

static void
credits(void)
{
	test_gives(credit_line_names, "记者 温雅 见习记者 秦川 文/图", "温雅 秦川",
	    "a line of roles and names closed by 文/图 credits the names");
	test_gives(credit_line_names, "记者 温雅 文", "温雅", "... and so by 文");
	test_gives(credit_line_names, "记者 温雅 摄", NULL, "... but 摄 alone credits a picture");
	test_gives(credit_line_names, "记者 温雅 文/图 秦川", NULL, "... a mark amid the names ends no line");
	test_gives(label_names, "本报驻岑南记者站 记者 冯堃 通讯员 邹珺瑶", "冯堃 邹珺瑶",
	    "a desk named before the reporters (本报驻…记者站) is no name");
	test_gives(label_names, "江潮新闻记者 程书远", "程书远", "... nor an outlet's role run together");
	test_gives(label_names, "记者 方知远 通讯员 黄小禾", "方知远 黄小禾", "... roles alone are skipped as before");
}

static void
wechat_label(void)
{
	char *v = find_labelled("编辑丨林小满", editor_labels);

	tap_str(v, "林小满", "a WeChat post's bar after a label is its colon (编辑丨林小满)");
	free(v);
	v = find_labelled("审核｜卓航", staff_labels);
	tap_str(v, "卓航", "... and so is a full-width bar");
	free(v);
	tap_ok(is_meta_line("编辑丨林小满"), "... so the line is a byline's, no paragraph");
	tap_ok(!is_meta_line("丨字旁的字"), "... a bar opening a line labels nothing");
}

static void
wechat_calls(void)
{
	tap_ok(is_noise_line("点击蓝字 关注我们"), "点击蓝字 关注我们 is no paragraph");
	tap_ok(is_noise_line("长按识别二维码 关注青岑发布"), "... nor 长按识别二维码 关注…");
}

#define WX_P1 "<section><span>6月20日上午，青岑市首批一百二十名志愿者在岑江滨江公园集中上岗，协助河长开展河道巡查和防溺水宣传。</span></section>"
#define WX_P2 "<section><span>志愿者主要来自市内四所高校和二十多家企事业单位，上岗前参加了两天培训，学习水质检测和溺水急救。</span></section>"
#define WX_P3 "<section><span>市河长办负责人表示，今后每年都将招募志愿者，让更多年轻人参与到河湖保护中来，守护一江清水。</span></section>"
#define WX_IMG(f) "<section><img src=\"https://mmbiz.test/" f "\"></section>"

static void
wechat_pictures(void)
{
	struct ctx c;

	test_story(&c, "<html><head><title>青岑首批志愿者上岗</title></head><body><h1>青岑首批志愿者上岗</h1>"
	    "<div id=\"js_content\">" WX_IMG("banner.gif") "<section><span>点击蓝字 关注我们</span></section>"
	    WX_P1 WX_IMG("photo.jpg") WX_P2 WX_P3 WX_IMG("qr.png") "<section><span>长按识别二维码 关注青岑发布</span></section>"
	    "</div></body></html>");
	extract_images(&c);
	tap_int((long)c.page->nimages, 1, "the pictures over a follow call and over a QR call are none of the story's");
	tap_str(c.page->nimages ? c.page->images[0].src : NULL, "https://mmbiz.test/photo.jpg", "... the photo is");
	test_doc_free(&c);
}

#define ZT_HEAD "<html><head><title>旧粮仓变身乡村会客厅</title></head><body><h1>旧粮仓变身乡村会客厅</h1>" \
	"<div class=\"art-con\">" WX_P1 WX_P2 WX_P3 "</div>"
#define ZT_BOX "<div class=\"box\"><h3>相关专题</h3><ul><li><a href=\"/zt/xczx/\">澄川乡村振兴进行时</a></li>" \
	"<li><a href=\"/zt/wl/\">夏游澄川文旅专题</a></li></ul></div>"
#define XW_BOX "<div class=\"box\"><h3>相关新闻</h3><ul>" \
	"<li><a href=\"/sx/t20240528_1.shtml\">梧溪县盘活闲置校舍建起研学基地</a></li>" \
	"<li><a href=\"/ms/t20240509_2.shtml\">澄川老供销社改造成便民服务站</a></li></ul></div>"

static void
topic_box(void)
{
	struct ctx c;

	test_story(&c, ZT_HEAD ZT_BOX XW_BOX "</body></html>");
	extract_related(&c);
	tap_int((long)c.page->related.n, 2, "a 相关新闻 list after a 相关专题 box is the related list");
	tap_str(c.page->related.n ? c.page->related.v[0].title : NULL, "梧溪县盘活闲置校舍建起研学基地",
	    "... its stories, not the topic pages");
	test_doc_free(&c);
	test_story(&c, ZT_HEAD ZT_BOX "</body></html>");
	extract_related(&c);
	tap_int((long)c.page->related.n, 2, "... a 相关专题 box alone still gives its links");
	test_doc_free(&c);
}

#define MH_HEAD "<html><head><title>岑州老码头改造完工 江边步道全线贯通_搜城网青岑站</title></head><body>" \
	"<h1>岑州老码头改造完工 江边步道全线贯通</h1><div class=\"article-info\"><span>2024-06-17 10:42</span>" \
	"<span>作者：</span><a href=\"/profile?x=1\">%s</a></div><article><p>文/青岑晚报记者 石蕾</p>" WX_P1 WX_P2 WX_P3 \
	"</article></body></html>"

static void
channel_author(void)
{
	char html[2048];

	test_gives(credit_line_names, "文/青岑晚报记者 石蕾", "石蕾", "文/OUTLET记者 NAME credits the name");
	tap_ok(is_meta_line("文/青岑晚报记者 石蕾"), "... a byline's line, no paragraph");
	tap_ok(is_outlet_name("青岑城市频道") && is_outlet_name("青岑发布") && !is_outlet_name("石蕾"),
	    "a channel's, an account's name is an outlet's, a person's is not");
	snprintf(html, sizeof html, MH_HEAD, "青岑城市频道");
	test_author_is(html, "石蕾", "a channel labelled 作者 over the reporter's 文/ line: the reporter is the author");
	snprintf(html, sizeof html, MH_HEAD, "岑小舟");
	test_author_is(html, "岑小舟", "... a person labelled 作者 stays the author");
}

#define HOT_RAIL "<div class=\"sidebar\"><div class=\"titleR\">热门推荐</div>" \
	"<div><a href=\"/a/780549876\"><img src=\"/i/1.jpg\"><h4>岑州地铁2号线东延段开通初期运营</h4></a></div>" \
	"<div><a href=\"/a/780548801\"><img src=\"/i/2.jpg\"><h4>这家开了三十年的米粉店要搬家了</h4></a></div>" \
	"<div><a href=\"/a/780547712\"><img src=\"/i/3.jpg\"><h4>端午假期岑州接待游客九十万人次</h4></a></div></div>"

static void
hot_rail(void)
{
	struct ctx c;

	tap_ok(!is_related_heading("热门推荐"), "热门推荐 heads no related list: a site's hottest stories, as 热门排行");
	test_story(&c, ZT_HEAD HOT_RAIL "</body></html>");
	extract_related(&c);
	tap_int((long)c.page->related.n, 0, "... so a story with a 热门推荐 rail beside it has no related list");
	test_doc_free(&c);
}

int
main(void)
{
	hot_rail();
	channel_author();
	topic_box();
	wechat_label();
	wechat_calls();
	wechat_pictures();
	slide_counter();
	credits();
	return tap_done();
}
