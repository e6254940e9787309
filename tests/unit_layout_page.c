/* unit_layout_page: a struct page laid out for the screen (layout_page):
 * widths, link indices on link lines, places across widths, search. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "layout_test.h"
#include "tap.h"

static const int widths[] = {1, 2, 3, 9, 20, 33, 80, 200};
#define NWIDTHS (sizeof widths / sizeof widths[0])

static struct page *
article(void)
{
	struct page *p = page_new("http://news.test/a1.html");

	free(p->title);
	p->title = xstrdup("白鹭大桥今日正式通车 两岸居民出行时间缩短一半");
	p->source = xstrdup("青禾县融媒体中心");
	p->published = xstrdup("2024-03-06T09:30");
	p->author = xstrdup("林小溪");
	p->editor = xstrdup("王编辑");
	strlist_push(&p->body, xstrdup("青禾县新建的白鹭大桥今天上午正式通车，大桥全长八百米，"
	    "连接青禾河两岸的东西两个城区。"));
	strlist_push(&p->body, xstrdup("县交通局表示：“大桥通车后，两岸居民出行时间缩短一半。”"
	    "Kanbao reads the news, 看报 in English words too."));
	page_add_image(p, xstrdup("http://news.test/bridge.jpg"), xstrdup("通车当天的白鹭大桥"));
	page_add_image(p, xstrdup("http://news.test/x.jpg"), NULL);
	p->prev = link_new(xstrdup("上一篇的标题"), xstrdup("http://news.test/a0.html"), NULL, NULL);
	p->next = link_new(xstrdup("下一篇的标题很长很长很长很长很长很长很长"),
	    xstrdup("http://news.test/a2.html"), NULL, NULL);
	linklist_push(&p->related, xstrdup("相关一"), xstrdup("http://news.test/r1.html"),
	    NULL, xstrdup("2024-03-08"));
	linklist_push(&p->related, xstrdup("相关二 related two"), xstrdup("http://news.test/r2.html"),
	    NULL, NULL);
	return p;
}

static struct page *
list(void)
{
	struct page *p = page_new("http://news.test/");

	free(p->title);
	p->title = xstrdup("本地新闻");
	p->kind = PAGE_LIST;
	linklist_push(&p->headlines, xstrdup("白鹭大桥今日正式通车 两岸居民出行时间缩短一半"),
	    xstrdup("http://news.test/a1.html"), NULL, xstrdup("2024-03-06"));
	linklist_push(&p->headlines, xstrdup("青禾县春季茶叶开采"),
	    xstrdup("http://news.test/a2.html"), NULL, xstrdup("2024-03-07T08:15"));
	linklist_push(&p->headlines, xstrdup("没有日期的标题"),
	    xstrdup("http://news.test/a3.html"), NULL, NULL);
	return p;
}

static void
test_widths(void)
{
	struct page *pages[2] = {article(), list()};
	char what[96];

	for (int p = 0; p < 2; p++) {
		for (int ambi = 1; ambi <= 2; ambi++) {
			int ok = 1;

			for (size_t w = 0; w < NWIDTHS; w++) {
				struct ldoc d;

				lay(pages[p], widths[w], ambi, &d);
				if (!fits(&d, widths[w], ambi) || d.width != widths[w])
					ok = 0;
				ldoc_free(&d);
			}
			snprintf(what, sizeof what, "%s, ambiguous width %d: every line fits widths 1..200",
			    p ? "list" : "article", ambi);
			tap_ok(ok, what);
		}
	}
	for (int p = 0; p < 2; p++)
		page_free(pages[p]);
}

static void
test_narrow(void)
{
	struct page *p = article();
	struct ldoc d;
	size_t clipped = 0;

	lay(p, 0, 1, &d);
	tap_int(d.width, 1, "width 0 is taken as 1");
	for (size_t i = 0; i < d.nlines; i++)
		clipped += (d.lines[i].flags & LL_CLIPPED) != 0;
	tap_ok(clipped > 0 && fits(&d, 1, 1), "width 1: wide characters are clipped to one column");
	ldoc_free(&d);
	lay(p, 2, 1, &d);
	clipped = 0;
	for (size_t i = 0; i < d.nlines; i++)
		clipped += (d.lines[i].flags & LL_CLIPPED) != 0;
	tap_int((long)clipped, 0, "width 2: nothing is clipped");
	tap_int(find_line(&d, "白"), 0, "width 2: the title starts on line 0");
	ldoc_free(&d);
	page_free(p);
}

static void
test_article(void)
{
	struct page *p = article();
	struct ldoc d;
	char *t;
	long i;

	lay(p, 80, 1, &d);
	t = line_text(&d, 0);
	tap_str(t, "白鹭大桥今日正式通车 两岸居民出行时间缩短一半", "title on line 0");
	free(t);
	tap_int(d.blocks[0].runs[0].style, LS_TITLE, "the title is in the title style");
	t = line_text(&d, 1);
	tap_str(t, "青禾县融媒体中心 · 2024-03-06 09:30 · 林小溪 / 王编辑",
	    "meta line: source · time · author / editor");
	free(t);
	ldoc_free(&d);
	free(p->published);
	p->published = xstrdup("2024-03-06T09:30:18+08:00");	/* as the JSON keeps it */
	lay(p, 80, 1, &d);
	t = line_text(&d, 1);
	tap_str(t, "青禾县融媒体中心 · 2024-03-06 09:30 · 林小溪 / 王编辑",
	    "meta line: the time to the minute, without its seconds and zone");
	free(t);
	tap_ok(find_line(&d, "[Image: 通车当天的白鹭大桥]") > 0, "an image with alt text");
	tap_ok(find_line(&d, "[Image]") > 0, "an image without alt text");
	tap_int(d.nlinks, 4, "four links: previous, next, two related");
	tap_int(d.prev, 0, "上一篇 is link 0");
	tap_int(d.next, 1, "下一篇 is link 1");
	i = find_line(&d, "Previous: 上一篇的标题");
	tap_ok(i > 0 && ldoc_line_link(&d, (size_t)i) == 0, "the previous line carries link 0");
	i = find_line(&d, "相关二");
	tap_ok(i > 0 && ldoc_line_link(&d, (size_t)i) == 3 &&
	    d.links[3].kind == LK_RELATED && d.links[3].index == 1,
	    "the second related line carries link 3, related item 1");
	tap_ok(find_line(&d, "相关一  2024-03-08") > 0, "a related item shows its date");
	tap_int(ldoc_line_link(&d, 1), -1, "the meta line carries no link");
	ldoc_free(&d);

	/* a long next title wraps: every line of it carries the link */
	lay(p, 16, 1, &d);
	tap_ok(d.links[1].last_line > d.links[1].first_line, "width 16: the next link wraps");
	{
		int all = 1;

		for (size_t l = d.links[1].first_line; l <= d.links[1].last_line; l++)
			if (ldoc_line_link(&d, l) != 1)
				all = 0;
		tap_ok(all, "width 16: each line of the wrapped link carries its index");
	}
	ldoc_free(&d);
	free(p->prev->title);
	free(p->prev->url);
	free(p->prev);
	p->prev = NULL;
	lay(p, 80, 1, &d);
	tap_ok(d.prev == -1 && find_line(&d, "Previous: (none)") > 0 && d.next == 0,
	    "no 上一篇: (none), and 下一篇 becomes link 0");
	ldoc_free(&d);
	page_free(p);
}

