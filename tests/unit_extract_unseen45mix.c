/* unit_extract_unseen45mix: the kinds of layout the forty-fifth mixed
 * blind round (unseen45mix-*) found wanting: a WordPress weekly's "作者：
 * 编辑部" over the story's "本报布尔诺讯（记者 NAME）" dateline, a place
 * between 本报 and 讯; an e-paper's <title> opening on the paper's name;
 * an old Big5 table site's <font size=4><b> headline under a <title> of
 * the association's name alone; a Google Sites page titled "SITE - 通告",
 * its h1 the page's name over the notice's own heading. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "page.h"
#include "tap.h"
#include "util.h"

#define HEAD(t) "<html><head><meta charset=\"utf-8\"><title>" t "</title></head><body>"
#define H1 "<h1>布尔诺新规要求餐馆标注过敏原 华人餐饮业忙应对</h1>"
#define P2 "<p>根据通知，过敏原须以数字或文字形式标注在每道菜旁，门店还须备有一份完整的过敏原清单供" \
	"顾客查阅。首次检查不合格的门店将被限期整改。</p>"
#define P3 "<p>布尔诺华人餐饮协会会长许文杰告诉记者，许多中餐馆的菜单只有中文和简单的捷克文菜名，" \
	"不少老板心里没底，协会为此举办了两场讲解会。</p>"
#define CZ_TITLE "布尔诺新规要求餐馆标注过敏原 华人餐饮业忙应对 – 捷克华人时报"
#define WP(by, first) HEAD(CZ_TITLE) "<article>" H1 "<div class=\"entry-meta\"><span class=\"byline\">作者：" \
	"<a href=\"/author/x/\">" by "</a></span> <time datetime=\"2026-03-28T10:15:00+01:00\">2026年3月28日" \
	"</time></div><div class=\"entry-content\"><p>" first "布尔诺市卫生局近日发布通知，自四月一日起，" \
	"市内所有餐饮门店须在菜单上以捷克文标注十四类常见过敏原。</p>" P2 P3 "</div></article></body></html>"

static void
desk_over_dateline(void)
{
	test_author_is(WP("编辑部", "本报布尔诺讯（记者 周雅琴）"), "周雅琴",
	    "a labelled desk account (作者：编辑部) yields to the reporter the dateline credits");
	test_author_is(WP("编辑部", ""), "编辑部",
	    "... with no credit in the story, the desk stays the author");
	test_author_is(WP("许文杰", "本报布尔诺讯（记者 周雅琴）"), "许文杰",
	    "... and a labelled person's name stays over the dateline's");
}

static void
place_dateline(void)
{
	test_source_is(WP("编辑部", "本报布尔诺讯（记者 周雅琴）"), "捷克华人时报",
	    "本报 PLACE 讯（…） credits the paper that <title> names");
	test_source_is(WP("编辑部", "本报资讯部消息，"), NULL,
	    "... 本报资讯部 with no bracket after its 讯 credits none");
}

#define EP(title) HEAD(title) "<table><tr><td class=\"title\">中法双语故事会走进圣皮埃尔图书馆</td></tr>" \
	"<tr><td>本报记者 曾庆华　2026-03-20</td></tr><tr><td><div id=\"ozoom\"><p>圣皮埃尔华人互助会举办的" \
	"“中法双语故事会”三月十四日在圣皮埃尔市立图书馆儿童阅览室开讲，三十多名孩子围坐一圈。</p>" P2 P3 \
	"</div></td></tr></table></body></html>"

static void
paper_first_in_title(void)
{
	test_source_is(EP("留尼汪华侨周报 - 中法双语故事会走进圣皮埃尔图书馆"), "留尼汪华侨周报",
	    "an e-paper's <title> opening on the paper's name names the 本报 credit's paper");
	test_source_is(EP("新春喜报 - 华人网"), NULL,
	    "... a short headline ending in 报 before a longer site's name is no paper");
}

#define TB(font) "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">" \
	"<title>東加王國華僑總會</title></head><body><table><tr><td>目前位置：首頁 &gt; 僑社新聞</td></tr>" \
	"<tr><td align=\"center\">" font "</td></tr><tr><td align=\"center\"><font size=\"2\">發佈日期：" \
	"2026/02/27　撰稿：何志強</font></td></tr><tr><td><font size=\"3\">本會於二月二十二日上午假中華會館" \
	"禮堂舉行新春敬老聯歡會，邀請年滿七十歲之僑胞長者共六十八位出席，場面溫馨。<br><br>理事長鄭永昌" \
	"致詞時表示，本會每年舉辦敬老會，旨在飲水思源，感念長者貢獻，並向每位長者致送紅包。<br><br>" \
	"聯歡會由僑校學生表演舞龍、合唱及東加傳統舞蹈揭開序幕，長者紛紛上台分享早年經歷。</font></td></tr>" \
	"</table></body></html>"

static void
bold_font_headline(void)
{
	test_title_is(TB("<font size=\"4\" color=\"#990000\"><b>本會舉行新春敬老聯歡會</b></font>"),
	    "本會舉行新春敬老聯歡會",
	    "a bold <font size=4> line alone in its cell is the headline under a site's <title>");
	test_title_is(TB("<font size=\"4\" color=\"#990000\">本會舉行新春敬老聯歡會</font>"), "東加王國華僑總會",
	    "... the same size, not bold, stays as it was");
}

#define GS_URL "https://sites.google.example/view/samoa-huaren/tonggao"
#define GS(h1) "<html><head><meta charset=\"utf-8\"><title>萨摩亚华人联谊会 - 通告</title><meta " \
	"property=\"og:title\" content=\"萨摩亚华人联谊会 - 通告\"></head><body><div class=\"site\">萨摩亚华人" \
	"联谊会</div><div role=\"main\"><section><h1>" h1 "</h1></section><section><div class=\"text\"><h2>关于举行" \
	"本会成立三十周年会庆暨会员大会的通知</h2><p>各位会员、侨胞：</p><p>为庆祝本会成立三十周年，萨摩亚" \
	"华人联谊会定于五月九日下午四时在本会会所举行会庆晚宴暨会员大会，现将有关事项通知如下。</p><p>一、" \
	"会员大会议程：审议理事会工作报告及财务报告，选举第十一届理事会，讨论修改会章第七条。</p><p>二、" \
	"晚宴每位收费五十塔拉，会员子女十二岁以下免费，请于四月二十五日前向秘书处报名。</p></div></section>" \
	"</div></body></html>"

static void
page_name_over_notice(void)
{
	struct page *p = test_page_of(GS("通告"), GS_URL);

	tap_str(p->title, "关于举行本会成立三十周年会庆暨会员大会的通知",
	    "a site builder's page name (h1 通告, <title>'s last part) yields to the notice's heading");
	tap_str(p->body.n > 0 ? p->body.v[0] : NULL, "各位会员、侨胞：", "... which leaves the body");
	page_free(p);
	p = test_page_of(GS("会庆通知"), GS_URL);
	tap_str(p->title, "萨摩亚华人联谊会 - 通告", "... an h1 that is no part of <title> changes nothing");
	page_free(p);
}

int
main(void)
{
	desk_over_dateline();
	place_dateline();
	paper_first_in_title();
	bold_font_headline();
	page_name_over_notice();
	return tap_done();
}
