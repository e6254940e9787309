/* unit_extract_unseen59mix: the kinds of layout the fifty-ninth mixed
 * blind round (unseen59mix-*) found wanting: a writing site's picture
 * with no src and its address in data-original-src, an old blog host's
 * transparent GIF in src and the picture in real_src (extract_lazysrc.c);
 * that blog's picture inside a link to a viewer page whose address names
 * the picture's file id (extract_picview.c); a blog's pager whose links
 * carry the story's date, not its title, in their title attribute
 * ("发布于 2026-11-21 09:14", extract_tooltip.c); a writing site's
 * 推荐阅读 card whose excerpt closes on "……" and then its read count
 * after the word ("阅读 1,204", extract_cardmeta.c); a repost opening on
 * the outlet it came from, "转载自 NAME" (extract_postnote.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "page.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "https://blog.unit.test/s/blog_7f3e21a0c5d9b4e2.html"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>石桥村修好了老水渠</title></head><body>"
#define H1 "<h1>石桥村修好了老水渠</h1>"
#define P1 "<p>石桥村的老水渠修了整整一个冬天，开春的时候终于重新放水了，沿渠的三百多亩水田都能浇上水。</p>"
#define P2 "<p>村里的老人说，这条水渠是六十年前大家一担一担挑土修起来的，后来渠底漏水，好些年都没用上。</p>"
#define P3 "<p>这次修渠由镇里出钱买材料，村民们自己出工，二十多个人干了三个月，把两公里的渠底全部重新铺了一遍。</p>"
#define STORY(pic) HEAD H1 "<div class=\"articalContent\">" P1 P2 pic P3 "</div></body></html>"

/* The first picture's address test_page_of gives html, or NULL (new). */
static char *
first_picture(const char *html)
{
	struct page *p = test_page_of(html, PAGE_URL);
	char *src = p->nimages > 0 ? xstrdup(p->images[0].src) : NULL;

	page_free(p);
	return src;
}

static void
picture_is(const char *html, const char *want, const char *what)
{
	char *got = first_picture(html);

	tap_str(got, want, what);
	free(got);
}

static void
behind_placeholder(void)
{
	picture_is(STORY("<div class=\"image-view\"><img data-original-src=\"//pics.unit.test/u/3f2a9c81d7e64b05.jpg\" "
	    "data-original-width=\"1080\"></div>"), "https://pics.unit.test/u/3f2a9c81d7e64b05.jpg",
	    "a picture with no src is read from its data-original-src");
	picture_is(STORY("<p><img src=\"http://blog.unit.test/images/sg_trans.gif\" "
	    "real_src=\"http://pics.unit.test/mw690/7c1d2e3f4a5b6c7d8e9f\" alt=\"水渠\"></p>"),
	    "http://pics.unit.test/mw690/7c1d2e3f4a5b6c7d8e9f",
	    "... a transparent GIF in src leaves the picture to real_src");
	picture_is(STORY("<p><img src=\"/web/image/1863-b27c/shuiqu.jpg\" "
	    "data-original-src=\"/web/image/1860-9ad1/shuiqu.jpg\" alt=\"水渠\"></p>"),
	    "https://blog.unit.test/web/image/1863-b27c/shuiqu.jpg",
	    "... a picture in src wins over the upload's data-original-src");
}

static void
viewer_link(void)
{
	picture_is(STORY("<p><a href=\"http://photo.unit.test/showpic.html#blogid=7f3e21a0c5d9b4e2&amp;"
	    "url=http://album.unit.test/pic/7c1d2e3f4a5b6c7d8e9f\"><img src=\"/images/sg_trans.gif\" "
	    "real_src=\"http://pics.unit.test/mw690/7c1d2e3f4a5b6c7d8e9f&amp;690\" alt=\"水渠\"></a></p>"),
	    "http://pics.unit.test/mw690/7c1d2e3f4a5b6c7d8e9f&690",
	    "a picture in a link to a viewer page naming its file id is the story's");
	picture_is(STORY("<p><a href=\"http://shop.unit.test/promo/winter-sale.html\"><img "
	    "src=\"http://pics.unit.test/mw690/5e6f7a8b9c0d1e2f3a4b.jpg\" alt=\"特卖\"></a></p>"), NULL,
	    "... one in a link to another page is a banner");
}