static void
test_list(void)
{
	struct page *p = list();
	struct ldoc d;
	long i;

	lay(p, 80, 1, &d);
	tap_int(d.nlinks, 3, "a link per headline");
	i = find_line(&d, "2024-03-06  白鹭大桥");
	tap_ok(i > 0 && ldoc_line_link(&d, (size_t)i) == 0 && d.links[0].kind == LK_HEADLINE,
	    "a headline line: date, title, its link");
	tap_ok(i > 0 && (d.lines[i].flags & LL_MARK) && d.lines[i].indent == 2,
	    "a headline has a 2-column read-mark place");
	tap_ok(find_line(&d, "2024-03-07  青禾县") > 0, "a date with a time shows the day");
	i = find_line(&d, "没有日期的标题");
	tap_ok(i > 0 && ldoc_line_link(&d, (size_t)i) == 2, "a headline without a date");
	tap_int(d.prev, -1, "a list has no 上一篇");
	ldoc_free(&d);
	lay(p, 30, 1, &d);
	i = find_line(&d, "2024-03-06");
	tap_ok(i > 0 && d.lines[i + 1].indent == 14 && d.links[0].last_line > (size_t)i &&
	    d.lines[i + 1].block == d.lines[i].block,
	    "width 30: a wrapped headline hangs under its title");
	ldoc_free(&d);
	lay(p, 20, 1, &d);
	i = find_line(&d, "2024-03-06");
	tap_ok(i > 0 && d.lines[i + 1].indent == 2, "width 20: too narrow to hang, still indented");
	ldoc_free(&d);
	page_free(p);
}

