/* unit_extract_unseen36mix: the kinds of layout the thirty-sixth mixed
 * blind round (unseen36mix-*) found wanting: Joomla 4's pager in Chinese,
 * the bare 上一篇 it shows after the hidden label and title; hAtom's <abbr
 * class="published" title="..."> (Movable Type) giving the zone the
 * printed date lacks; a weekly's "编辑　NAME" closing the story with no
 * colon; a related item's date in brackets after its title. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>义诊</title></head><body>"
#define H1 "<h1>奈瓦沙湖畔华人义诊 两天服务当地村民六百余人</h1>"
#define P1 "<p>华人社区联合会组织的义诊活动上周末在湖畔的卡马拉村举行，十二名华人医生和三十多名志愿者为" \
	"当地村民提供免费诊疗六百余人次。</p>"
#define P2 "<p>义诊设内科、儿科、眼科和口腔科四个诊台，并发放常用药品和老花镜，前来就诊的村民以老人和" \
	"儿童为主。</p>"
#define P3 "<p>带队的内科医生说，村民中高血压、皮肤病和龋齿最常见，有两名儿童已转往城里的医院进一步" \
	"检查。</p>"
#define STORY HEAD H1 "<div class=\"article-body\">" P1 P2 P3
#define CLOSE "</div></body></html>"

#define JPAGER(prev, next) STORY "</div><nav class=\"pagenavigation\"><span class=\"pagination\">" \
	"<a class=\"previous\" href=\"/news/413-jiangxuejin\" rel=\"prev\">" prev "</a>" \
	"<a class=\"next\" href=\"/news/409-chunwan\" rel=\"next\">" next "</a></span></nav></body></html>"

static void
joomla4_pager(void)
{
	test_nav_is(JPAGER("<span class=\"visually-hidden\">上一篇: 华文学校设立奖学金 首批资助二十名学生</span>"
	    "<span class=\"icon-chevron-left\" aria-hidden=\"true\"></span> <span aria-hidden=\"true\">上一篇</span>",
	    "<span class=\"visually-hidden\">下一篇: 内罗毕华人春节联欢晚会节目单出炉</span>"
	    "<span aria-hidden=\"true\">下一篇</span> <span class=\"icon-chevron-right\" aria-hidden=\"true\"></span>"),
	    "华文学校设立奖学金 首批资助二十名学生", "内罗毕华人春节联欢晚会节目单出炉",
	    "Joomla 4's bare 上一篇 after the hidden label and title is no part of the title");
	test_nav_is(JPAGER("渔港往事连载 上篇", "内罗毕华人春节联欢晚会节目单出炉"),
	    "渔港往事连载 上篇", "内罗毕华人春节联欢晚会节目单出炉",
	    "... a title ending on the word in its own text keeps it");
}

#define MT(cls, extra) HEAD "<div class=\"entry-asset\"><h1 class=\"asset-name\">川港市中华街老店闭店 三代人守了七十年</h1>" \
	"<div class=\"asset-meta\"><span class=\"byline\"><abbr class=\"" cls "\" title=\"2026-01-14T10:05:00+09:00\">" \
	"2026年01月14日 10:05</abbr>" extra "</span></div><div class=\"asset-body\">" P1 P2 P3 "</div></div></body></html>"

static void
hatom_published(void)
{
	test_published_is(MT("published", ""), "2026-01-14T10:05:00+09:00",
	    "hAtom's <abbr class=published title> gives the zone the printed date lacks");
	test_published_is(MT("updated", ""), "2026-01-14T10:05",
	    "... an abbr of the update gives none: the date as printed");
	test_author_is(MT("published", " <span class=\"published-by\">文</span> <a class=\"published-by__author\" "
	    "href=\"/author/linxiao/\">林晓</a>"), "林晓",
	    "... and an author's element whose class holds the word still names the author");
}

static void
spaced_editor_line(void)
{
	test_gives(spaced_editor, "编辑　佐藤美穗", "佐藤美穗", "编辑　NAME, no colon, names the editor");
	test_gives(spaced_editor, "编辑 林晓", "林晓", "... a space as the ideographic one reads");
	test_gives(spaced_editor, "编辑 部门负责人表示，将尽快整改。", NULL,
	    "... a sentence opening on the word names none");
	test_gives(spaced_editor, "编辑部 林晓", NULL, "... nor does the word run into another");
	test_body_count(STORY "<p>编辑　佐藤美穗</p>" CLOSE, 3, "the editor's line closing the story is none of it");
	test_body_count(STORY "<p>编辑 部门负责人表示，将在下周公布新的排班安排。</p>" CLOSE, 4,
	    "... a story's line opening on the word stays");
}

#define REL(date) STORY "</div><div class=\"related-entries\"><h2>相关新闻</h2><ul>" \
	"<li><a href=\"/news/2026/01/post-9170.html\">中华街春节祭日程公布 舞狮巡游增至三场</a> " \
	"<span class=\"date\">" date "</span></li>" \
	"<li><a href=\"/news/2026/01/post-9151.html\">川港市华侨总会新年会 三百余人出席</a> " \
	"<span class=\"date\">（2026年01月05日）</span></li></ul></div></body></html>"

/* The snippet of the first related item of the whole page. */
static void
first_snippet_is(const char *html, const char *want, const char *what)
{
	struct page *p = test_page_of(html, "https://www.dongying.example/news/2026/01/post-9182.html");

	tap_str(p->related.n > 0 ? p->related.v[0].snippet : "(no related)", want, what);
	page_free(p);
}

static void
bracketed_item_date(void)
{
	first_snippet_is(REL("（2026年01月08日）"), NULL, "a related item's bracketed date is no snippet");
	first_snippet_is(REL("（2026年01月08日起，舞狮巡游将在中华街东门和西门各加演一场）"),
	    "（2026年01月08日起，舞狮巡游将在中华街东门和西门各加演一场）",
	    "... a bracketed line going on past the date is one");
}

int
main(void)
{
	joomla4_pager();
	hatom_published();
	spaced_editor_line();
	bracketed_item_date();
	return tap_done();
}
