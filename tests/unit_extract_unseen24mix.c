/* unit_extract_unseen24mix: the kinds of layout the twenty-fourth mixed
 * blind round (unseen24mix-*) found wanting: a Chinese weekly abroad's
 * time line with the weekday as Taiwan prints it, 2025年5月3日(週六)
 * 下午3:20; its reporter's line of its own under the headline with no
 * brackets, 記者李美華／奧克蘭報導; a Japanese city's Chinese page with its
 * page number (页面ID：2317), its 更新日 and a note that the page is a
 * translation (本页面由…翻译) over the text; a county council's page whose
 * <title> and DC.Title name only the section, as the side menu's heading
 * does; a community paper's table row of the lead picture over a caption
 * that opens on its alt text of five ideographs. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD(t) "<html><head><meta charset=\"utf-8\"><title>" t "</title></head><body>"
#define WTITLE "奧克蘭華埠夜間巡邏隊擴編 商家盼治安改善"
#define WTEXT "<div class=\"article-body\"><p>奧克蘭華埠社區夜間巡邏隊本月起擴編，隊員由原本的二十人增加到四十人，" \
	"巡邏時間也延長至晚上11時。</p><p>巡邏隊召集人黃志遠表示，巡邏隊成立三年來，主要在晚間陪同長者及店員步行到" \
	"停車場或公車站。</p><p>奧克蘭市警局華埠聯絡官表示，警方歡迎社區參與，但提醒巡邏隊員遇到衝突時應立即報警。</p>" \
	"</div></body></html>"
#define WSTORY(by) HEAD(WTITLE " - 灣區僑聲週報") "<article><h1>" WTITLE "</h1><div class=\"byline\">" by "</div>" WTEXT

static void
weekday_zhou(void)
{
	test_published_is(WSTORY("<span>2025年5月3日(週六) 下午3:20</span>"), "2025-05-03T15:20",
	    "a weekday as 週六 in brackets stands between the date and its time");
	test_published_is(WSTORY("<span>2025年5月3日（週日）09:05</span>"), "2025-05-03T09:05",
	    "... in full-width brackets too");
	test_published_is(WSTORY("<span>2025年5月3日(週六)</span>"), "2025-05-03",
	    "but with no time after it the date stays a day");
	test_published_is(WSTORY("<span>2025年5月3日 週報 第12期</span>"), "2025-05-03",
	    "... and a word opening on 週 that is no weekday gives no time");
}

static void
slashed_reporter(void)
{
	test_author_is(WSTORY("<span>記者李美華／奧克蘭報導</span>"), "李美華",
	    "a reporter's line 記者NAME／PLACE報導 with no brackets names the author");
	test_author_is(WSTORY("<span>記者李美華、陳志明／舊金山報導</span> <span>2025年5月3日</span>"), "李美華 陳志明",
	    "... two reporters apart by 、, a date after it");
	tap_int(dateline_credit("記者李美華／奧克蘭報導指出，巡邏隊本月起擴編。") == NULL, 1,
	    "but a sentence going on past 報導 names none");
	tap_int(dateline_credit("記者會／奧克蘭市政府") == NULL, 1, "... nor a line with no 報導 after the place");
}

#define JHEAD "<html><head><title>垃圾分类规则将于7月起变更｜樱川市</title></head><body><div id=\"tmp_contents\">" \
	"<h1>垃圾分类规则将于7月起变更</h1>"
#define JTEXT "<p>樱川市将从2025年7月1日起变更家庭垃圾的分类规则，塑料容器和包装改为每周回收一次。</p>" \
	"<p>新规则实施后，塑料容器和包装请在回收日早上8点半之前洗净后放到指定的垃圾站。</p>" \
	"<p>市政府将于6月在各社区会馆举办说明会，并提供中文分类手册。</p></div></body></html>"
#define JSTORY(lines) JHEAD lines JTEXT

static void
chinese_site_notes(void)
{
	test_body_count(JSTORY("<p>页面ID：2317</p>"), 3, "a Chinese page's number in the site over its text is no body");
	test_body_count(JSTORY("<p>頁面編號：2317</p>"), 3, "... 頁面編號 too");
	test_body_count(JSTORY("<p>更新日：2025年5月3日</p>"), 3, "a line of 更新日 and its date is no body");
	test_body_count(JSTORY("<p>本页面由樱川市国际交流科翻译。</p>"), 3,
	    "a note that the page is a translation is no body");
	tap_int(is_site_note("页面ID：2317 列出了回收日"), 0, "but a line running on past the number stays");
	tap_int(is_site_note("本页面介绍樱川市的垃圾分类规则。"), 0, "... and so does one of a page naming no translation");
	tap_int(is_site_note("本市的分类手册已翻译成四种语言。"), 0, "... and a story's sentence on a translation");
	test_body_count(JSTORY("<p>更新日程将于下月公布，请居民留意回收日的变化。</p>"), 4,
	    "... and a sentence opening on 更新日 stays");
}

#define CHEAD(dc) "<html><head><meta charset=\"utf-8\"><title>議會新聞-溪雲縣議會</title>" dc "</head><body>" \
	"<aside class=\"leftmenu\"><h2>議會新聞</h2><ul><li><a href=\"/n1\">新聞稿</a></li></ul></aside>" \
	"<div class=\"content\"><h2 class=\"news_title\">縣議會審查竹溪鄉堤防預算 要求汛期前完工</h2>"
#define CTEXT "<div class=\"cp\"><p>溪雲縣議會第5次定期大會3日進行第二讀會，審查竹溪鄉北岸堤防加高工程追加預算。</p>" \
	"<p>縣府水利處長在會中報告，北岸堤防全長約1.8公里，工程已於今年2月動工。</p>" \
	"<p>議長裁示，追加預算照案通過，但請縣府每月向議會提出進度報告。</p></div></div></body></html>"

static void
side_menu_section(void)
{
	test_title_is(CHEAD("") CTEXT, "縣議會審查竹溪鄉堤防預算 要求汛期前完工",
	    "a side menu's heading that <title> names as the section yields to the heading above the story");
	test_title_is(CHEAD("<meta name=\"DC.Title\" content=\"議會新聞\">") CTEXT,
	    "縣議會審查竹溪鄉堤防預算 要求汛期前完工", "... and so does the DC.Title naming that section");
	test_title_is("<html><head><meta charset=\"utf-8\"><title>議會新聞-溪雲縣議會</title></head><body>"
	    "<div class=\"content\"><h2>議會新聞</h2><h3 class=\"news_title\">縣議會審查竹溪鄉堤防預算 要求汛期前完工</h3>"
	    CTEXT, "議會新聞", "but a section heading outside any side menu is left as it was");
}

#define HTEXT "<tr><td class=\"newscontent\">　　石角邨商場業主日前向租戶發信，表示商場將於明年初進行翻新工程。<br><br>" \
	"　　在商場經營士多超過二十年的陳太表示，業主只承諾翻新後會優先洽談續租。<br><br>" \
	"　　區議員梁淑貞表示，商場是邨內唯一的購物地點，不少長者依賴商場內的街市和藥房。<br><br></td></tr>" \
	"</table></body></html>"
#define HSTORY(alt, cap) "<html><head><meta charset=\"utf-8\"><title>石角邨商場翻新</title></head><body><table>" \
	"<tr><td class=\"newstitle\"><b>石角邨商場翻新　小商戶憂加租被迫遷出</b></td></tr>" \
	"<tr><td class=\"newspic\"><img src=\"/upload/mall.jpg\" width=\"560\" alt=\"" alt "\"><br><font>" cap \
	"</font></td></tr>" HTEXT

static void
short_cjk_alt(void)
{
	tap_int(test_story_images(xstrdup(HSTORY("石角邨商場", "石角邨商場預計明年初動工翻新。"))), 1,
	    "a row of the lead picture over a caption opening on its alt of five ideographs is the story's");
	tap_int(test_story_images(xstrdup(HSTORY("陳美玲", "陳美玲在商場經營士多二十年。"))), 0,
	    "but an alt of a name's three ideographs makes no caption of the line");
}

int
main(void)
{
	weekday_zhou();
	slashed_reporter();
	chinese_site_notes();
	side_menu_section();
	short_cjk_alt();
	return tap_done();
}
