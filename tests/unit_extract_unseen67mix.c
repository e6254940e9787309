/* unit_extract_unseen67mix: the kinds of layout the sixty-seventh mixed
 * blind round (unseen67mix-*) found wanting: a Macau daily's 【本報消息】
 * dateline, an old table layout's picture table with its caption row, a
 * forum's poster card (the name, a <br>, the member's rank), a forum
 * post's date line with its bracketed change note, a forum's « 上一個主題
 * | 下一個主題 » redirects, and a forum's 類似的主題… table of one thread
 * a row under a head row of <td>s. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>

#include "extract.h"
#include "extract_editline.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define P1 "<p>街坊會前日聯同消防局在區內三幢大廈舉行防火及疏散演習，逾百名居民參與，整個過程約八分鐘完成。</p>"
#define P2 "<p>街坊會理事長表示，區內不少大廈樓齡超過四十年，部分沒有自動灑水系統，住戶以長者居多。</p>"
#define P3 "<p>消防局代表指出，市民使用電暖爐時應與易燃物品保持至少一米距離，離家或睡覺前要關掉電源。</p>"

/* (1) 【本報消息】 opening the text credits the paper <title> names */
#define DAILY(open) "<html><head><title>蓮溪日報 - 大廈防火演習 逾百居民參與</title></head><body>" \
	"<h1>大廈防火演習 逾百居民參與</h1><div class=\"text\"><p>" open "街坊會前日聯同消防局在區內三幢" \
	"大廈舉行防火及疏散演習，逾百名居民參與，整個過程約八分鐘完成。</p>" P2 P3 "</div></body></html>"

static void
own_news_dateline(void)
{
	struct page *p = test_page_of(DAILY("【本報消息】"), "http://epaper.example/content_1.htm");

	tap_str(p->source, "蓮溪日報", "【本報消息】 opening the text: the paper <title> names is the source");
	page_free(p);
	p = test_page_of(DAILY("【社區消息】"), "http://epaper.example/content_1.htm");
	tap_str(p->source, NULL, "... a 【社區消息】 credits no paper (near miss)");
	page_free(p);
}

/* (2) a picture table's caption row is the picture's, no line */
#define PICTABLE(row2) "<html><head><title>防火演習</title></head><body><h1>大廈防火演習 逾百居民參與</h1>" \
	"<table><tr><td>" "<table><tr><td><img src=\"/images/res02_attpic.jpg\"></td></tr>" \
	"<tr><td class=\"note\">" row2 "</td></tr></table>" \
	"<div id=\"ozoom\">" P1 P2 P3 "</div></td></tr></table></body></html>"
#define PICSTORY "<html><head><title>防火演習</title></head><body><h1>大廈防火演習 逾百居民參與</h1>" \
	"<table><tr><td><img src=\"/images/res02_attpic.jpg\"></td></tr>" \
	"<tr><td>" P1 P2 P3 "</td></tr></table></body></html>"

static void
picture_table_caption(void)
{
	test_page_body_is(PICTABLE("居民在消防員指導下沿後樓梯疏散"), "http://epaper.example/c.htm", 3,
	    "街坊會前日聯同消防局在區內三幢大廈舉行防火及疏散演習，逾百名居民參與，整個過程約八分鐘完成。",
	    NULL, "a picture table's caption row over the text: no line of the story");
	test_page_body_is(PICSTORY, "http://epaper.example/c.htm", 3,
	    "街坊會前日聯同消防局在區內三幢大廈舉行防火及疏散演習，逾百名居民參與，整個過程約八分鐘完成。",
	    NULL, "... the story itself in the row under its picture stays (near miss)");
}

/* (3) a forum's poster card: the name, then <br> and the member's rank */
#define CARD(inner) "<html><head><title>大掃除招募志工</title></head><body><h1>大掃除招募志工</h1>" \
	"<div class=\"post\"><div class=\"post_author\"><div class=\"author_information\">" inner \
	"</div></div><div class=\"post_body\">" P1 P2 P3 "</div></div></body></html>"

static void
poster_card_first_line(void)
{
	test_author_is(CARD("<strong><a href=\"member.php?uid=58\">鄭雅雯</a></strong><br />"
	    "<span class=\"smalltext\">里辦公處幹事<br /></span>"), "鄭雅雯",
	    "a poster card marked as the author's: the name, not the rank under its <br>");
	test_author_is(CARD("<strong><a href=\"member.php?uid=58\">鄭雅雯</a></strong>"), "鄭雅雯",
	    "... a card of the name alone gives it (near miss)");
}

/* (4) a post's date line with its bracketed change note */
#define POSTED(head) "<html><head><title>大掃除招募志工</title></head><body><h1>大掃除招募志工</h1>" \
	"<div class=\"post_content\"><div class=\"post_head\"><span class=\"post_date\">" head "</span></div>" \
	"<div class=\"post_body\">" P1 P2 P3 "</div></div></body></html>"

