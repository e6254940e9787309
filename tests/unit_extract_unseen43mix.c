/* unit_extract_unseen43mix: the kinds of layout the forty-third mixed
 * blind round (unseen43mix-*) found wanting: XOOPS's "發表者: NAME" naming
 * the writer; an old table site's "&nbsp;其他消息"
 * heading a related list with a no-break space before it; Hugo
 * PaperMod's pager, "« 上一頁" and "下一頁 »" over the linked title;
 * XOOPS's item title, "TOPIC: TITLE". */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>圍爐</title></head><body>"
#define H1 "<h1>寒冬送暖愛心圍爐 百餘長者提早過好年</h1>"
#define P1 "<p>雙林社區發展協會於一月十七日上午在社區活動中心舉辦圍爐活動，為轄內獨居長者及弱勢家庭" \
	"準備年菜與生活物資，共有一百二十多位長者與志工參加。</p>"
#define P2 "<p>今年的年菜由社區媽媽教室的十二位志工從前一天下午開始準備，菜色有佛跳牆、白斬雞、" \
	"滷豬腳與八寶飯，志工們一邊備料一邊說笑。</p>"
#define P3 "<p>協會理事長林秋月致詞時表示，社區裡有不少長者子女在外地工作，過年時難免冷清，希望" \
	"藉由圍爐活動讓大家提早感受年節的溫暖。</p>"
#define TEXT "<div class=\"itemText\">" P1 P2 P3 "</div>"

static void
poster_labels(void)
{
	test_author_is(HEAD H1 "<div class=\"itemInfo\"><span class=\"itemPoster\">發表者: <a href=\"/u?uid=3\">"
	    "黃美惠</a></span> <span>於 2026/01/18 10:23:45</span></div>" TEXT "</body></html>", "黃美惠",
	    "XOOPS's \"發表者: NAME\" names the writer");
	test_author_is(HEAD H1 "<div class=\"itemInfo\"><span>於 2026/01/18 10:23:45</span></div>" TEXT
	    "<p>本屆論文發表者共有十二人，分別來自五所大學。</p></body></html>", NULL,
	    "... a line of the story holding the word with no colon names none");
}

#define PF_URL "http://www.tahiti-huaqiao.example/news/news_detail.php?id=238"
#define ROWS "<tr><td><a href=\"news_detail.php?id=236\">本會舉行第四十八屆理監事就職典禮</a></td><td>2026-01-10</td></tr>" \
	"<tr><td><a href=\"news_detail.php?id=234\">中文班冬季班結業禮暨成績優異獎頒獎</a></td><td>2025-12-20</td></tr>" \
	"<tr><td><a href=\"news_detail.php?id=231\">僑胞捐款賑濟離島風災災民</a></td><td>2025-11-29</td></tr>"
#define TABLE(head) HEAD "<table><tr><td><font size=\"4\"><b>本會舉行新春團拜</b></font></td></tr>" \
	"<tr><td>" P1 P2 P3 "</td></tr><tr><td bgcolor=\"#F5EBD7\"><font size=\"2\"><b>" head "</b></font></td></tr>" \
	"<tr><td><table>" ROWS "</table></td></tr></table></body></html>"

static void
nbsp_other_news(void)
{
	test_page_related_count(TABLE("&nbsp;其他消息"), PF_URL, 3,
	    "\"&nbsp;其他消息\" heads the related list, the no-break space no bar");
	test_page_related_count(TABLE("&nbsp;其他消息來源"), PF_URL, 0,
	    "... \"&nbsp;其他消息來源\", no heading of the kind, heads none");
}

#define PAGINAV(prev, next) HEAD H1 "<div class=\"post-content\">" P1 P2 P3 "</div><nav class=\"paginav\">" \
	"<a class=\"prev\" href=\"/posts/agm-notice/\">" prev "</a>" \
	"<a class=\"next\" href=\"/posts/new-year-relay/\">" next "</a></nav></body></html>"

static void
papermod_pager(void)
{
	test_nav_is(PAGINAV("<span class=\"title\">« 上一頁</span><br><span>2026年度會員大會通告</span>",
	    "<span class=\"title\">下一頁 »</span><br><span>新春接力賽報名開始</span>"),
	    "2026年度會員大會通告", "新春接力賽報名開始",
	    "PaperMod's \"« 上一頁\" and \"下一頁 »\" over the title name the stories");
	test_nav_is(PAGINAV("<span class=\"title\">« Prev</span><br><span>AGM notice</span>",
	    "<span class=\"title\">Next »</span><br><span>New year relay</span>"),
	    "AGM notice", "New year relay", "... and its English \"« Prev\", \"Next »\"");
	test_nav_is(PAGINAV("« 上一頁", "下一頁 »"), NULL, NULL,
	    "... a list's pager, the word alone in its link, names no story");
	/* mended at the merge: Readability's tumblr page lost "Older" */
	test_nav_is(HEAD H1 "<div class=\"post-content\">" P1 P2 P3 "</div><div id=\"permalinks\">"
	    "<a href=\"/post/102\" title=\"Newer Posts\">Newer</a><a href=\"/post/89\" title=\"Older Posts\">"
	    "Older</a></div></body></html>", "Older Posts", "Newer Posts",
	    "... a blog's Older / Newer link keeps its whole title, \"Older Posts\"");
}

