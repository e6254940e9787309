/* unit_extract_unseen65mix: the kinds of layout the sixty-fifth mixed
 * blind round (unseen65mix-*) found wanting: an old forum's lazy loader
 * (a bare original= beside its loading.gif); a thread's 楼主：NAME over the
 * first post; a reposting platform's "NAME 声明：…不意味着赞同其观点"
 * under the text; a column platform's rights line whose class holds
 * "author" (authority); its tags as a list of words with no links; the
 * writer's card taken for a related list of one; a note's date stamp
 * under its text with the poster's region ("2026-12-01 重庆"). */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>百家宴</title></head><body>"
#define P1 "<p>上周六是镇上第三届冬至百家宴，老街从桥头到祠堂封了一整天，摆了两百多张桌子，来了三千多人。</p>"
#define P2 "<p>各家各户自己做一两个拿手菜端出来，摆到一起大家随便吃，今年报名的有四百一十多户，比去年多。</p>"
#define P3 "<p>下午祠堂前面的空地上还有舞狮和山歌，镇中学的学生排了一个快板，讲的是老街这些年的变化。</p>"
#define P4 "<p>傍晚五点多老街就扫干净了，桌椅是各村自己带来又自己搬回去的，剩菜分装送到了老人家里。</p>"
#define URL "https://bbs.example.test/post-1.html"

/* the first picture of the page test_page_of gives, its src or NULL */
static void
first_image_is(const char *html, const char *want, const char *what)
{
	struct page *p = test_page_of(html, URL);

	tap_str(p->nimages > 0 ? p->images[0].src : NULL, want, what);
	page_free(p);
}

#define PIC(attrs) HEAD "<h1>冬至百家宴</h1><div class=\"bbs-content\">" P1 P2 \
	"<img " attrs "><br>" P3 P4 "</div></body></html>"

static void
bare_original_behind_loading_gif(void)
{
	first_image_is(PIC("original=\"http://img.example.test/p/m/3128.jpg\" "
	    "src=\"http://static.example.test/img/imgloading.gif\""),
	    "http://img.example.test/p/m/3128.jpg",
	    "a forum's lazy picture: original= behind a loading.gif src is the picture");
	first_image_is(PIC("original=\"http://img.example.test/p/m/big.jpg\" "
	    "src=\"http://img.example.test/p/m/small.jpg\""),
	    "http://img.example.test/p/m/small.jpg",
	    "... a picture in src wins over original=");
}

#define THREAD(host, reply) HEAD "<h1>说说镇上的冬至百家宴</h1><div class=\"atl-info\">" host \
	"<span>时间：2026-11-30 21:14:08</span></div><div class=\"host-item\"><div class=\"bbs-content\">" \
	P1 P2 P3 P4 "</div></div><div class=\"atl-item\"><div class=\"atl-info\"><span>作者：" \
	"<a href=\"/u/2\">江城小徐</a></span></div><div class=\"bbs-content\">" reply "</div></div></body></html>"

static void
thread_starter_label(void)
{
	struct page *p = test_page_of(THREAD("<span>楼主：<a href=\"/u/1\">梅岭挑夫</a></span>",
	    "看饿了，有没有大图？"), URL);

	tap_str(p->author, "梅岭挑夫", "a thread's 楼主：NAME over the first post is its author");
	page_free(p);
	p = test_page_of(THREAD("<span>楼主推荐</span>", "引用楼主：桥头第一桌是镇敬老院的老人"), URL);
	tap_ok(p->author == NULL || strcmp(p->author, "桥头第一桌是镇敬老院的老人") != 0,
	    "... a reply's 引用楼主： quote names no author");
	page_free(p);
}

#define REPOST(note) HEAD "<h1>返乡青年带火山村柑橘直播</h1><div class=\"article\" id=\"article\">" \
	P1 P2 P3 P4 "<p>" note "</p></div></body></html>"

static void
platform_statement(void)
{
	test_page_body_is(REPOST("新浪看点 声明：新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。"),
	    URL, 4, NULL, "傍晚五点多老街就扫干净了，桌椅是各村自己带来又自己搬回去的，剩菜分装送到了老人家里。",
	    "a platform's \"NAME 声明：…并不意味着赞同其观点\" under the text is no line");
	test_page_body_is(REPOST("村委会声明：百家宴的桌椅由各村自带，剩菜分装送到行动不便的老人家里。"),
	    URL, 5, NULL, "村委会声明：百家宴的桌椅由各村自带，剩菜分装送到行动不便的老人家里。",
	    "... a 声明 that says nothing of views stays a line");
}

#define COLUMN(mark) HEAD "<h1>走一遍上河街</h1><div class=\"article-holder\">" P1 P2 P3 P4 "</div>" \
	"<p class=\"original\">本文为我原创</p><p class=\"" mark "\">本文禁止转载或摘编</p></body></html>"

