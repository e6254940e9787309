/* unit_extract_storypager: a story's own pager (extract_storypager.c and
 * extract_pagelink.c) and the joining of its pages (page_join.c), on
 * small pages written for each rule. */
#include "config.h"

#include <stdlib.h>

#include "extract_pagelink.h"
#include "extract_test.h"
#include "page_join.h"
#include "tap.h"

/* TEST_URL is http://unit.test/news/2024/story.html */
#define DIR "http://unit.test/news/2024/"
#define STORY "<h1>青溪县春耕提前十天</h1><div class=\"content\"><p>青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里，指导农户整地育秧。</p>" \
	"<p>站长周明远说，今年的早稻品种换成了抗倒伏的新种，亩产有望提高一成，农户们都很期待。</p>"
#define END "</div>"

static struct ctx c;

static void
pager_of(const char *html_in_story, const char *after)
{
	char *html = xasprintf("<html><body>%s%s%s%s</body></html>", STORY, html_in_story, END, after);

	test_doc(&c, html);
	extract_story_pages(&c);
	extract_prev_next(&c);
	free(html);
}

/* further joined by spaces, then " | whole" when there is one */
static char *
found(void)
{
	struct buf b = {0};

	for (size_t i = 0; i < c.page->further.n; i++)
		buf_addf(&b, "%s%s", i ? " " : "", c.page->further.v[i]);
	if (c.page->whole != NULL)
		buf_addf(&b, " | %s", c.page->whole);
	return buf_steal(&b);
}

static void
pager_is(const char *want, const char *what)
{
	char *got = found();

	tap_str(got, want, what);
	free(got);
	test_doc_free(&c);
}

static void
numbered(void)
{
	pager_of("<div class=\"pages\"><span>第1页</span> <a href=\"story_2.html\">2</a> "
	    "<a href=\"story_3.html\">3</a> <a href=\"story_2.html\">下一页</a></div>", "");
	pager_is(DIR "story_2.html " DIR "story_3.html", "第1页 2 3 下一页: pages 2 and 3, in order");
	pager_of("<p><a href=\"story_3.html\">[3]</a> <a href=\"story_2.html\">[2]</a></p>", "");
	pager_is(DIR "story_2.html " DIR "story_3.html", "[3] [2]: in page order");
	pager_of("<div id=\"pages\"><a href=\"story.html?page=2\">2</a> <a href=\"story.html?page=2\">下一页</a></div>", "");
	pager_is(DIR "story.html?page=2", "?page=2");
	pager_of("<div class=\"page-links\"><a href=\"story.html/2/\">2</a></div>", "");
	pager_is(DIR "story.html/2/", "a WordPress path page /2/");
}

static void
not_pages(void)
{
	pager_of("<p><a href=\"story_2.html\">春耕的第二篇报道</a></p>", "");
	pager_is("", "a title is no pager link, whatever its URL");
	pager_of("<p><a href=\"other_2.html\">2</a> <a href=\"/news/2023/story_2.html\">3</a></p>", "");
	pager_is("", "numbers to another story or another directory are none");
	pager_of("<p><a href=\"story_2.html\">3</a></p>", "");
	pager_is("", "a number that is not the URL's page is none");
	pager_of("", "<div class=\"list\"><a href=\"list_2.html\">2</a> <a href=\"list_3.html\">3</a></div>");
	pager_is("", "a list's pager elsewhere is none");
}

static void
whole(void)
{
	pager_of("<div class=\"pages\"><a href=\"story_2.html\">2</a> <a href=\"story_all.html\">单页阅读</a></div>", "");
	pager_is(DIR "story_2.html | " DIR "story_all.html", "单页阅读: the whole story, beside the numbered pages");
	pager_of("<p><a href=\"story.html?page=all\">【全文】</a></p>", "");
	pager_is(" | " DIR "story.html?page=all", "【全文】 to ?page=all");
	pager_of("<p><a href=\"/news/2024/other.html\">阅读全文</a></p>", "");
	pager_is("", "阅读全文 to another story is none");
}

/* On page 2, the link back to page 1 is not a further page. */
static void
on_page_two(void)
{
	char *html = xasprintf("<html><body>%s<p><a href=\"story.html\">1</a> <span>2</span> "
	    "<a href=\"story_3.html\">3</a></p>%s</body></html>", STORY, END);

	test_doc(&c, html);
	c.url = DIR "story_2.html";
	extract_story_pages(&c);
	free(html);
	pager_is(DIR "story_3.html", "on page 2: page 3 only");
}