static void
dated_change_note(void)
{
	tap_int(is_dated_edit_line("2026-11-28, 09:14 PM (這篇文章最後修改於: 2026-11-29, 08:02 AM 由 鄭雅雯.)"), 1,
	    "a post's date with its change note is the post's head");
	tap_int(is_dated_edit_line("2026-11-28, 09:14 PM (This post was last modified: 2026-11-29, 08:02 AM by Amy.)"), 1,
	    "... in English too");
	tap_int(is_dated_edit_line("2026-11-28（星期六）晴，清晨到河堤邊走了一圈"), 0,
	    "... a diary's date with its weather is a line (near miss)");
	test_page_body_is(POSTED("2026-11-28, 09:14 PM (這篇文章最後修改於: 2026-11-29, 08:02 AM 由 鄭雅雯.)"),
	    "https://bbs.example/showthread.php?tid=7", 3,
	    "街坊會前日聯同消防局在區內三幢大廈舉行防火及疏散演習，逾百名居民參與，整個過程約八分鐘完成。", NULL,
	    "... so the post's body opens on its text");
}

/* (5) « 上一個主題 | 下一個主題 »: redirects naming no thread */
static void
forum_thread_redirects(void)
{
	test_nav_is("<html><body><div>" P1 "</div><div><strong>&laquo; <a href=\"showthread.php?tid=7&amp;action=nextoldest\">"
	    "上一個主題</a> | <a href=\"showthread.php?tid=7&amp;action=nextnewest\">下一個主題</a> &raquo;</strong>"
	    "</div></body></html>", NULL, NULL, "a forum's 上一個主題 / 下一個主題 alone name no thread");
	test_nav_is("<html><body><div>" P1 "</div><div><p>上一個主題：<a href=\"showthread.php?tid=6\">社區菜園開放認養</a></p>"
	    "<p>下一個主題：<a href=\"showthread.php?tid=8\">巷口路燈已修復</a></p></div></body></html>",
	    "社區菜園開放認養", "巷口路燈已修復", "... a label over a thread's title keeps it (near miss)");
}

/* (6) 類似的主題…: a table of one thread a row under a head row of <td>s */
#define ROW(id, title) "<tr><td class=\"trow1\"><a href=\"showthread.php?tid=" id "\">" title "</a></td>" \
	"<td class=\"trow1\"><a href=\"member.php?action=profile&amp;uid=5\">阿弘伯</a></td>" \
	"<td class=\"trow1\"><a href=\"javascript:MyBB.whoPosted(" id ");\">6</a></td><td class=\"trow1\">311</td>" \
	"<td class=\"trow1\"><span class=\"smalltext\">2026-10-17, 06:40 PM<br /><a href=\"showthread.php?tid=" id \
	"&amp;action=lastpost\">最後發表</a>: <a href=\"member.php?action=profile&amp;uid=9\">小葵</a></span></td></tr>"
#define LIKE_THREADS "<html><head><title>大掃除招募志工</title></head><body><h1>大掃除招募志工</h1>" \
	"<div class=\"post_body\">" P1 P2 P3 "</div><table class=\"tborder\"><tr><td class=\"thead\" colspan=\"5\">" \
	"<strong>類似的主題…</strong></td></tr><tr><td class=\"tcat\">主題</td><td class=\"tcat\">作者</td>" \
	"<td class=\"tcat\">回覆</td><td class=\"tcat\">檢視</td><td class=\"tcat\">最後發表</td></tr>" \
	ROW("1994", "溪濱步道路燈故障，已通報區公所") ROW("1931", "中秋節社區聯歡晚會照片分享") \
	ROW("1902", "社區活動中心冷氣更換完成") "</table></body></html>"
#define LIKE_LIST "<html><head><title>大掃除招募志工</title></head><body><h1>大掃除招募志工</h1>" \
	"<div class=\"post_body\">" P1 P2 P3 "</div><div class=\"box\"><h3>相關文章</h3><ul>" \
	"<li><a href=\"/a/1994.html\">溪濱步道路燈故障，已通報區公所</a></li>" \
	"<li><a href=\"/a/1931.html\">中秋節社區聯歡晚會照片分享</a></li></ul></div></body></html>"

static void
like_threads_table(void)
{
	test_page_related_count(LIKE_THREADS, "https://bbs.example/showthread.php?tid=2087", 3,
	    "類似的主題… over a head row of <td>s and a thread a row: every row's thread");
	test_page_related_count(LIKE_LIST, "https://bbs.example/a/2087.html", 2,
	    "... a list of links under its heading reads as before (near miss)");
}

int
main(void)
{
	own_news_dateline();
	picture_table_caption();
	poster_card_first_line();
	dated_change_note();
	forum_thread_redirects();
	like_threads_table();
	return tap_done();
}