#define XOOPS(tag, head) "<html><head><meta charset=\"utf-8\"><title>" tag "</title></head><body>" \
	"<div class=\"item\"><div class=\"itemHead\"><span class=\"itemTitle\"><a href=\"/news/?topic=1\">" \
	head "</span></div><div class=\"itemText\">" P1 P2 P3 "</div></div></body></html>"

static void
topic_label(void)
{
	test_title_is(XOOPS("雙林社區發展協會 - 最新消息 - 寒冬送暖愛心圍爐 百餘長者提早過好年",
	    "社區活動</a>: 寒冬送暖愛心圍爐 百餘長者提早過好年"), "寒冬送暖愛心圍爐 百餘長者提早過好年",
	    "XOOPS's \"TOPIC: TITLE\", <title> holding the title alone: the title");
	test_title_is(XOOPS("雙林社區發展協會 - 最新消息 - 寒冬送暖愛心圍爐 百餘長者提早過好年",
	    "雙林村</a>：寒冬送暖愛心圍爐 百餘長者提早過好年"), "雙林村：寒冬送暖愛心圍爐 百餘長者提早過好年",
	    "... a headline's own wide colon after a place stays");
}

/* A post's title before the writer's name in a byline's field (撰文：教務
 * 主任 周佩玲) is no name (mended at the merge: extract_names.c desk_len,
 * extract_fieldwords.c post_titles); a report's label opening a field of
 * a line of them names its writer (extract_names.c field_label_names). */
static void
post_title_name(void)
{
	test_author_is(HEAD H1 "<p>發佈日期：2026年1月24日　撰文：教務主任 周佩玲</p>" P1 P2 P3 "</body></html>", "周佩玲",
	    "a post's title before the writer's name is no name of its own");
	test_author_is(HEAD H1 "<p>作者：记者 方知远 通讯员 黄小禾</p>" P1 P2 P3 "</body></html>", "方知远 黄小禾",
	    "... two names with roles between them stay two names");
	test_author_is(HEAD H1 "<p>作者：张主任</p>" P1 P2 P3 "</body></html>", "张主任",
	    "... a name written with its title, no blank, stays whole");
	test_author_is(HEAD H1 "<div class=\"news-meta\"><span>2026-01-25 14:32</span>　<span>活动报道</span>　"
	    "<span>报道：秘书处 郑雅雯</span>　<span>浏览 186</span></div>" P1 P2 P3 "</body></html>", "郑雅雯",
	    "报道： opening a field of a line of fields, after a blank, names the writer past the secretariat");
	test_author_is(HEAD H1 "<div class=\"news-meta\"><span>2026-01-25 14:32</span>　<span>相关报道：侨社新春"
	    "团拜</span></div>" P1 P2 P3 "</body></html>", NULL, "... 相关报道： inside a word names no one");
}

#define SEC(x) "<section class=\"yaqOZd\"><div><div class=\"tyJCtd\">" x "</div></div></section>"
#define SIGNED(close) HEAD H1 SEC(P1 P2) SEC(P3) SEC("<p style=\"text-align:right\">" close "</p>") \
	SEC("<a href=\"/forms/1\"><p>志工登記表</p></a><a href=\"/news/\"><p>返回學校公告</p></a>") "</body></html>"

/* A notice written as a letter, signed "OFFICE 敬啟" in a page builder's
 * block of its own, a block of buttons after it: the signature is the
 * story's (mended at the merge: extract_samerun.c signed_close). */
static void
letter_signature(void)
{
	test_page_body_is(SIGNED("楓林中文學校 教務處 敬啟"), "https://sl.test/news/1", 4, NULL,
	    "楓林中文學校 教務處 敬啟", "a letter's signature in a block of its own closes the story");
	test_page_body_is(SIGNED("最後更新：2026年1月24日"), "https://sl.test/news/1", 3, NULL, NULL,
	    "... another short line there stays out, as before");
}

int
main(void)
{
	topic_label();
	poster_labels();
	nbsp_other_news();
	papermod_pager();
	post_title_name();
	letter_signature();
	return tap_done();
}
