/* unit_extract_unseen30mix: the kinds of layout the thirtieth mixed
 * blind round (unseen30mix-*) found wanting: a line of the makers'
 * slashed credits standing alone in a story, bracketed or not
 * (（文／刘晓燕　摄影／本报资料）, 圖／清邁府新聞辦公室 提供): no line of the
 * story, and its writer the author when the byline names only the
 * desk's account that posted it; and a time's zone in brackets of its
 * own, "10:25 (GMT+7)", as Vietnamese papers print it. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_makers.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define URL "https://www.huabao.example/2026/01/story/"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>中华街春节庆典首设灯会区</title></head><body>"
#define H1 "<h1>中华街春节庆典首设灯会区</h1>"
#define P1 "<p>中华街发展会协同组合十三日公布，今年春节期间的春节庆典将从二月十五日持续到三月三日，共十七天。</p>"
#define P2 "<p>协同组合理事长在记者会上说，去年春节庆典期间到访中华街的游客约一百二十万人次。</p>"
#define P3 "<p>灯会区将展出二十四组以十二生肖为题材的大型彩灯，每晚五时至十时点灯。</p>"
#define OPEN HEAD H1 "<div class=\"entry-content\">" P1 P2 P3
#define CLOSE "</div></body></html>"
#define DESK HEAD H1 "<div class=\"meta\">发布：<a href=\"/author/desk/\" rel=\"author\">华报编辑部</a></div>" \
	"<div class=\"entry-content\">" P1 P2 P3

static void
makers_lines(void)
{
	char *w = NULL;

	tap_int(makers_credit("（文／刘晓燕　摄影／本报资料）", &w), 1,
	    "a bracketed line of the writer's and a photographer's slashed credits is a makers' line");
	tap_str(w, "刘晓燕", "... its writer is the name after 文／");
	free(w);
	tap_int(makers_credit("圖／清邁府新聞辦公室 提供", &w), 1, "a picture's office and 提供 alone is one");
	tap_int(w == NULL, 1, "... naming no writer");
	tap_int(makers_credit("图／会馆提供的照片显示，当年的会馆门前人来人往。", NULL), 0,
	    "... a caption running on past the office is none");
	tap_int(makers_credit("文／刘晓燕", NULL), 0, "... the writer's mark alone is the byline's business");
	test_body_count(OPEN "<p style=\"text-align:right\">（文／刘晓燕　摄影／本报资料）</p>" CLOSE, 3,
	    "a makers' line closing the story is no line of it");
	test_body_count(OPEN "<p>（文中图片由会馆提供，部分摄于二〇一九年）</p>" CLOSE, 4,
	    "... a bracketed story line about its pictures stays");
}

static void
makers_author_over_desk(void)
{
	struct page *p = test_page_of(DESK "<p>（文／刘晓燕　摄影／本报资料）</p>" CLOSE, URL);

	tap_str(p->author, "刘晓燕", "a makers' line's writer over the desk's account that posted the story");
	page_free(p);
	p = test_page_of(DESK "<p>（摄影／本报资料）</p>" CLOSE, URL);
	tap_str(p->author, "华报编辑部", "... a makers' line naming no writer leaves the desk's account");
	page_free(p);
}

#define VN(when) "<html><head><meta charset=\"utf-8\"><title>Song Lam to plant mangroves</title></head><body>" \
	"<h1>Song Lam to plant 1,200 hectares of coastal mangroves by 2030</h1>" \
	"<div class=\"meta\"><span class=\"datetime\">" when "</span></div><div class=\"detail-content\">" \
	"<p>The plan covers four coastal districts where erosion has eaten up more than 60 hectares of " \
	"farmland over the past five years, the provincial department said.</p>" \
	"<p>Households in coastal communes will be hired to raise and plant seedlings, and will be paid " \
	"each year to protect the young forests.</p></div></body></html>"

static void
bracketed_zones(void)
{
	test_published_is(VN("Wednesday, 14/01/2026 - 10:25 (GMT+7)"), "2026-01-14T10:25+07:00",
	    "a zone in brackets of its own after the time, (GMT+7), is the time's zone");
	test_published_is(VN("Wednesday, 14/01/2026 - 10:25 (CTV)"), "2026-01-14T10:25",
	    "... a bracketed word of capitals no zone's name gives none");
}

/* WP Rocket's lazy loader: src a placeholder (an inline SVG), the picture
 * in data-lazy-src (found open at the round, mended at its merge) */
static void
lazy_pictures(void)
{
	struct page *p = test_page_of(OPEN "<figure><img src=\"data:image/svg+xml,%3Csvg%3E%3C/svg%3E\" "
	    "data-lazy-src=\"/wp-content/uploads/2026/01/lantern.jpg\" alt=\"灯会区的生肖彩灯\"></figure>" P3 CLOSE, URL);

	tap_str(p->nimages > 0 ? p->images[0].src : NULL,
	    "https://www.huabao.example/wp-content/uploads/2026/01/lantern.jpg",
	    "a lazy loader's data-lazy-src is the picture, src its placeholder");
	page_free(p);
	p = test_page_of(OPEN "<figure><img src=\"/wp-content/uploads/2026/01/lantern.jpg\" "
	    "alt=\"灯会区的生肖彩灯\"></figure>" P3 CLOSE, URL);
	tap_str(p->nimages > 0 ? p->images[0].src : NULL,
	    "https://www.huabao.example/wp-content/uploads/2026/01/lantern.jpg",
	    "... and a picture with no lazy loader keeps its src");
	page_free(p);
}

int
main(void)
{
	makers_lines();
	makers_author_over_desk();
	bracketed_zones();
	lazy_pictures();
	return tap_done();
}