static void
test_ambiguous(void)
{
	struct page *p = page_new("http://news.test/q");
	struct ldoc d1, d2;

	free(p->title);
	p->title = xstrdup("“一”‘二’");	/* 4 ambiguous, 2 wide */
	lay(p, 80, 1, &d1);
	lay(p, 80, 2, &d2);
	tap_int(d1.lines[0].cols, 8, "ambiguous width 1: quotes take one column");
	tap_int(d2.lines[0].cols, 12, "ambiguous width 2: quotes take two columns");
	ldoc_free(&d1);
	ldoc_free(&d2);
	lay(p, 8, 1, &d1);
	lay(p, 8, 2, &d2);
	tap_int((long)d1.blocks[0].nlines, 1, "8 columns hold it at width 1");
	tap_ok(d2.blocks[0].nlines > 1 && fits(&d2, 8, 2), "it wraps at width 2");
	ldoc_free(&d1);
	ldoc_free(&d2);
	page_free(p);
}

/* A place (block, offset) taken at one width finds its line at another
 * and comes back to the same line. */
static void
test_places(void)
{
	struct page *p = article();
	struct ldoc narrow, wide, again;
	int ok = 1;

	lay(p, 12, 1, &narrow);
	lay(p, 80, 1, &wide);
	lay(p, 12, 1, &again);
	for (size_t i = 0; i < narrow.nlines; i++) {
		const struct lline *l = &narrow.lines[i];
		size_t w = ldoc_line_of(&wide, l->block, l->start);

		if (wide.lines[w].block != l->block || wide.lines[w].start > l->start)
			ok = 0;
		if (ldoc_line_of(&again, l->block, l->start) != i)
			ok = 0;
	}
	tap_ok(ok, "places survive 12 -> 80 -> 12 columns");
	tap_int((long)ldoc_line_of(&wide, 999, 0), (long)wide.nlines - 1,
	    "a place past the end is the last line");
	ldoc_free(&narrow);
	ldoc_free(&wide);
	ldoc_free(&again);
	page_free(p);
}

static void
test_find(void)
{
	struct page *p = article();
	struct lmatch *m;
	struct ldoc d;
	size_t n;

	lay(p, 20, 1, &d);
	n = ldoc_find(&d, "白鹭", &m);
	tap_int((long)n, 3, "白鹭: title, body, image alt text");
	tap_ok(n > 0 && m[0].block == 0 && m[0].start == 0 && m[0].len == strlen("白鹭"),
	    "the first match is at the start of the title");
	free(m);
	n = ldoc_find(&d, "KANBAO", &m);
	tap_int((long)n, 1, "ASCII matches ignore case");
	free(m);
	tap_int((long)ldoc_find(&d, "", &m), 0, "an empty needle finds nothing");
	free(m);
	ldoc_free(&d);
	page_free(p);
}

/* ldoc_line_text: the line as the screen shows it (the text dump prints
 * these); ldoc_link_url: a link's URL in the page. */
static void
test_line_text(void)
{
	struct page *p = list(), *a = article();
	struct ldoc d;
	struct buf b = {0};
	int ok = 1;

	/* 36 columns: the read-mark place (2), the day and two spaces (12),
	 * and 22 for the title, which breaks at its space (20 columns); the
	 * rest hangs under it, 11 characters a line */
	lay(p, 36, 1, &d);
	ldoc_line_text(&d, 0, &b);
	tap_str(b.s, "本地新闻", "line text: the title");
	ldoc_line_text(&d, 1, &b);
	tap_str(b.s, "", "line text: a blank line is empty");
	ldoc_line_text(&d, 2, &b);
	tap_str(b.s, "  2024-03-06  白鹭大桥今日正式通车", "line text: a headline's read-mark place is two spaces");
	ldoc_line_text(&d, 3, &b);
	tap_str(b.s, "              两岸居民出行时间缩短一", "line text: the rest hangs under the title");
	tap_str(ldoc_link_url(&d, p, 2), "http://news.test/a3.html", "link url: the third headline");
	tap_ok(ldoc_link_url(&d, p, 3) == NULL && ldoc_link_url(&d, p, -1) == NULL,
	    "link url: none past the links");
	ldoc_free(&d);
	for (size_t w = 0; w < NWIDTHS; w++) {
		lay(a, widths[w], 2, &d);
		for (size_t i = 0; i < d.nlines; i++) {
			ldoc_line_text(&d, i, &b);
			if (b.len > 0 && layout_width(b.s, b.len, 2) != d.lines[i].cols)
				ok = 0;
		}
		ldoc_free(&d);
	}
	tap_ok(ok, "line text: as wide as the line, at every width");
	lay(a, 1, 1, &d);
	ldoc_line_text(&d, 0, &b);
	tap_str(b.s, ">", "line text: a clipped line is >");
	ldoc_free(&d);
	lay(a, 80, 1, &d);
	tap_str(ldoc_link_url(&d, a, d.prev), "http://news.test/a0.html", "link url: 上一篇");
	tap_str(ldoc_link_url(&d, a, d.next), "http://news.test/a2.html", "link url: 下一篇");
	tap_str(ldoc_link_url(&d, a, d.next + 2), "http://news.test/r2.html", "link url: the second related");
	ldoc_free(&d);
	free(a->title);
	a->title = xstrdup("甲\u202e乙");	/* a bidi override: never drawn */
	lay(a, 80, 1, &d);
	ldoc_line_text(&d, 0, &b);
	tap_str(b.s, "甲乙", "line text: a character that must not be shown is left out");
	ldoc_free(&d);
	buf_free(&b);
	page_free(a);
	page_free(p);
}

