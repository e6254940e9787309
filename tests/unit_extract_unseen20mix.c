/* unit_extract_unseen20mix: the kinds of layout the twentieth mixed
 * blind round (unseen20mix-*) found wanting: a US Chinese daily's related
 * list dated in the American order (03/28/2025); a Vietnamese province's
 * English page closing its text with "Edited by: NAME"; a Hong Kong
 * district paper setting its photographer's line (攝影：NAME) under an
 * in-text picture; the same Vietnamese page signing its writer's name
 * alone in bold under the text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

static void
month_first_dates(void)
{
	test_gives(item_date, "華埠夜市五月回歸 03/28/2025", "03/28/2025",
	    "a related item's date ending in its year keeps the year");
	test_gives(item_date, "Fishermen trained in sea rescue skills (27/03/2025)", "27/03/2025",
	    "... the day first too");
	test_gives(item_date, "新菜市场工程进入收尾 2024-04-0558", "2024-04-05",
	    "but a year-first date run into a count still ends at its day");
	test_gives(item_date, "2025/03/02", "2025/03/02", "... and a year-first date stays whole");
}

static char *
editor_of(const char *s)
{
	return find_labelled(s, editor_labels);
}

static void
edited_by(void)
{
	test_gives(editor_of, "Edited by: Pham Minh Khoa", "Pham Minh Khoa",
	    "Edited by: NAME names the editor");
	tap_int(is_meta_line("Edited by: Pham Minh Khoa"), 1, "... and is a byline's line, no body");
	test_gives(editor_of, "The guide was edited by volunteers from the district's library.", NULL,
	    "but a sentence saying edited by names no editor");
}

#define HHEAD "<html><head><meta charset=\"utf-8\"><title>屯門河畔單車徑加建遮蓋</title></head><body>" \
	"<h1>屯門河畔單車徑加建遮蓋</h1><div class=\"news_content\">" \
	"<p>【本報訊】屯門河畔單車徑一段長約八百米的路段將加建遮蓋，工程預計下月展開，為期約九個月。</p>" \
	"<p>土木工程拓展署早前向區議會提交文件，指遮蓋將採用輕鋼結構，並於三個位置設置休息處。</p>"
#define HTAIL "<p>署方回覆指，會研究在遮蓋結構上加裝照明，並會在施工期間安排臨時改道。</p></div></body></html>"

static void
photographer_lines(void)
{
	test_body_count(HHEAD "<p>攝影：鄧志明</p>" HTAIL, 3,
	    "a photographer's line of its own under a picture is no body");
	test_body_count(HHEAD "<p>摄影：李文杰</p>" HTAIL, 3, "... 摄影 too");
	tap_int(is_meta_line("攝影：鄧志明"), 1, "... a byline's line");
	tap_int(is_meta_line("旧巴士总站空地将成为夜市新址。（摄影：李文杰）"), 0,
	    "but a caption ending in its photographer's credit is none");
	tap_int(is_meta_line("攝影展覽：本月在屯門大會堂舉行，展出逾百幅作品"), 0,
	    "... nor a line opening on a word that starts with 攝影");
}

#define VHEAD "<html><head><meta charset=\"utf-8\"><title>Ha Lam coastal villages get new storm shelters</title>" \
	"</head><body><h3>Ha Lam coastal villages get new storm shelters</h3><div class=\"journal-content-article\">" \
	"<p>Four new storm shelters in Ha Lam district's coastal communes were handed over to local authorities on " \
	"April 14, giving about 3,600 residents a safe place to stay during typhoons.</p>" \
	"<p>Each building has three storeys, with the ground floor raised 1.5 metres above the highest flood mark " \
	"recorded in 2020, and will serve as a kindergarten in normal times.</p>" \
	"<p>The district will hold evacuation drills at all four shelters before June, when the rainy season usually " \
	"begins in the central region.</p>"
#define VSTORY(tail) VHEAD tail "</div></body></html>"

static void
signed_names(void)
{
	test_author_is(VSTORY("<p style=\"text-align: right;\"><strong>Le Thu Ha</strong></p>"), "Le Thu Ha",
	    "a writer's name signed alone in bold under the text is the author");
	test_body_count(VSTORY("<p style=\"text-align: right;\"><strong>Le Thu Ha</strong></p>"), 3,
	    "... and no body");
	test_author_is(VSTORY("<p style=\"text-align: right;\"><strong>Le Thu Ha</strong></p>"
	    "<p>Edited by: Pham Minh Khoa</p>"), "Le Thu Ha", "... above the editor's line too");
	test_author_is(VSTORY("<p><strong>Drills before June</strong></p>"), NULL,
	    "but a bold subhead of a lower-case word is no name");
	test_author_is(VSTORY("<p><strong>Tran Quoc Bao</strong> thanked the donors.</p>"), NULL,
	    "... nor a bold name opening a sentence");
	test_body_count(VSTORY("<p><strong>Hai Son Commune</strong></p><p>The commune's shelter opens first.</p>"), 5,
	    "... and a bold line with text after it stays in the body");
}

/* A portal's English edition heads its box of other items "Other news",
 * as its Vietnamese pages say Tin khác and Chinese ones 其他新闻.  A
 * sentence opening on the words, and a longer heading, head nothing. */
#define OTHER_NEWS(heading) VHEAD "</div><div class=\"other-news\"><div class=\"other-news-title\">" heading "</div><ul>" \
	"<li><a href=\"/web/english/news/society/-/content/quang-lam-upgrades-sea-dykes\">Quang Lam upgrades sea dykes in three " \
	"districts</a> <span class=\"date\">(08/04/2025)</span></li><li><a href=\"/web/english/news/society/-/content/" \
	"fishermen-trained-in-sea-rescue\">Fishermen trained in sea rescue skills</a> <span class=\"date\">(27/03/2025)</span>" \
	"</li></ul></div></body></html>"

static void
other_news_box(void)
{
	tap_int(test_story_related(xstrdup(OTHER_NEWS("Other news"))), 2,
	    "an Other news box after the story is its related list");
	tap_int(test_story_related(xstrdup(OTHER_NEWS("OTHER NEWS"))), 2, "... in capitals too");
	tap_int(test_story_related(xstrdup(OTHER_NEWS("Other news outlets reported the storm's damage."))), 0,
	    "but a sentence opening on the words heads nothing");
	tap_int(test_story_related(xstrdup(OTHER_NEWS("Other newsletters"))), 0, "... nor does a longer word");
}

int
main(void)
{
	month_first_dates();
	edited_by();
	photographer_lines();
	signed_names();
	other_news_box();
	return tap_done();
}
