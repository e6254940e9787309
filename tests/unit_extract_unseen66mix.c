/* unit_extract_unseen66mix: the kinds of layout the sixty-sixth mixed
 * blind round (unseen66mix-*) found wanting: an overseas Chinese daily's
 * story closed by the reporter's credit alone ("报道：NAME"), and a
 * writer's closing sentence that opens on a pager's word ("下一篇打算
 * 写……。"), a photo blog's date printed only as the post's permalink
 * under it, and a rights notice classed "authority". */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>

#include "extract.h"
#include "extract_ownline.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define URL "https://news.unit.test/difang/2026/11/30/7341826"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>老巴刹拆建拖三年</title></head><body>"
#define P1 "<p>（山城30日讯）山城老巴刹拆建工程一拖再拖，原本应在两年前完工的新巴刹至今仍未启用，近百名小贩希望明年中搬回老地方。</p>"
#define P2 "<p>老巴刹建于1960年代，三年前拆除重建，小贩们被安排到火车站附近的临时巴刹营业，生意比以前少了一半。</p>"
#define P3 "<p>小贩公会主席表示欢迎市议会的新时间表，但希望这次能说到做到，不想再听到延期的消息。</p>"
#define STORY(tail) HEAD "<article><h1>老巴刹拆建拖三年 小贩盼明年中迁回</h1>" \
	"<div class=\"meta\">2026-11-30 19:42</div><div class=\"article-content\">" P1 P2 P3 tail \
	"</div></article></body></html>"

static void
report_credit_closing_the_story(void)
{
	test_page_body_is(STORY("<p>报道：许家荣</p>"), URL, 3, NULL,
	    "小贩公会主席表示欢迎市议会的新时间表，但希望这次能说到做到，不想再听到延期的消息。",
	    "a story closed by \"报道：NAME\" alone: the credit is no line");
	test_page_body_is(STORY("<p>报道：许家荣　摄影：陈志明</p>"), URL, 3, NULL, NULL,
	    "... nor with the photographer's credit after it");
	tap_int(is_report_credit("报道：许家荣", "许家荣"), 1, "\"报道：NAME\" with NAME the author is the credit");
	/* near misses: the line runs on, or names someone else */
	tap_int(is_report_credit("报道：许家荣称，工程将在明年完工。", "许家荣"), 0,
	    "... a line running on after the name is a sentence");
	tap_int(is_report_credit("报道：陈国伟", "许家荣"), 0, "... a credit naming another is left alone");
	test_page_body_is(STORY("<p>据报道：市议会已要求承包商加快进度。</p>"), URL, 4, NULL,
	    "据报道：市议会已要求承包商加快进度。", "... 据报道： opening a sentence stays a line");
}

#define BLOG(last) HEAD "<article><h1>从驿站到县城：一座县城的九百年小史</h1>" \
	"<div class=\"meta\">2026年11月30日 18:05</div><div class=\"article-holder\">" P1 P2 P3 last \
	"</div></article></body></html>"

static void
pager_word_opening_a_sentence(void)
{
	test_page_body_is(BLOG("<p>下一篇打算写城里的几座老祠堂，资料还在整理，大概月底更新。</p>"), URL, 4, NULL,
	    "下一篇打算写城里的几座老祠堂，资料还在整理，大概月底更新。",
	    "a closing sentence opening on 下一篇 is the story's last line");
	test_page_body_is(BLOG("<p>上一篇写到的城墙，后来又有读者提供了新的线索！</p>"), URL, 4, NULL, NULL,
	    "... and one opening on 上一篇 too");
	/* near miss: a pager's line ends the story */
	test_page_body_is(BLOG("<p>下一篇：没有了</p><p>读者来信选登，请寄编辑部。</p>"), URL, 3, NULL, NULL,
	    "... a pager's \"下一篇：没有了\" still ends the story");
}

#define PHOTO_URL "https://someone.blog.test/post/2f9c1e83_2b8a4d71c"
#define PHOTO(href) HEAD "<div class=\"g-hd\"><h1><a href=\"/\">阿渡的胶片</a></h1></div>" \
	"<div class=\"m-post\"><div class=\"pic\"><img src=\"https://img.blog.test/a.jpg\"></div>" \
	"<div class=\"text\">" P1 P2 P3 "</div><div class=\"info\"><a class=\"date\" href=\"" href "\">2026-11-30</a> " \
	"<a class=\"hot\" href=\"" PHOTO_URL "#comment\">热度(128)</a></div></div></body></html>"

static void
permalink_date_under_a_post(void)
{
	struct page *p = test_page_of(PHOTO(PHOTO_URL), PHOTO_URL);

	tap_str(p->published, "2026-11-30", "a post's date linked to the post itself under its text is its date");
	page_free(p);
	/* near misses: the date links elsewhere, or to a comment on the page */
	p = test_page_of(PHOTO("https://someone.blog.test/post/2f9c1e83_2b8a3f5e0"), PHOTO_URL);
	tap_str(p->published, NULL, "... a date linking to another post is no date of this one");
	page_free(p);
	p = test_page_of(PHOTO(PHOTO_URL "#comment-3"), PHOTO_URL);
	tap_str(p->published, NULL, "... nor one linking to a comment on the page");
	page_free(p);
}

#define NOTICE(cls) HEAD "<article><h1>从驿站到县城：一座县城的九百年小史</h1><div class=\"meta\">2026年11月30日 18:05</div>" \
	"<div class=\"article-holder\">" P1 P2 P3 "</div><p class=\"" cls "\">本文禁止转载或摘编</p></article></body></html>"

static void
rights_notice_classed_authority(void)
{
	struct page *p = test_page_of(NOTICE("authority"), URL);

	tap_str(p->author, NULL, "a rights notice classed \"authority\" names no author");
	page_free(p);
	/* near miss: a class holding a plain "author" still marks the author */
	p = test_page_of(HEAD "<article><h1>从驿站到县城：一座县城的九百年小史</h1><div class=\"meta\">"
	    "<span class=\"post-author\">陈立</span> 2026年11月30日 18:05</div><div class=\"article-holder\">"
	    P1 P2 P3 "</div></article></body></html>", URL);
	tap_str(p->author, "陈立", "... a span classed post-author still names the author");
	page_free(p);
}

int
main(void)
{
	report_credit_closing_the_story();
	pager_word_opening_a_sentence();
	permalink_date_under_a_post();
	rights_notice_classed_authority();
	return tap_done();
}
