/* unit_extract_unseen40mix: the kinds of layout the fortieth mixed blind
 * round (unseen40mix-*) found wanting: an old table layout's side column
 * (a Hong Kong owners' corporation's newsletter) whose menu heading
 * (p.lefttitle 法團通訊) <title> holds beside the story's cell; a
 * WordPress theme's featured picture (img.wp-post-image) in a block of
 * its own over the headline (Astra's div.post-thumb-img-content); a
 * section's kicker (專題報道) over the headline in the story's cell. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_papercredit.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define P1 "<p>翠峰苑業主立案法團去年八月展開的升降機更換工程，已於二月中完成第三座兩部升降機的安裝及測試，" \
	"並在本月十六日取得機電工程署發出的使用許可證。</p>"
#define P2 "<p>是次工程涉及屋苑三座共六部升降機，總開支約一千四百二十萬元，由業主按業權份數分攤，" \
	"部分款項獲市區重建局資助。</p>"
#define P3 "<p>法團提醒住戶，新升降機啟用初期如發現任何異常情況，應立即按動緊急鐘或通知管理處，" \
	"切勿強行撬開升降機門。</p>"
#define SIDE "<td class=\"leftcol\"><table><tr><td><a href=\"/a.htm\">主頁</a></td></tr>" \
	"<tr><td><a href=\"/b.htm\">法團簡介</a></td></tr></table><p class=\"lefttitle\">法團通訊</p>" \
	"<table><tr><td><a href=\"/i42.htm\">第四十二期</a></td></tr></table>" \
	"<p class=\"lefttitle\">管理處辦公時間</p><p>星期一至五：上午九時至晚上七時</p></td>"
#define TABLE(head) "<html><head><meta charset=\"utf-8\"><title>翠峰苑業主立案法團 - 法團通訊第四十二期 - " \
	"第三座升降機工程完成</title></head><body><table><tr>" SIDE "<td class=\"maincol\"><table><tr>" \
	"<td class=\"article\">" head P1 P2 P3 "</td></tr></table></td></tr></table></body></html>"

#define TOPROW(head) "<html><head><meta charset=\"utf-8\"><title>翠峰苑業主立案法團 - 法團通訊第四十二期 - " \
	"第三座升降機工程完成</title></head><body><table><tr>" SIDE "</tr><tr><td class=\"maincol\"><table><tr>" \
	"<td class=\"article\">" head P1 P2 P3 "</td></tr></table></td></tr></table></body></html>"

static void
side_cell_heading(void)
{
	test_title_is(TABLE("<p class=\"headline\"><b>第三座升降機更換工程完成 下月恢復雙機運作</b></p>"),
	    "第三座升降機更換工程完成 下月恢復雙機運作",
	    "a side column's menu heading that <title> holds is no headline beside the story's own");
	test_title_is(TOPROW("<p class=\"headline\"><b>第三座升降機更換工程完成 下月恢復雙機運作</b></p>"),
	    "法團通訊第四十二期",
	    "... a menu heading in a row of its own above the story's is no side column's: it stays");
}

#define WP(thumb) "<html><head><meta charset=\"utf-8\"><title>河岸清潔日 &#8211; 悉尼華報</title></head><body>" \
	"<div id=\"primary\"><nav class=\"breadcrumbs\"><a href=\"/\">首頁</a> <a href=\"/c/\">社區新聞</a></nav>" \
	"<main><article><div class=\"single-layout-1\"><header class=\"entry-header\"><div class=\"post-thumb\">" \
	thumb "</div><h1 class=\"entry-title\">河岸清潔日</h1><div class=\"entry-meta\">作者 " \
	"<a href=\"/author/z/\">周曉梅</a> / 2026年3月8日 / <a href=\"/c/\">社區新聞</a></div></header>" \
	"<div class=\"entry-content\">" P1 P2 P3 "</div><footer class=\"entry-footer\">標籤：<a href=\"/t/1\">" \
	"義工</a>, <a href=\"/t/2\">環保</a></footer></div></article></main></div></body></html>"

static void
featured_picture(void)
{
	tap_int(test_story_images(xstrdup(WP("<img src=\"/up/river-1024x576.jpg\" "
	    "class=\"attachment-large size-large wp-post-image\" alt=\"義工們在河畔合影\">"))), 1,
	    "a featured picture (wp-post-image) alone in its block over the headline is the cover");
	tap_int(test_story_images(xstrdup(WP("<img src=\"/up/banner.jpg\" class=\"attachment-large\" "
	    "alt=\"橫幅\">"))), 0,
	    "... a picture of no such class there stays out");
	tap_int(test_story_images(xstrdup(WP("<img src=\"/up/river.jpg\" class=\"wp-post-image\" "
	    "alt=\"\"><img src=\"/up/two.jpg\" class=\"wp-post-image\" alt=\"\">"))), 0,
	    "... nor do two of them, a row of teasers' thumbnails");
}

#define P1_TEXT "翠峰苑業主立案法團去年八月展開的升降機更換工程，已於二月中完成第三座兩部升降機的安裝及測試，" \
	"並在本月十六日取得機電工程署發出的使用許可證。"
#define P3_TEXT "法團提醒住戶，新升降機啟用初期如發現任何異常情況，應立即按動緊急鐘或通知管理處，" \
	"切勿強行撬開升降機門。"
#define KICKER "<p class=\"section\"><font color=\"#996600\">專題報道</font></p>"

/* The story's own cell of an old layout holds the headline, the byline
 * and the text alike: a kicker over the headline is a label, and the
 * cell is no table of the story's (extract_join.c story_text_start). */