#define PAGER(pt, nt) STORY("") "<div id=\"post_next_prev\">" \
	"<a href=\"/p/101\" class=\"p_n_p_prefix\">« </a> 上一篇： <a href=\"/p/101\" title=\"" pt "\">老街的石板路</a><br>" \
	"<a href=\"/p/103\" class=\"p_n_p_prefix\">» </a> 下一篇： <a href=\"/p/103\" title=\"" nt "\">镇上新开了图书室</a>" \
	"</div></body></html>"

static void
dated_tooltip(void)
{
	test_nav_is(PAGER("发布于 2026-11-21 09:14", "发布于 2026-12-03 20:31"), "老街的石板路", "镇上新开了图书室",
	    "a pager link's title attribute of its date (发布于 DATE) is no title");
	test_nav_is(PAGER("2026年11月21日", "Posted on 2026-12-03"), "老街的石板路", "镇上新开了图书室",
	    "... nor a date alone, nor Posted on DATE");
	test_nav_is(PAGER("老街的石板路：2026年修缮记", "镇上新开了图书室 2026"), "老街的石板路：2026年修缮记",
	    "镇上新开了图书室 2026", "... a longer title holding a year is still the title");
}

#define CARD(n, title, excerpt, meta) "<li><div class=\"t\"><a href=\"/p/" n "\">" title "</a></div>" \
	"<div class=\"e\"><div>" excerpt "</div></div><div class=\"m\"><span>" meta "</span></div></li>"
#define CARDS(m1, m2, m3) STORY("") "<section><h3><span>推荐阅读</span></h3><ul>" \
	CARD("a1", "渡口边的老茶馆", "渡口往东走一百步，有一家开了四十年的老茶馆……", m1) \
	CARD("a2", "松陵古桥记", "县城被三条河穿过，留下来的石拱桥还有十一座……", m2) \
	CARD("a3", "芦花村的冬天", "芦苇收割完以后，村里的河滩一下子空了……", m3) "</ul></section></body></html>"

/* The first related item's snippet test_page_of gives html, or NULL. */
static void
first_snippet_is(const char *html, const char *want, const char *what)
{
	struct page *p = test_page_of(html, PAGE_URL);

	tap_str(p->related.n > 0 ? p->related.v[0].snippet : "(no related)", want, what);
	page_free(p);
}

static void
count_after_ellipsis(void)
{
	first_snippet_is(CARDS("阅读 1,204", "阅读 866", "评论 3 阅读 532"), "渡口往东走一百步，有一家开了四十年的老茶馆",
	    "a card's \"阅读 1,204\" after the excerpt's ellipsis is no part of it");
	first_snippet_is(CARDS("阅读是一种习惯。", "阅读 866", "阅读 532"),
	    "渡口往东走一百步，有一家开了四十年的老茶馆…… 阅读是一种习惯。",
	    "... a sentence opening on the word stays");
}

#define REPOST(note) HEAD H1 "<div class=\"info\"><span>水乡拾遗</span> <time>2026.12.01 11:26:41</time></div>" \
	"<article><blockquote><p>" note "</p></blockquote>" P1 P2 P3 "</article></body></html>"

static void
repost_note(void)
{
	test_source_is(REPOST("转载自松陵县融媒体中心"), "松陵县融媒体中心",
	    "a repost's opening \"转载自 NAME\" names the story's source");
	page_body_is(REPOST("本文转自：松陵县融媒体中心"), 3,
	    "石桥村的老水渠修了整整一个冬天，开春的时候终于重新放水了，沿渠的三百多亩水田都能浇上水。", NULL,
	    "... and is no line of the story");
	test_source_is(REPOST("转自村里的老人说，这条渠要修了。"), NULL,
	    "... a sentence opening on 转自 names none");
	page_body_is(REPOST("转自村里的老人说，这条渠要修了。"), 4, "转自村里的老人说，这条渠要修了。", NULL,
	    "... and stays a line");
}

int
main(void)
{
	behind_placeholder();
	viewer_link();
	dated_tooltip();
	count_after_ellipsis();
	repost_note();
	return tap_done();
}
