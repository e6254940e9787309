/* unit_extract_unseen61mix: the kinds of layout the sixty-first mixed
 * blind round (unseen61mix-*) found wanting: a related box headed in
 * Russian or French ("Читайте также", "Sur le même thème"); a Russian
 * pager's "← Предыдущая новость" / "Следующая новость →" over the title;
 * a Russian byline "Автор: NAME" of two Cyrillic words; a blog app's
 * "作者 NAME" with no colon; a card link whose first block is its
 * picture's box; a card link of inline parts, one classed a title; a
 * news app's card line of its account and "12评"; a lead picture's
 * caption between a standfirst's block and the text's. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "page.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "https://town.example/news/2026/11/story/"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>Town</title></head><body>"
#define RU_H1 "<h1>В Сосновке после ремонта открылся Дом культуры</h1>"
#define RU_P1 "<p>В пятницу в селе Сосновка торжественно открыли Дом культуры, который почти два года " \
	"стоял на капитальном ремонте.</p>"
#define RU_P2 "<p>В следующем году по той же программе планируют отремонтировать клуб в деревне " \
	"Малые Ключи.</p>"
#define RU_STORY HEAD RU_H1 "<div class=\"news-detail\">" RU_P1 RU_P2 "</div>"
#define ZH_H1 "<h2>新村排水沟提升工程今日动工</h2>"
#define ZH_P1 "<p>困扰新村居民多年的闪电水灾问题有望缓解，三条主要排水沟的提升工程今日正式动工，将加深拓宽沟渠。</p>"
#define ZH_P2 "<p>村委会主席指出，工程期间部分路段将实施交通管制，村委会已安排志工在繁忙时段协助疏导交通。</p>"
#define ZH_STORY HEAD "<article>" ZH_H1 "<div class=\"content\">" ZH_P1 ZH_P2 "</div></article>"

static void
foreign_related_heading(void)
{
	test_page_related_count(RU_STORY "<div class=\"news-also\"><h3>Читайте также</h3>"
	    "<div class=\"item\"><span>12.11.2026</span> <a href=\"/news/b/\">Библиотеки района ждут "
	    "читателей</a></div><div class=\"item\"><span>09.11.2026</span> <a href=\"/news/c/\">В Малых "
	    "Ключах обследовали здание клуба</a></div></div></body></html>", PAGE_URL, 2,
	    "a Russian paper's \"Читайте также\" heads the related list");
	test_page_related_count(HEAD "<h1>La passerelle rouvre aux piétons</h1><div class=\"content\">"
	    "<p>Après six semaines de travaux, la passerelle du Moulin est de nouveau ouverte aux piétons "
	    "et aux cyclistes.</p><p>Le chantier a coûté 86 400 euros, dont 30 % financés par le "
	    "Département.</p></div><section><h2>Sur le même thème</h2><ul><li><a href=\"/news/a/\">Rue "
	    "des Tanneurs : les travaux commencent</a></li><li><a href=\"/news/b/\">Une nouvelle piste "
	    "cyclable vers la gare</a></li></ul></section></body></html>", PAGE_URL, 2,
	    "... and a French commune's \"Sur le même thème\"");
	test_page_related_count(RU_STORY "<div class=\"box\"><h3>Читайте нас в Telegram</h3>"
	    "<ul><li><a href=\"/tg/a/\">Новости района каждый день</a></li><li><a href=\"/tg/b/\">Афиша "
	    "выходных в нашем канале</a></li></ul></div></body></html>", PAGE_URL, 0,
	    "... \"Читайте нас в Telegram\" heads none");
}

static void
russian_pager(void)
{
	test_nav_is(RU_STORY "<div class=\"news-nav\"><a href=\"/news/b/\"><span>&larr; Предыдущая "
	    "новость</span><span>Школьники посадили аллею памяти</span></a><a href=\"/news/c/\"><span>"
	    "Следующая новость &rarr;</span><span>Автобус пойдёт по новому расписанию</span></a></div>"
	    "</body></html>",
	    "Школьники посадили аллею памяти", "Автобус пойдёт по новому расписанию",
	    "a Russian pager's label over the title is no part of it");
	test_nav_is(RU_STORY "<div class=\"more\"><a href=\"/news/b/\">Предыдущие выпуски газеты в "
	    "архиве</a></div></body></html>", NULL, NULL,
	    "... a link that only opens on a like word is no pager");
}

static void
cyrillic_byline(void)
{
	test_author_is(RU_STORY "<div class=\"prop\">Автор:&nbsp;Ольга Семёнова</div></body></html>",
	    "Ольга Семёнова", "a Russian \"Автор:\" credits a name of two Cyrillic words");
	test_gives(label_value, "Ольга Семёнова", "Ольга Семёнова",
	    "... a Cyrillic name may hold a space, as a Latin one");
	test_gives(label_value, "林慧珊 2026年11月20日", "林慧珊",
	    "... a CJK name still ends at one");
}

static void
bare_zuozhe_role(void)
{
	test_author_is(HEAD "<article><header>" ZH_H1 "<ul class=\"post-detail\"><li>作者 <a "
	    "href=\"/news/author/linhuishan/\">林慧珊</a></li><li>2026年11月20日</li></ul></header>"
	    "<div class=\"content\">" ZH_P1 ZH_P2 "</div></article></body></html>", "林慧珊",
	    "a blog app's \"作者 NAME\", no colon, credits the name");
	test_author_is(HEAD "<article><header>" ZH_H1 "<p>作者系本报特约评论员</p></header>"
	    "<div class=\"content\">" ZH_P1 ZH_P2 "</div></article></body></html>", NULL,
	    "... \"作者系…\" names no one");
}

#define RELBOX(items) ZH_STORY "<div class=\"related-wrapper\"><h3 class=\"title\">相关文章</h3>" \
	"<ul class=\"related-list\">" items "</ul></div></body></html>"
#define PICCARD(url, title, info) "<li class=\"item\"><a href=\"" url "\"><div class=\"doc-image\">" \
	"<img src=\"/i.jpg\" alt=\"\"></div><div class=\"doc-title\">" title "</div><div " \
	"class=\"doc-info\"><span>" info "</span></div></a></li>"

static char *
first_related(const char *html, int snippet)
{
	struct page *p = test_page_of(html, PAGE_URL);
	char *t = NULL;

	if (p->related.n > 0) {
		const char *v = snippet ? p->related.v[0].snippet : p->related.v[0].title;

		t = v != NULL ? xstrdup(v) : NULL;
	}
	page_free(p);
	return t;
}

static void
check_first_related(const char *html, int snippet, const char *want, const char *what)
{
	char *t = first_related(html, snippet);

	tap_str(t, want, what);
	free(t);
}

static void
card_picture_box(void)
{
	check_first_related(RELBOX(PICCARD("/article/a1", "街道养老服务圈再添新站点", "街道发布")
	    PICCARD("/article/a2", "老旧小区改造听听居民怎么说", "清溪发布")), 0, "街道养老服务圈再添新站点",
	    "a card link's headline is past its picture's box");
	check_first_related(RELBOX("<li><a href=\"/article/a1\"><div class=\"t\">街道养老服务圈再添新站点</div>"
	    "<div class=\"pic\"><img src=\"/i.jpg\" alt=\"\"></div></a></li><li><a href=\"/article/a2\">"
	    "<div class=\"t\">老旧小区改造听听居民怎么说</div><div class=\"pic\"><img src=\"/j.jpg\" alt=\"\">"
	    "</div></a></li>"), 0, "街道养老服务圈再添新站点",
	    "... a headline's block before the picture stays the headline");
}

#define SPANCARD(url, a, b, c) "<li class=\"card\"><a href=\"" url "\"><img src=\"/t.jpg\" alt=\"\">" \
	"<span class=\"" a "\">10/11/2026</span><span class=\"" b "\">Rue des Tanneurs : les travaux " \
	"commencent</span><span class=\"" c "\">La chaussée sera refaite en deux phases.</span></a></li>"
#define FRPAGE(items) HEAD "<h1>La passerelle rouvre aux piétons</h1><div class=\"content\">" \
	"<p>Après six semaines de travaux, la passerelle du Moulin est de nouveau ouverte aux piétons " \
	"et aux cyclistes.</p><p>Le chantier a coûté 86 400 euros, dont 30 % financés par le " \
	"Département.</p></div><section><h2>Sur le même thème</h2><ul>" items "</ul></section></body></html>"

static void
titled_span_card(void)
{
	check_first_related(FRPAGE(SPANCARD("/n/a/", "card-date", "card-title", "card-summary")
	    SPANCARD("/n/b/", "card-date", "card-title", "card-summary")), 0,
	    "Rue des Tanneurs : les travaux commencent",
	    "a card link of spans: the one classed a title is the headline");
	check_first_related(FRPAGE(SPANCARD("/n/a/", "d", "t", "s") SPANCARD("/n/b/", "d", "t", "s")), 0,
	    "10/11/2026Rue des Tanneurs : les travaux commencentLa chaussée sera refaite en deux phases.",
	    "... with no such class the link is read whole");
	test_nav_is(HEAD "<h1>La passerelle rouvre aux piétons</h1><div class=\"content\"><p>Après six "
	    "semaines de travaux, la passerelle du Moulin est de nouveau ouverte aux piétons.</p></div>"
	    "<nav class=\"paginav\"><a class=\"prev\" href=\"/n/a/\"><span class=\"title\">« "
	    "上一頁</span><br><span>Rue des Tanneurs : les travaux commencent</span></a></nav>"
	    "</body></html>", "Rue des Tanneurs : les travaux commencent", NULL,
	    "... a pager's \"title\" span of its label, no picture, is no headline");
}

static void
app_card_count(void)
{
	check_first_related(RELBOX(PICCARD("/article/a1", "街道养老服务圈再添新站点", "桐荫街道发布0评")
	    PICCARD("/article/a2", "老旧小区改造听听居民怎么说", "清溪发布12评")), 1, NULL,
	    "a news app's account and \"0评\" are no snippet");
	check_first_related(RELBOX(PICCARD("/article/a1", "街道养老服务圈再添新站点", "新站点可为周边三个小区的老人提供助餐服务")
	    PICCARD("/article/a2", "老旧小区改造听听居民怎么说", "居民代表提出了加装电梯等十多条意见")), 1,
	    "新站点可为周边三个小区的老人提供助餐服务", "... a sentence under the headline is one");
}

#define FIGURE "<figure class=\"publication-image\"><img src=\"/p.jpg\" alt=\"La passerelle\">" \
	"<figcaption>La passerelle a reçu un nouveau tablier en bois et des garde-corps renforcés.</figcaption></figure>"
#define CHAPO "<div class=\"chapo\"><p>Après six semaines de travaux, la passerelle du Moulin est de " \
	"nouveau ouverte aux piétons et aux cyclistes depuis lundi.</p></div>"
#define FR_TEXT "<p>Fermée depuis le 5 octobre, la passerelle avait montré des signes d'usure importants " \
	"lors de l'inspection du printemps.</p><p>Le chantier a coûté 86 400 euros, dont 30 % financés " \
	"par le Département au titre du plan vélo.</p>"

static void
caption_after_standfirst(void)
{
	page_body_is(HEAD "<div class=\"publication\"><h1>La passerelle du Moulin rouvre</h1>" CHAPO FIGURE
	    "<div class=\"publication-content\">" FR_TEXT "</div></div></body></html>", 3,
	    "Après six semaines de travaux, la passerelle du Moulin est de nouveau ouverte aux piétons et "
	    "aux cyclistes depuis lundi.", NULL,
	    "a lead caption between the standfirst's block and the text's is no line");
	page_body_is(HEAD "<div class=\"publication\"><h1>La passerelle du Moulin rouvre</h1>"
	    "<div class=\"publication-content\"><p>Après six semaines de travaux, la passerelle du Moulin "
	    "est de nouveau ouverte aux piétons et aux cyclistes depuis lundi.</p>" FIGURE FR_TEXT
	    "</div></div></body></html>", 4, NULL, NULL,
	    "... a caption inside the text's block after its first line stays a line");
	page_body_is(HEAD "<div class=\"article__body\"><h1>La passerelle du Moulin rouvre</h1>"
	    "<p class=\"lead\">Après six semaines de travaux, la passerelle du Moulin est de nouveau "
	    "ouverte aux piétons et aux cyclistes depuis lundi.</p>" FIGURE "<div class=\"article__text\">"
	    FR_TEXT "</div></div></body></html>", 4, NULL, NULL,
	    "... and one after a bare lead paragraph beside the figure, no block of its own");
}

int
main(void)
{
	foreign_related_heading();
	russian_pager();
	cyrillic_byline();
	bare_zuozhe_role();
	card_picture_box();
	titled_span_card();
	app_card_count();
	caption_after_standfirst();
	return tap_done();
}