static void
kicker_over_headline(void)
{
	struct page *p = test_page_of(TABLE(KICKER "<p class=\"headline\"><b>第三座升降機更換工程完成 "
	    "下月恢復雙機運作</b></p><p class=\"date\">2026年2月18日</p>"), "https://oc.test/nl/42.htm");
	int kicker = 0;

	for (size_t i = 0; i < p->body.n; i++)
		kicker |= strcmp(p->body.v[i], "專題報道") == 0;
	tap_int(kicker, 0, "a section's kicker over the headline in the story's cell, a dated line under "
	    "it, is no line of the story");
	tap_int((long)p->body.n > 0 && strcmp(p->body.v[p->body.n - 1], P3_TEXT) == 0, 1,
	    "... and the story is there to its end");
	page_free(p);
	test_page_body_is(TABLE(KICKER "<p class=\"headline\"><b>第三座升降機更換工程完成 下月恢復雙機運作</b></p>"),
	    "https://oc.test/nl/42.htm", 3, P1_TEXT, NULL,
	    "... as one right over the text");
	test_page_body_is("<html><head><meta charset=\"utf-8\"><title>Ferry timetable</title></head><body>"
	    "<article><p>Harbour notes</p><h1>Ferry timetable</h1><p>The ferry to Gull Island will run every "
	    "hour from Monday, the harbour board said, after the winter timetable ends.</p><p>Tickets will "
	    "cost the same as last year, and the first boat leaves the quay at seven.</p></article></body></html>",
	    "https://harbour.test/news/ferry", 2, "The ferry to Gull Island will run every hour from Monday, "
	    "the harbour board said, after the winter timetable ends.", NULL,
	    "... and so is one over an <h1> headline in the story's block");
	test_page_body_is("<html><head><meta charset=\"utf-8\"><title>Boats every hour from Monday</title>"
	    "<meta property=\"og:title\" content=\"Boats every hour from Monday\"></head><body>"
	    "<article><p>Harbour notes</p><h1>Ferry timetable</h1><p>The ferry to Gull Island will run every "
	    "hour from Monday, the harbour board said, after the winter timetable ends.</p><p>Tickets will "
	    "cost the same as last year, and the first boat leaves the quay at seven.</p></article></body></html>",
	    "https://harbour.test/news/ferry", 4, "Harbour notes", NULL,
	    "... but over a heading the title was not taken from, the lines stay as the page prints them");
}

/* "文：ROLE NAME　DATE" opening the story: the writer, a role set apart
 * before the name dropped (extract_papercredit.c dated_writer). */
static void
dated_writer_line(void)
{
	test_gives(writer_pair_name, "文：區嘉敏　　2026年2月18日", "區嘉敏",
	    "a writer's field closed by the line's date names the writer");
	test_gives(writer_pair_name, "文：法團秘書 區嘉敏　　2026年2月18日", "區嘉敏",
	    "... past a role set apart before the name");
	test_gives(writer_pair_name, "文：法團秘書 區嘉敏", NULL,
	    "... but a role and a name with no date after them are no such field");
	test_gives(writer_pair_name, "文：區嘉敏整理 2026年2月18日", NULL,
	    "... nor is a name run on into words");
	tap_int(is_paper_credit("文：法團秘書 區嘉敏　　2026年2月18日"), 1,
	    "... and the line is no line of the story");
}

#define ISSUE(head) "<html><head><meta charset=\"utf-8\"><title>法團通訊</title></head><body><div class=\"article\">" \
	"<h1>第三座升降機更換工程完成</h1>" P1 P2 P3 "<p class=\"othertitle\"><b>" head "</b></p><ul>" \
	"<li><a href=\"/nl/42-agm.htm\">四月業主大會議程預告</a></li><li><a href=\"/nl/42-cny.htm\">新春盆菜宴 " \
	"三百住戶共聚</a></li><li><a href=\"/nl/42-sec.htm\">保安公司合約續期 月費維持不變</a></li></ul></div></body></html>"

/* A newsletter's other articles of the same issue are the story's kin. */
static void
issue_others(void)
{
	test_page_related_count(ISSUE("本期其他文章"), "https://oc.test/nl/42-lift.htm", 3,
	    "本期其他文章 heads the issue's other articles, a related list");
	test_page_related_count(ISSUE("法團通訊"), "https://oc.test/nl/42-lift.htm", 0,
	    "... the newsletter's name over the same list heads none");
}

int
main(void)
{
	side_cell_heading();
	featured_picture();
	kicker_over_headline();
	dated_writer_line();
	issue_others();
	return tap_done();
}