/* With the snippets option, a headline's summary is under its title,
 * indented to it, no link of its own; without it, nowhere. */
static void
test_snippets(void)
{
	struct page *p = list();
	struct layout_opts o = {40, 1, NULL, 1, NULL, NULL};
	struct ldoc d;
	long at;

	free(p->headlines.v[0].snippet);
	p->headlines.v[0].snippet = xstrdup("大桥全长一千二百米");
	layout_page(p, &o, &d);
	at = find_line(&d, "大桥全长一千二百米");
	tap_ok(at > 0 && d.lines[at].indent == 2 + 12, "the summary hangs under the title");
	tap_ok(at > 0 && d.lines[at].block > d.lines[at - 1].block && d.nlinks == 3,
	    "... a block of its own, and no link");
	tap_ok(at > 0 && find_line(&d, "青禾县春季茶叶开采") > at, "... before the next headline");
	ldoc_free(&d);
	o.snippets = 0;
	layout_page(p, &o, &d);
	tap_ok(find_line(&d, "大桥全长一千二百米") < 0, "without the option, no summary");
	ldoc_free(&d);
	page_free(p);
}

/* A headline's snippet: under the title, where the title starts, dimmed,
 * at most two lines with "…"; a short one whole; none, no line. */
static void
test_snippet_cut(void)
{
	struct page *p = list();
	struct ldoc d;
	struct buf b = {0};
	struct layout_opts o = {36, 1, NULL, 1, NULL, NULL};

	p->headlines.v[0].snippet = xstrdup("3月6日上午，白鹭大桥正式通车，从江北到江南的车程由四十分钟缩短到二十分钟，"
	    "桥上设有人行道和观景平台，市民可以步行过江。");
	p->headlines.v[1].snippet = xstrdup("明前茶今日开采。");
	layout_page(p, &o, &d);	/* the first title takes lines 2 to 4 */
	ldoc_line_text(&d, 5, &b);
	tap_str(b.s, "              3月6日上午，白鹭大桥正", "snippet: its first line under the title's");
	ldoc_line_text(&d, 6, &b);
	tap_ok(b.len > 3 && strcmp(b.s + b.len - 3, "…") == 0, "snippet: its second line ends in …");
	tap_ok(d.blocks[d.lines[6].block].runs[0].style == LS_META, "snippet: dimmed (meta style)");
	ldoc_line_text(&d, 7, &b);
	tap_str(b.s, "  2024-03-07  青禾县春季茶叶开采", "snippet: two lines at most, then the next headline");
	ldoc_line_text(&d, 8, &b);
	tap_str(b.s, "              明前茶今日开采。", "snippet: a short one whole");
	tap_int((long)d.nlines, 10, "no snippet, no line");
	tap_int(ldoc_line_link(&d, 5), -1, "a snippet is no link");
	ldoc_free(&d);
	o.width = 3;
	layout_page(p, &o, &d);
	tap_ok(fits(&d, 3, 1), "snippet: at width 3 every line fits");
	ldoc_free(&d);
	buf_free(&b);
	page_free(p);
}

int
main(void)
{
	tap_init();
	test_widths();
	test_narrow();
	test_article();
	test_list();
	test_ambiguous();
	test_places();
	test_find();
	test_line_text();
	test_snippets();
	test_snippet_cut();
	return tap_done();
}
