/* unit_extract_unseen17mix: the kinds of layout the seventeenth mixed
 * blind round (unseen17mix-*) found wanting: a byline line of role, name
 * and the writer's closing 報道 (本報記者 何詠恩 報道); a paper's note
 * to its readers wholly in brackets closing the story, welcoming their
 * tips or views and giving its number (（欢迎读者来电…热线：…）); a Korean
 * paper's sign-off closing the text, the reporter's name, role and
 * address (朴成俊 记者 sjpark@…); a community paper's issue line over the
 * headline (第 712 期　2025年3月15日); a township office's field table
 * under the headline, each label in a header cell before its value's
 * data cell, no colon (發布單位 | 社會課); a Vietnamese paper's lead
 * just above the text, its block classed sapo (detail-sapo); a list of
 * the paper's other stories after the text under 其他新闻 (a Vietnamese
 * paper's Tin khác); a banner served from the site's advertisements'
 * folder (/ads/) in a column beside the story. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

static void
closing_report_mark(void)
{
	test_gives(credit_line_names, "本報記者 何詠恩 報道", "何詠恩", "a closing 報道 is the writer's mark, no name");
	test_gives(credit_line_names, "记者 何咏恩 陈立 报道", "何咏恩 陈立", "... after two names too");
	test_gives(credit_line_names, "本报记者 何咏恩 陈报道", "何咏恩 陈报道",
	    "... but a name that merely ends in 报道 stays a name");
}

#define ZHEAD "<html><head><meta charset=\"utf-8\"><title>雪松湾市议会通过社区中心扩建预算</title></head>" \
	"<body><h1>雪松湾市议会通过社区中心扩建预算</h1>"
#define Z1 "<p>雪松湾市议会周二晚以五比二票通过北区社区中心扩建预算，总额为一千八百四十万元，新馆预计于二〇二七年春季启用。</p>"
#define Z2 "<p>根据市府提交的方案，扩建部分将新增一个可容纳三百人的多功能厅、两间长者活动室及一个室内儿童游乐区。</p>"
#define Z3 "<p>市府表示，将于四月在北区社区中心举办两场公众咨询会，并提供粤语及普通话传译服务，居民也可填写网上问卷。</p>"
#define ZSTORY(last) ZHEAD "<div class=\"content\">" Z1 Z2 Z3 last "</div></body></html>"

static void
bracketed_phone_ask(void)
{
	test_body_count(ZSTORY("<p>（欢迎读者来信或来电分享意见，热线：604-555-0188）</p>"), 3,
	    "a bracketed welcome with the paper's hotline closes no story");
	test_body_count(ZSTORY("<p>（本報地址：西嶺區青松街8號地下 電話：2555 0188 歡迎街坊提供新聞線索）</p>"), 3,
	    "... nor its address, number and welcome for tips");
	test_body_count(ZSTORY("<p>（市民如有疑问，可拨打服务热线：12345）</p>"), 4,
	    "... but a bracketed line naming a hotline and welcoming nobody stays");
	test_body_count(ZSTORY("<p>欢迎市民致电热线：12345 咨询报名事宜。</p>"), 4,
	    "... and so does a welcome with a number outside brackets");
}

#define KHEAD "<html><head><meta charset=\"utf-8\"><title>海岩市启动夜间市场试点</title></head>" \
	"<body><h1>海岩市启动夜间市场试点</h1><p>记者 朴成俊</p>"
#define K1 "<p>海岩市从本月8日起在市内12个传统市场启动“夜间市场”试点，参与试点的商户可将营业时间由晚7点延长至晚10点。</p>"
#define K2 "<p>市政府表示，试点期间将补贴市场的夜间照明和安保费用，并在周末安排街头演出，首期为期半年。</p>"
#define K3 "<p>外国居民可在市场入口的服务台领取中文、英文和越南文的市场地图。</p>"
#define KSTORY(last) KHEAD "<article>" K1 K2 K3 last "</article></body></html>"

static void
mail_sign_off(void)
{
	struct ctx c;

	test_story(&c, KSTORY("<p>朴成俊 记者 sjpark@donghae.test</p>"));
	tap_str(c.page->author, "朴成俊", "the byline names the reporter");
	tap_int((long)c.page->body.n, 3, "the reporter's name, role and address closing the text is a sign-off");
	test_doc_free(&c);
	test_body_count(KSTORY("<p>朴成俊 记者 联系邮箱 sjpark@donghae.test</p>"), 4,
	    "... but a line with words between the role and the address stays");
	test_body_count(KSTORY("<p>朴成俊 sjpark@donghae.test</p>"), 4,
	    "... and so does one naming no role");
}

#define HHEAD "<html><head><meta charset=\"utf-8\"><title>石灣苑巴士站上蓋下月動工</title></head><body><div class=\"main\">"
#define H1 "<p>石灣苑巴士總站加建上蓋工程將於四月中動工，預計需時八個月完成，居民多年來反映總站近一半候車位置沒有遮擋。</p>"
#define H2 "<p>負責跟進事件的區議員梁志豪表示，工程由路政署負責，完成後全條候車隊伍都會有上蓋覆蓋，並會加裝座椅及風扇。</p>"
#define H3 "<p>施工期間，部分巴士路線的上落客位置會臨時移往苑內的停車場出口，運輸署稍後會在總站張貼通告。</p>"
#define HSTORY(issue) HHEAD "<p class=\"issue\">" issue "</p><h1>石灣苑巴士站上蓋下月動工</h1>" H1 H2 H3 "</div></body></html>"

static void
issue_line(void)
{
	tap_int(is_date_alone("第 712 期 2025年3月15日"), 1, "an issue number before a date is the date alone");
	tap_int(is_date_alone("第712期 2025年3月15日"), 1, "... with no blank inside the number too");
	tap_int(is_date_alone("第712期培训班2025年3月15日开班"), 0, "... but a sentence running on from 期 is none");
	tap_int(is_date_alone("第 712 期"), 0, "... nor an issue number alone");
	test_body_count(HSTORY("第 712 期　2025年3月15日"), 3, "the issue line over the headline is no paragraph");
}

#define THEAD "<html><head><meta charset=\"utf-8\"><title>溪埔鄉端午節敬老禮金開始發放</title></head>" \
	"<body><h2>溪埔鄉端午節敬老禮金開始發放</h2>"
#define TSTORY(table) THEAD table "<div class=\"essay\">" \
	"<p>為照顧鄉內長者，溪埔鄉公所端午節敬老禮金自5月26日起開始發放，凡設籍本鄉滿一年、年滿65歲之長者，每人可領取禮金新臺幣1,000元。</p>" \
	"<p>禮金將由各村辦公處協助發放，長者可於5月26日至6月6日上班時間，攜帶身分證及印章至戶籍所在村辦公處領取。</p></div></body></html>"

static void
source_in_header_cell(void)
{
	struct ctx c;

	test_byline(&c, TSTORY("<table><tr><th>發布單位</th><td>社會課</td><th>發布日期</th><td>2025-05-20</td></tr></table>"));
	tap_str(c.page->source, "社會課", "a source's label in a header cell before its data cell needs no colon");
	test_doc_free(&c);
	test_byline(&c, TSTORY("<table><tr><td>發布單位</td><td>社會課</td></tr></table>"));
	tap_str(c.page->source, NULL, "... but one in a plain data cell still does");
	test_doc_free(&c);
	test_byline(&c, TSTORY("<table><tr><th>來源</th><th>日期</th></tr><tr><td>社會課</td><td>2025-05-20</td></tr></table>"));
	tap_str(c.page->source, NULL, "... nor is a header row's next header cell a value");
	test_doc_free(&c);
}

#define VHEAD "<html><head><meta charset=\"utf-8\"><title>第五郡平西街市将分三期翻新</title></head>" \
	"<body><div class=\"detail\"><h1>第五郡平西街市将分三期翻新</h1>"
#define VLEAD "<strong>第五郡人民委员会日前批准平西街市翻新方案，工程分三期进行，预计2027年全部完成。</strong></div>"
#define VTEXT "<div class=\"detail-content\">" \
	"<p>据第五郡人民委员会消息，平西街市翻新工程将于今年9月动工，首期先改造面向陈兴道街的南侧市场大楼。</p>" \
	"<p>郡人委会副主席阮文福表示，临时市场将设置遮雨棚、排水沟及消防设施，受影响的小商户可申请临时摊位。</p>" \
	"<p>平西街市建于上世纪二十年代，是第五郡历史最悠久的街市之一，目前有超过两千个摊位。</p></div></div></body></html>"

static void
sapo_lead(void)
{
	test_body_count(VHEAD "<div class=\"detail-sapo\">" VLEAD VTEXT, 4, "a lead classed sapo just above the text opens the body");
	test_body_count(VHEAD "<div class=\"detail-note\">" VLEAD VTEXT, 3, "... but a block of another class there does not");
}

#define RSTORY(h) ZHEAD "<div class=\"content\">" Z1 Z2 Z3 "</div><div class=\"box\"><h3>" h "</h3><ul>" \
	"<li><a href=\"/news/1.html\">新定街市增设电子支付</a></li><li><a href=\"/news/2.html\">第五郡更换两千盏节能路灯</a></li>" \
	"<li><a href=\"/news/3.html\">穗城会馆举行年度敬老会</a></li></ul></div></body></html>"

static void
other_news(void)
{
	tap_int(test_story_related(xasprintf(RSTORY("其他新闻"))), 3, "a list under 其他新闻 after the story is its related list");
	tap_int(test_story_related(xasprintf(RSTORY("其他"))), 0, "... but one under 其他 alone is not");
}

#define AHEAD "<html><head><meta charset=\"utf-8\"><title>石灣苑巴士站上蓋下月動工</title></head><body><table><tr>"
#define ASTORY(src) AHEAD "<td class=\"left\"><div><img src=\"" src "\" alt=\"仁心牙科\"></div></td>" \
	"<td class=\"main\"><h1>石灣苑巴士站上蓋下月動工</h1><p><img src=\"/photo/2025/bus.jpg\" alt=\"巴士總站\"></p>" H1 H2 H3 \
	"</td></tr></table></body></html>"

static void
ad_folder(void)
{
	tap_int(test_story_images(xasprintf(ASTORY("/ads/dentist.gif"))), 1, "a banner from the site's /ads/ folder is no story picture");
	tap_int(test_story_images(xasprintf(ASTORY("/upload/ad/dentist.gif"))), 1, "... nor one from /upload/ad/");
	tap_int(test_story_images(xasprintf(ASTORY("/adelaide/dentist.gif"))), 2, "... but a folder merely starting so is none");
	tap_int(test_story_images(xasprintf(ASTORY("/ads/dentist.gif\"><span>1950年代的牙科廣告</span><img src=\"/x.gif"))), 3,
	    "... nor is a picture with words beside it in its box");
}

int
main(void)
{
	closing_report_mark();
	bracketed_phone_ask();
	mail_sign_off();
	issue_line();
	source_in_header_cell();
	sapo_lead();
	other_news();
	ad_folder();
	return tap_done();
}
