/* unit_extract_unseen64mix: the kinds of layout the sixty-fourth mixed
 * blind round (unseen64mix-*) found wanting: a site builder's blog post
 * header whose author span holds the writer's mark and a colon
 * ("文：NAME") before the name. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>汤圆会</title></head><body>"
#define P1 "<p>冬至前夕，民众俱乐部乐龄组与青年团在多用途礼堂合办汤圆会，吸引逾百名居民参加，最年长的九十岁。</p>"
#define P2 "<p>礼堂里摆了十二张长桌，乐龄组的阿嫲们一边示范揉粉、包馅，一边和孩子们聊起从前过冬至的习俗。</p>"
#define P3 "<p>青年团团长说，活动除了传统的红白汤圆，也准备了班兰和黑芝麻馅，让年轻人也愿意参与。</p>"
#define POST(author) HEAD "<section class=\"blog-header\"><h1>冬至汤圆会 三代同桌搓团圆</h1>" \
	"<div class=\"blog-post-header__author\"><span class=\"blog-post-header__author-name\">" author \
	"</span> · <span class=\"blog-post-header__date\">2026年12月5日</span></div></section>" \
	"<section><div class=\"text-box\">" P1 P2 P3 "</div></section></body></html>"

static void
writer_mark_in_author_span(void)
{
	test_author_is(POST("文：陈慧珊"), "陈慧珊",
	    "a builder's author span \"文：NAME\": the name without the writer's mark");
	test_author_is(POST("文: 陈慧珊"), "陈慧珊",
	    "... with a Latin colon and a space too");
	test_author_is(POST("文静"), "文静",
	    "... a name opening on the character (文静) keeps it");
}

int
main(void)
{
	writer_mark_in_author_span();
	return tap_done();
}
