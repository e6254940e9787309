/* unit_extract_unseen28zh: the kinds of layout the twenty-eighth Chinese
 * blind round (unseen28zh-*) found wanting, all of mainland regional
 * sites: a city 文化馆's 讲座回顾, a report of a talk in a lecture series,
 * with a 主讲人简介 box (the speaker's portrait and posts) set after the
 * text, and the series' earlier talks listed under 往期讲座 after the
 * story. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_words.h"
#include "page.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "http://unit.test/html/jzhg/2026/1122/3315.html"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>“岭南古城的千年文脉”公益讲座回顾</title></head><body>" \
	"<h2>“岭南古城的千年文脉”公益讲座回顾</h2><div class=\"info\">时间:2026-11-22 15:08 来源:韶州市文化馆</div>"
#define P1 "<p>11月21日下午，由市文化馆主办的“文脉讲堂”第十二期公益讲座在馆内多功能厅举行，120余名市民到场聆听。</p>"
#define P2 "<p>讲座结合出土的城砖铭文和地方志记载，梳理了古城从唐代州治到明清府城的发展脉络，不少听众拿出手机拍照留念。</p>"
#define PIC "<p><img src=\"/uploads/jzxc.jpg\" alt=\"讲座现场\"></p>"
#define P3 "<p>据了解，“文脉讲堂”自2025年开办以来，已邀请文史、非遗、美术等领域专家学者开讲12期，累计服务群众2000余人次。</p>"
#define FIRST "11月21日下午，由市文化馆主办的“文脉讲堂”第十二期公益讲座在馆内多功能厅举行，120余名市民到场聆听。"
#define LAST "据了解，“文脉讲堂”自2025年开办以来，已邀请文史、非遗、美术等领域专家学者开讲12期，累计服务群众2000余人次。"
#define BOX(head) "<div class=\"zjr-box\"><h4>" head "</h4><img src=\"/uploads/lin.jpg\" alt=\"林景澄\">" \
	"<p>林景澄，韶南学院历史文化学院教授，省地方志学会理事，长期从事岭南地方史研究。</p></div>"
#define PAGE(box, tail) HEAD "<div class=\"content\">" P1 P2 PIC P3 box "</div>" tail "</body></html>"
#define KIN(head) "<div class=\"xgjz\"><div class=\"xgjz-t\"><strong>" head "</strong></div><ul>" \
	"<li><a href=\"/html/jzhg/2026/1025/3287.html\">“非遗里的年味”公益讲座回顾</a><span>2026-10-25</span></li>" \
	"<li><a href=\"/html/jzhg/2026/0927/3251.html\">“走进粤剧”公益讲座回顾</a><span>2026-09-27</span></li></ul></div>"

static void
speaker_boxes(void)
{
	struct page *p;

	test_page_body_is(PAGE(BOX("主讲人简介"), ""), PAGE_URL, 3, FIRST, LAST,
	    "a 主讲人简介 box after a talk's report, the speaker's posts, is no story text");
	p = test_page_of(PAGE(BOX("主讲人简介"), ""), PAGE_URL);
	tap_int((long)p->nimages, 1, "... and the speaker's portrait in it no picture of the story");
	page_free(p);
	test_page_body_is(PAGE(BOX("主讲人寄语"), ""), PAGE_URL, 5, FIRST,
	    "林景澄，韶南学院历史文化学院教授，省地方志学会理事，长期从事岭南地方史研究。",
	    "... a box of the speaker's message (主讲人寄语) stays the story's");
}

static void
earlier_talks(void)
{
	tap_int(is_related_heading("往期讲座"), 1, "往期讲座 heads a lecture series' earlier talks");
	tap_int(is_related_heading("往期專版"), 0, "... 往期 and another noun (a paper's earlier pages) heads none");
	test_page_related_count(PAGE("", KIN("往期讲座")), PAGE_URL, 2,
	    "the talks listed under 往期讲座 after the report are its kin");
	test_page_body_is(PAGE("<p>往期讲座的录像可在本馆微信公众号回看。</p>", ""), PAGE_URL, 4, FIRST,
	    "往期讲座的录像可在本馆微信公众号回看。", "... a story's line opening so, no list under it, stays the story's");
}

int
main(void)
{
	speaker_boxes();
	earlier_talks();
	return tap_done();
}