static void
authority_is_no_author(void)
{
	struct page *p = test_page_of(COLUMN("authority"), URL);

	tap_ok(p->author == NULL, "a rights line of class=\"authority\" names no author");
	page_free(p);
	p = test_page_of(COLUMN("author"), URL);
	tap_str(p->author, "本文禁止转载或摘编", "... a line of class=\"author\" is still read as marked");
	page_free(p);
}

#define TAGLIST(items) HEAD "<h1>走一遍上河街</h1><div class=\"article-holder\">" P1 P2 P3 P4 "</div>" \
	"<ul class=\"tag-container\">" items "</ul></body></html>"

static void
tag_word_list(void)
{
	char *joined = NULL;

	tap_int(test_story_tags(TAGLIST("<li class=\"tag-item\"><span class=\"tag-content\">老街</span></li>"
	    "<li class=\"tag-item\"><span class=\"tag-content\">县城</span></li>"
	    "<li class=\"tag-item\"><span class=\"tag-content\">城市漫步</span></li>"), "|", &joined), 3,
	    "a tag-container list of words, no links, under the text: its tags");
	tap_str(joined, "老街|县城|城市漫步", "... each item's word");
	free(joined);
	tap_int(test_story_tags(TAGLIST("<li>桌椅由各村自带，剩菜分装送到老人家里。</li>"
	    "<li>明年冬至还办，欢迎大家来吃一顿。</li>"), "|", NULL), 0,
	    "... a list of sentences so classed gives no tags");
}

#define CARD(author) "<html><head><meta charset=\"utf-8\"><title>上河街</title><meta name=\"author\" " \
	"content=\"" author "\"></head><body><div class=\"head-container\"><div class=\"title-container\">" \
	"<h1 class=\"title\">走一遍上河街</h1><div class=\"info\"><a class=\"category-link\" href=\"/read/life\">" \
	"<span>日常</span></a><span class=\"create-time\">2026-12-03 20:00</span><div class=\"article-data\">" \
	"<span>4806阅读</span><span>312喜欢</span></div></div></div><div class=\"up-info-holder\"><div " \
	"class=\"fixed-box\"><div class=\"up-info-block\"><a class=\"up-face-holder\" href=\"//space.example.test/4019\">" \
	"<img class=\"up-face-image\" src=\"//static.example.test/face.png\" alt=\"\"></a><div " \
	"class=\"up-info-right-block\"><div class=\"row\"><a class=\"up-name\" href=\"//space.example.test/4019\">" \
	"县城漫游指南</a></div><div class=\"row-2\"><span class=\"fans-num\">2.8万粉丝</span><span>42篇文章</span>" \
	"</div></div></div><div class=\"follow-btn-holder\"><span class=\"follow-btn\">关注</span></div></div></div>" \
	"</div><div class=\"article-holder\">" P1 P2 P3 P4 "</div></body></html>"

/* does the page of html list an item titled title among its related? */
static int
related_has(const char *html, const char *title)
{
	struct page *p = test_page_of(html, URL);
	int has = 0;

	for (size_t i = 0; i < p->related.n; i++)
		has |= strcmp(p->related.v[i].title, title) == 0;
	page_free(p);
	return has;
}

static void
writer_card_no_related(void)
{
	tap_ok(!related_has(CARD("县城漫游指南"), "县城漫游指南"),
	    "the author's card over the text (name, fans, 关注) is no related item");
	tap_ok(related_has(CARD("罗静怡"), "县城漫游指南"),
	    "... a card naming someone else than the author stays as it was");
}

#define NOTE(stamp) HEAD "<div class=\"note\"><div class=\"title\">赶茶坪镇大集</div><div class=\"desc\">" \
	P1 P2 P3 P4 P1 P2 P3 P4 P1 "</div><div class=\"bottom\"><span class=\"date\">" stamp \
	"</span></div></div></body></html>"

static void
note_date_stamp(void)
{
	struct page *p = test_page_of(NOTE("2026-12-01 重庆"), URL);

	tap_str(p->published, "2026-12-01", "a note's date stamp under the text, with the region after it");
	page_free(p);
	p = test_page_of(NOTE("编辑于 2026-12-01 内蒙古"), URL);
	tap_str(p->published, "2026-12-01", "... after 编辑于, a region of three ideographs");
	page_free(p);
	p = test_page_of(NOTE("2026-12-01 重庆市召开冬季消防工作会议"), URL);
	tap_str(p->published, NULL, "... a line going on past the region is no stamp");
	page_free(p);
	p = test_page_of(NOTE("2026-12-01"), URL);
	tap_str(p->published, NULL, "... nor is a bare date with no region");
	page_free(p);
}

int
main(void)
{
	bare_original_behind_loading_gif();
	thread_starter_label();
	platform_statement();
	authority_is_no_author();
	tag_word_list();
	writer_card_no_related();
	note_date_stamp();
	return tap_done();
}
