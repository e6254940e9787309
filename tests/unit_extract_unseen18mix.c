/* unit_extract_unseen18mix: the kinds of layout the eighteenth mixed
 * blind round (unseen18mix-*) found wanting: an English city portal's
 * byline line of spans run together (Source: Beihe Daily Updated:
 * 2025-03-14 10:32), its Updated the only date under the headline while
 * a caption in the text names the day before; a county government's
 * release set out as a field table (標　　題 | the headline, 內容 | the
 * text, 相片 | the pictures); a community site's line of the story's
 * makers atop the text (文／NAME　图／会馆提供). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

static void
updated_ends_value(void)
{
	test_gives(label_value, "Beihe Daily Updated: 2025-03-14 10:32", "Beihe Daily",
	    "an Updated: label ends a source's value run on from its span");
	test_gives(label_value, "Beihe Daily Published: 2025-03-14", "Beihe Daily", "... and so does Published:");
	test_gives(label_value, "Updated Weekly Review", "Updated Weekly Review",
	    "... but Updated with no colon is a word of the value");
}

#define EHEAD(meta) "<html><head><meta charset=\"utf-8\"><title>Beihe opens second freight lane</title>" meta \
	"</head><body><h1>Beihe opens second freight lane</h1>"
#define EINFO(date) "<div class=\"info\"><span>Source: Beihe Daily</span> <span>" date "</span></div>"
#define ECAP "<div class=\"con\"><p>Trucks wait to cross the river bridge in Beihe, March 13, 2025.</p>"
#define ETEXT "<p>Beihe, a border city in Northeast China, opened a second freight lane on its bridge on Thursday, " \
	"doubling the number of trucks that can cross each day.</p>" \
	"<p>The new lane, built over the past eight months, can handle up to 600 trucks a day, the port office said.</p>" \
	"<p>Freight across the bridge reached 1.2 million tonnes last year, up 18 percent from 2023.</p></div></body></html>"

static void
agreed_update(void)
{
	test_published_is(EHEAD("<meta name=\"PubDate\" content=\"2025-03-14 10:32\">") EINFO("Updated: 2025-03-14 10:32")
	    ECAP ETEXT, "2025-03-14T10:32", "an Updated date under the headline naming the meta's day beats a caption's date");
	test_published_is(EHEAD("<meta name=\"PubDate\" content=\"2025-03-13 18:00\">") EINFO("Updated: 2025-03-14 10:32")
	    ECAP ETEXT, "2025-03-13T18:00",
	    "... but not when the meta names another day than the Updated one");
	test_published_is(EHEAD("") EINFO("Updated: 2025-03-14 10:32") ECAP ETEXT, "2025-03-13",
	    "... nor with no meta date to agree with");
}

#define THEAD "<html><head><meta charset=\"utf-8\"><title>澄溪縣政府全球資訊網-縣政新聞</title></head><body>" \
	"<div class=\"menu\"><div>縣政新聞</div><a href=\"/a\">新聞稿</a> <a href=\"/b\">縣長行程</a></div><table class=\"detail\">"
#define TROW(label, value) "<tr><th>" label "</th><td>" value "</td></tr>"
#define TTEXT "<tr><th>內　　容</th><td class=\"article\">澄溪縣政府興建的溪口濕地木棧步道今（14）日完工啟用，全長一點六公里，沿途設置三座賞鳥亭。<br><br>" \
	"縣長許明德表示，溪口濕地每年冬季都有超過三百隻黑面琵鷺前來度冬，步道完工後可更近距離認識濕地生態。<br><br>" \
	"農業處說明，步道採架高設計，不影響潮間帶的水文，賞鳥亭也加裝單向觀察窗，夜間禁止進入。<br><br></td></tr>"
#define TPHOTO(label) "<tr><th>" label "</th><td><div><a href=\"/up/01.jpg\"><img src=\"/up/s_01.jpg\" alt=\"縣長剪綵\" width=\"220\"></a>" \
	"<br>縣長剪綵</div><div><a href=\"/up/02.jpg\"><img src=\"/up/s_02.jpg\" alt=\"賞鳥亭\" width=\"220\"></a><br>賞鳥亭</div></td></tr>"
#define TSTORY(label, photo) THEAD TROW(label, "<b>澄溪溪口濕地步道完工 黑面琵鷺季開放賞鳥</b>") TROW("發布單位", "農業處") \
	TROW("發布日期", "中華民國114年3月14日") TTEXT photo "</table></body></html>"

static void
field_table(void)
{
	test_title_is(TSTORY("標　　題", ""), "澄溪溪口濕地步道完工 黑面琵鷺季開放賞鳥",
	    "a field table's 標題 cell names the headline in the next cell");
	test_title_is(TSTORY("标题：", ""), "澄溪溪口濕地步道完工 黑面琵鷺季開放賞鳥", "... 标题： with its colon too");
	test_title_is(TSTORY("標　　籤", ""), "澄溪縣政府全球資訊網", "... but another label's next cell is no headline");
	tap_int(test_story_images(xasprintf(TSTORY("標　　題", TPHOTO("相　　片")))), 2,
	    "the pictures beside a 相片 label in the row after the text's are the story's");
	tap_int(test_story_images(xasprintf(TSTORY("標　　題", TPHOTO("新聞照片：")))), 2, "... 新聞照片： too");
	tap_int(test_story_images(xasprintf(TSTORY("標　　題", TPHOTO("相關連結")))), 0,
	    "... but pictures beside another label are not");
}

#define MHEAD "<html><head><meta charset=\"utf-8\"><title>会馆春季敬老午宴 三百位乐龄会员欢聚一堂</title></head><body>" \
	"<h1>会馆春季敬老午宴 三百位乐龄会员欢聚一堂</h1><div class=\"content\">"
#define M1 "<p>新加坡霞坪同乡会3月9日中午在会馆大礼堂举办一年一度的春季敬老午宴，三百多位乐龄会员及家属出席，场面温馨热闹。</p>"
#define M2 "<p>会长颜国华致词时说，会馆成立至今九十八年，乡亲们一路守望相助，敬老尊贤是会馆最重要的传统之一。</p>"
#define M3 "<p>会馆秘书处表示，今年下半年将开办乐龄电脑班和健康讲座，欢迎会员报名参加。</p>"
#define MSTORY(first) MHEAD "<p>" first "</p>" M1 M2 M3 "</div></body></html>"

static void
makers(void)
{
	test_body_count(MSTORY("文／林秀珍　图／会馆提供"), 3, "the writer and the photographer's credits atop the text are no body");
	test_body_count(MSTORY("文／林秀珍　摄影／陈大文"), 3, "... 摄影／NAME too");
	test_body_count(MSTORY("文／林秀珍　图／会馆提供的照片显示，会长致词"), 4,
	    "... but a line running on past the maker stays");
	tap_int(makers_line("文／林秀珍 图／会馆提供", "陈大文"), 0, "... and so does one crediting another writer than the author");
}

int
main(void)
{
	updated_ends_value();
	agreed_update();
	field_table();
	makers();
	return tap_done();
}