/* A pager is never 上一篇 / 下一篇. */
static void
not_nav(void)
{
	pager_of("<p><a rel=\"prev\" href=\"story_1.html\">上一页</a> <a rel=\"next\" href=\"story_2.html\">下一页</a></p>", "");
	tap_ok(c.page->prev == NULL && c.page->next == NULL, "rel=prev / next on the pager: no 上一篇 / 下一篇");
	test_doc_free(&c);
	pager_of("<p><a href=\"story_2.html\">2</a></p>",
	    "<p>下一篇：<a href=\"/news/2024/spring.html\">全县春播面积超过十万亩</a></p>");
	tap_str(c.page->next ? c.page->next->url : NULL, DIR "spring.html", "下一篇 after a pager: the story's");
	test_doc_free(&c);
}

static void
urls(void)
{
	tap_int(url_page_of(DIR "content_1234.html", DIR "content_1234_2.html"), 2, "content_1234 -> _2");
	tap_int(url_page_of(DIR "content_1234_2.html", DIR "content_1234_3.html"), 3, "_2 -> _3");
	tap_int(url_page_of(DIR "content_1234_2.html", DIR "content_1234.html"), 1, "_2 -> page 1");
	tap_int(url_page_of(DIR "content_1234.html", DIR "content_1235.html"), 0, "another story");
	tap_int(url_page_of(DIR "show.php?id=7", DIR "show.php?id=7&page=3"), 3, "&page=3");
	tap_int(url_page_of(DIR "show.php?id=7", DIR "show.php?id=8&page=3"), 0, "another id");
	tap_int(url_page_of("http://a.test/x.html", "http://b.test/x_2.html"), 0, "another host");
	tap_int(url_own_page(DIR "content_1234_4.html"), 4, "own page _4");
	tap_int(url_own_page(DIR "content_1234.html"), 1, "own page 1");
}

/* A page of n paragraphs p0.. (first one `lead`), url u. */
static struct page *
page_of(const char *u, const char *lead, const char *p0, const char *p1)
{
	struct page *p = page_new(u);

	strlist_push(&p->pages, xstrdup(u));
	for (const char *s = lead; s != NULL; s = s == lead ? p0 : s == p0 ? p1 : NULL)
		page_add_text(p, BLOCK_P, xstrdup(s));
	return p;
}

static void
joining(void)
{
	struct page *a = page_of("u1", "导语：县里春耕提前。", "第一页正文。", NULL);
	struct page *b = page_of("u2", "导语：县里春耕提前。", "第二页正文。", NULL);
	struct page *w;

	page_add_image(b, xstrdup("http://unit.test/1.jpg"), NULL);
	page_join(a, b);
	tap_int((long)a->body.n, 3, "joined: the lead once, then both pages");
	tap_str(a->body.n == 3 ? a->body.v[2] : NULL, "第二页正文。", "joined: page 2's paragraph last");
	tap_int((long)a->nblocks, 3, "joined: blocks as body");
	tap_int((long)a->nimages, 1, "joined: page 2's picture");
	tap_int((long)a->pages.n, 2, "joined: pages u1 u2");
	w = page_of("all", "全文第一段。", "全文第二段。", "全文第三段。");
	page_join_whole(a, w);
	tap_int((long)a->body.n, 3, "whole: the 全文 page's body only");
	tap_str(a->pages.n == 1 ? a->pages.v[0] : NULL, "all", "whole: pages is the 全文 page");
	tap_int((long)a->nimages, 0, "whole: its pictures only");
	page_free(a);
}

/* A page 2 that shows its picture above the repeated lead: the lead's
 * block goes with the lead's paragraph, the picture stays. */
static void
joining_lead_under_picture(void)
{
	struct page *a = page_of("u1", "导语：渡口新船下水。", "第一页正文。", NULL);
	struct page *b = page_new("u2");
	struct block *img = page_add_block(b, BLOCK_IMG);

	img->src = xstrdup("http://unit.test/2.jpg");
	page_add_text(b, BLOCK_P, xstrdup("导语：渡口新船下水。"));
	page_add_text(b, BLOCK_P, xstrdup("第二页正文。"));
	strlist_push(&b->pages, xstrdup("u2"));
	page_join(a, b);
	tap_int((long)a->body.n, 3, "lead under a picture: the lead once in body");
	tap_int((long)a->nblocks, 4, "lead under a picture: two blocks of page 1, the picture, page 2's text");
	tap_int(a->nblocks == 4 ? (long)a->blocks[2].type : -1, BLOCK_IMG, "lead under a picture: the picture kept");
	tap_str(a->nblocks == 4 ? a->blocks[3].text : NULL, "第二页正文。", "lead under a picture: page 2's own text last");
	tap_int(a->nblocks == 4 && a->blocks[3].text == a->body.v[2], 1,
	    "lead under a picture: the block shows body's paragraph");
	page_free(a);
}

int
main(void)
{
	tap_init();
	numbered();
	not_pages();
	whole();
	on_page_two();
	not_nav();
	urls();
	joining();
	joining_lead_under_picture();
	return tap_done();
}
