/* unit_extract_unseen42mix: the kinds of layout the forty-second mixed
 * blind round (unseen42mix-*) found wanting: an old FrontPage page's
 * headline set in a large <font> with no h1; a page builder's (Squarespace)
 * last text block of the story below a picture block, before a
 * newsletter's form. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define FP_HEAD "<html><head><meta charset=\"utf-8\"><title>会馆通告－清明节集体祭祖</title></head><body>" \
	"<p align=\"center\"><font size=\"2\">[ <a href=\"/\">首页</a> ] [ <a href=\"/about.htm\">会馆简介</a> ] " \
	"[ 会馆通告 ]</font></p><table><tr><td valign=\"top\">"
#define FP_TEXT "<p align=\"center\"><font size=\"2\">发布日期：2026年3月5日</font></p>" \
	"<p><font size=\"3\">　　一年一度的清明节即将来临。为缅怀先人、弘扬中华传统美德，本会馆定于2026年4月5日上午九时，" \
	"在路易港华人义山举行集体祭祖活动，诚邀各位乡亲届时参加。</font></p>" \
	"<p><font size=\"3\">　　一、集合时间及地点：当日上午八时三十分在会馆门前集合，会馆备有旅游巴士接送，往返免费。</font></p>" \
	"<p><font size=\"3\">　　二、报名办法：请于3月28日前致电会馆办事处或亲临会馆登记，并注明乘车人数。</font></p>" \
	"</td></tr></table></body></html>"

static void
big_font_headline(void)
{
	test_title_is(FP_HEAD "<p align=\"center\"><b><font size=\"5\" color=\"#990000\">关于举办2026年清明节"
	    "集体祭祖活动的通告</font></b></p>" FP_TEXT, "关于举办2026年清明节集体祭祖活动的通告",
	    "a large <font>, its paragraph's whole line, is the headline of a page with no h1");
	test_title_is(FP_HEAD "<p align=\"center\"><font size=\"+2\"><b>关于举办2026年清明节"
	    "集体祭祖活动的通告</b></font></p>" FP_TEXT, "关于举办2026年清明节集体祭祖活动的通告",
	    "... and so is one of a relative size (+2) around its bold text");
	test_title_is(FP_HEAD "<p align=\"center\">本会馆谨此通告各位乡亲：<font size=\"5\">关于举办2026年清明节"
	    "集体祭祖活动的通告</font></p>" FP_TEXT, "会馆通告－清明节集体祭祖",
	    "... a large <font> inside a line of other text is no headline");
	test_title_is(FP_HEAD "<p align=\"center\"><b><font size=\"3\">关于举办2026年清明节"
	    "集体祭祖活动的通告</font></b></p>" FP_TEXT, "会馆通告－清明节集体祭祖",
	    "... nor is a line in the text's own size");
}

#define SQ_HEAD "<html><head><meta charset=\"utf-8\"><title>苏瓦华人社区举办春节联欢晚会</title></head><body>" \
	"<h1>苏瓦华人社区举办春节联欢晚会</h1><div class=\"col\">"
#define SQ_TEXT(ps) "<div class=\"sqs-block html-block\"><div class=\"sqs-block-content\"><div " \
	"class=\"sqs-html-content\">" ps "</div></div></div>"
#define SQ_P1 "<p>2月17日晚，斐济华人联谊会在苏瓦市政厅举办春节联欢晚会，侨胞、当地居民和各界来宾六百余人欢聚一堂，共庆农历新年。</p>"
#define SQ_P2 "<p>晚会节目丰富多彩。除舞狮和民乐合奏外，中文学校的学生表演了诗朗诵，本地舞蹈团也献上了传统舞蹈，赢得阵阵掌声。</p>"
#define SQ_P3 "<p>联谊会会长在致辞中感谢各方对华人社区的支持。他说，华人在斐济生活已有一百多年，春节已成为苏瓦多元文化的一部分。</p>"
#define SQ_P4 "<p>晚会最后进行了抽奖，头奖为往返广州的机票一张。</p>"
#define SQ_IMG "<div class=\"sqs-block image-block\"><div class=\"sqs-block-content\"><figure><img " \
	"src=\"https://images.example/poem.jpg\" width=\"800\" height=\"533\"><figcaption><p>学生在台上朗诵古诗。</p>" \
	"</figcaption></figure></div></div>"
#define SQ_FORM "<div class=\"sqs-block newsletter-block\"><div class=\"sqs-block-content\"><form><h2>订阅联谊会通讯</h2>" \
	"<input type=\"email\"><button>订阅</button></form></div></div>"
#define SQ_END "</div></body></html>"

static void
text_past_picture(void)
{
	test_body_count(SQ_HEAD SQ_TEXT(SQ_P1) SQ_IMG SQ_TEXT(SQ_P2 SQ_P3) SQ_IMG SQ_TEXT(SQ_P4) SQ_FORM SQ_END, 4,
	    "a text block of the story's template below a picture block carries the story on");
	test_body_count(SQ_HEAD SQ_TEXT(SQ_P1) SQ_IMG SQ_TEXT(SQ_P2 SQ_P3) SQ_IMG SQ_FORM SQ_TEXT(SQ_P4) SQ_END, 3,
	    "... not past another block (a newsletter's form) after the picture");
}

int
main(void)
{
	big_font_headline();
	text_past_picture();
	return tap_done();
}
