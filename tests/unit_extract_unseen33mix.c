/* unit_extract_unseen33mix: the kinds of layout the thirty-third mixed
 * blind round (unseen33mix-*) found wanting: WordPress's default theme
 * (Twenty Twenty-One) in Chinese, whose post navigation puts the label
 * "上一篇文章" / "下一篇文章" in the link above the title; a reposting
 * site's 更多来自「ACCOUNT」 list of the account's other articles. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>游园会</title></head><body>"
#define H1 "<h1>贝尔瓦勒华人协会招募春节游园会志愿者</h1>"
#define P1 "<p>贝尔瓦勒华人协会日前宣布，今年的春节游园会将于2月15日在市立体育馆举行，现面向社会招募约六十名志愿者。</p>"
#define P2 "<p>协会秘书长说，往年游园会的观众以华人家庭为主，近两年来参加的法国市民越来越多，不少人在摊位前排队。</p>"
#define P3 "<p>报名的志愿者须年满十六岁，未成年人须有家长签字同意，协会将在2月1日和8日举办两次培训。</p>"
#define PAGER(prev, next) HEAD H1 "<article><div class=\"entry-content\">" P1 P2 P3 "</div></article>" \
	"<nav class=\"navigation post-navigation\" aria-label=\"文章\"><div class=\"nav-links\">" \
	"<div class=\"nav-previous\"><a href=\"/2026/01/07/juridique/\" rel=\"prev\">" prev "</a></div>" \
	"<div class=\"nav-next\"><a href=\"/2026/01/13/bus/\" rel=\"next\">" next "</a></div>" \
	"</div></nav></body></html>"

/* The whole of extraction on html: the titles of its previous and next
 * story (the pager's label is read against the story found). */
static void
page_nav_is(const char *html, const char *prev, const char *next, const char *what)
{
	struct page *p = test_page_of(html, TEST_URL);
	char *w = xasprintf("%s (next)", what);

	tap_str(p->prev ? p->prev->title : NULL, prev, what);
	tap_str(p->next ? p->next->title : NULL, next, w);
	free(w);
	page_free(p);
}

static void
wp_default_pager(void)
{
	page_nav_is(PAGER("<p class=\"meta-nav\"><svg class=\"svg-icon\" aria-hidden=\"true\" viewBox=\"0 0 24 24\"><path d=\"M20 13v-2H8l4-4z\"></path></svg>上一篇文章</p><p class=\"post-title\">协会每月提供免费法律咨询</p>",
	    "<p class=\"meta-nav\">下一篇文章<svg class=\"svg-icon\" aria-hidden=\"true\" viewBox=\"0 0 24 24\"><path d=\"m4 13v-2h12z\"></path></svg></p><p class=\"post-title\">7路公交车改道</p>"),
	    "协会每月提供免费法律咨询", "7路公交车改道",
	    "the default theme's \"上一篇文章\" over the title is its label, not \"文章\" of a title");
	page_nav_is(PAGER("上一篇：文章写作比赛结果揭晓", "下一篇：文章作者见面会"),
	    "文章写作比赛结果揭晓", "文章作者见面会",
	    "... a title after \"上一篇：\" opening on 文章 keeps it");
}

#define MORE(heading) HEAD H1 "<div class=\"art-body\">" P1 P2 P3 "</div><div class=\"more\"><h3>" heading \
	"</h3><ul><li><a href=\"/article/2026/0103/58101.html\">海尔登堡大学中国学生学者联谊会换届</a>" \
	"<span>2026年1月3日</span></li><li><a href=\"/article/2025/1222/57884.html\">在德国带娃看病，这些事" \
	"要提前知道</a><span>2025年12月22日</span></li><li><a href=\"/article/2025/1215/57720.html\">海尔登堡" \
	"圣诞市场里的中国摊位</a><span>2025年12月15日</span></li></ul></div></body></html>"

static void
more_from_account(void)
{
	tap_int(is_related_heading("更多来自「莱茵华人圈」"), 1,
	    "更多来自「ACCOUNT」 heads the account's other articles, as More from NAME does");
	tap_int(is_related_heading("更多来自国内外的游客在春节期间涌入海尔登堡的老城区参观"), 0,
	    "... a sentence opening 更多来自 heads nothing");
	tap_int(is_related_heading("更多来自"), 0, "... nor do the words with no name after them");
	test_page_related_count(MORE("更多来自「莱茵华人圈」"), TEST_URL, 3,
	    "the list under 更多来自「ACCOUNT」 is the story's related");
	test_page_related_count(MORE("海尔登堡新闻一览"), TEST_URL, 0,
	    "... a list under another heading stays no related list");
}

int
main(void)
{
	wp_default_pager();
	more_from_account();
	return tap_done();
}
