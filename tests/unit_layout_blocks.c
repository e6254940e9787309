/* unit_layout_blocks: a story laid out from its blocks (layout_blocks.c,
 * layout_inline.c): links drawn where they stand in the text and
 * focusable in reading order, attachments marked, pictures in place,
 * headings, quotes, lists and preformatted text in their shapes. */
#include "config.h"

#include "layout_test.h"
#include "tap.h"

static const char para1[] = "青禾县图书馆新馆今天开馆，开馆时间见馆方公告，"
    "市民可凭身份证办理借书证（详见公告全文）。";

static struct block *
text_block(struct page *p, enum block_type t, const char *text)
{
	return page_add_text(p, t, xstrdup(text));
}

static void
link(struct block *b, const char *text, const char *url, int attachment)
{
	block_add_link(b, xstrdup(text), xstrdup(url), attachment);
}

/* A story: a paragraph with two links (公告 occurs twice: the second link
 * is the later one), a picture, a heading, a paragraph with an attachment
 * and a link whose text is not in it, a quote, a list, preformatted text;
 * and a 上一篇. */
static struct page *
story(void)
{
	struct page *p = page_new("http://news.test/lib.html");
	struct block *b;

	free(p->title);
	p->title = xstrdup("青禾县图书馆新馆开馆");
	strlist_push(&p->body, xstrdup("body[] is not what is shown when there are blocks"));
	page_add_image(p, xstrdup("http://news.test/lib.jpg"), xstrdup("新馆外景"));
	b = text_block(p, BLOCK_P, para1);
	link(b, "公告", "http://news.test/notice.html", 0);
	link(b, "公告全文", "http://news.test/notice-full.html", 0);
	b = page_add_block(p, BLOCK_IMG);
	b->src = xstrdup("http://news.test/lib.jpg");
	b->alt = xstrdup("新馆外景");
	text_block(p, BLOCK_H, "办证须知");
	b = text_block(p, BLOCK_P, "请先填写报名表.docx，再到一楼服务台办理。");
	link(b, "报名表.docx", "http://news.test/files/Form.DOCX?v=2", 1);
	link(b, "服务台地图", "http://news.test/map.html", 0);
	text_block(p, BLOCK_QUOTE, "馆长说：“这是全县读者盼了十年的新馆，欢迎大家常来看看。”");
	b = page_add_block(p, BLOCK_LIST);
	strlist_push(&b->items, xstrdup("周一至周五 9:00-21:00，周末照常开放，节假日另行通知"));
	strlist_push(&b->items, xstrdup("少儿阅览室在二楼"));
	link(b, "二楼", "http://news.test/floor2.html", 0);
	text_block(p, BLOCK_PRE, "a  b   c");
	p->prev = link_new(xstrdup("上一篇"), xstrdup("http://news.test/a0.html"), NULL, NULL);
	return p;
}

/* The bytes of link k's first run, a new string, or NULL. */
static char *
link_run(const struct ldoc *d, int k)
{
	for (size_t i = 0; i < d->nblocks; i++)
		for (size_t r = 0; r < d->blocks[i].nruns; r++)
			if (d->blocks[i].runs[r].link == k)
				return xstrndup(d->blocks[i].text + d->blocks[i].runs[r].start,
				    d->blocks[i].runs[r].len);
	return NULL;
}

static void
test_inline_links(void)
{
	struct page *p = story();
	struct ldoc d;
	char *t;
	long i;

	lay(p, 200, 1, &d);
	tap_int((long)d.nlinks, 7, "seven links: five in the text, the picture, 上一篇");
	i = find_line(&d, "青禾县图书馆新馆今天开馆");
	tap_ok(i > 0 && ldoc_line_link(&d, (size_t)i) == 0, "the paragraph's line carries link 0");
	t = link_run(&d, 0);
	tap_str(t, "公告", "link 0 is drawn on its words");
	free(t);
	tap_ok(d.links[0].kind == LK_INLINE && d.links[1].kind == LK_INLINE,
	    "links in the text are inline links");
	tap_ok(d.lines[i].block == d.links[0].block && d.links[0].block == d.links[1].block,
	    "both links stand in the paragraph's block");
	{
		const struct lblock *b = &d.blocks[d.links[1].block];
		const char *second = strstr(b->text, "（详见公告全文）") + strlen("（详见");
		size_t r = 0;

		while (r < b->nruns && b->runs[r].link != 1)
			r++;
		tap_ok(r < b->nruns && b->runs[r].start == (size_t)(second - b->text) &&
		    b->runs[r].style == LS_LINK, "the second link stands at 公告全文, past the first 公告");
	}
	tap_str(ldoc_link_url(&d, p, 0), "http://news.test/notice.html", "link url: the first inline link");
	tap_str(ldoc_link_url(&d, p, 1), "http://news.test/notice-full.html", "link url: the second");
	tap_ok(ldoc_block_link(&d, p, 1) == &p->blocks[0].links[1], "block link: the block's own");
	tap_ok(ldoc_block_link(&d, p, 2) == NULL && ldoc_block_link(&d, p, 99) == NULL,
	    "block link: none for a picture or past the links");
	tap_int(d.prev, 6, "上一篇 comes after the story's links");
	tap_str(ldoc_link_url(&d, p, d.prev), "http://news.test/a0.html", "link url: 上一篇");
	{
		int ordered = 1;

		for (size_t k = 1; k < d.nlinks; k++)
			if (d.links[k].first_line < d.links[k - 1].first_line)
				ordered = 0;
		tap_ok(ordered, "links are numbered in reading order");
	}
	ldoc_free(&d);
	page_free(p);
}

/* ldoc_link_at: a press on a link's words in a paragraph follows it, a
 * press beside them does not; a 上一篇 line is its link all along. */
static void
test_link_at(void)
{
	struct page *p = story();
	struct ldoc d;
	struct buf b = {0};
	long i;
	int col;

	lay(p, 200, 1, &d);
	i = find_line(&d, "青禾县图书馆新馆今天开馆");
	ldoc_line_text(&d, (size_t)i, &b);
	col = layout_width(b.s, (size_t)(strstr(b.s, "公告，") - b.s), 1);
	tap_int(ldoc_link_at(&d, (size_t)i, col), 0, "link at: the first column of 公告 is link 0");
	tap_int(ldoc_link_at(&d, (size_t)i, col + 3), 0, "link at: its last column too");
	tap_int(ldoc_link_at(&d, (size_t)i, col + 4), -1, "link at: the comma after it is no link");
	tap_int(ldoc_link_at(&d, (size_t)i, 0), -1, "link at: the paragraph's start is no link");
	tap_int(ldoc_link_at(&d, (size_t)i, 199), -1, "link at: past the text, none");
	i = find_line(&d, "Previous: ");
	tap_int(ldoc_link_at(&d, (size_t)i, 2), d.prev, "link at: the label of 上一篇 is its link");
	i = find_line(&d, "[Image: 新馆外景]");
	tap_int(ldoc_link_at(&d, (size_t)i, 1), 2, "link at: the picture's line is its link");
	tap_int(ldoc_link_at(&d, d.nlines, 0), -1, "link at: no line, no link");
	ldoc_free(&d);
	buf_free(&b);
	page_free(p);
}

/* layout_opts.picture_box: rows for page block 'block' (a test's) */
static int
box_of(void *arg, size_t block)
{
	(void)block;
	return *(int *)arg;
}

/* A box kept for a picture: blank lines above its caption, the place
 * of the block the same, the link the caption alone; none asked, none. */
static void
test_picture_box(void)
{
	struct page *p = story();
	int rows = 6;
	struct layout_opts o = {80, 1, NULL, 0, box_of, &rows};
	struct ldoc plain, d;
	long cap, cap0;
	size_t b;
	int blank = 1;

	lay(p, 80, 1, &plain);
	layout_page(p, &o, &d);
	cap0 = find_line(&plain, "[Image: 新馆外景]");
	cap = find_line(&d, "[Image: 新馆外景]");
	tap_int(cap - cap0, rows, "a box of 6 rows above the caption: the caption 6 lines down");
	b = d.lines[cap].block;
	tap_ok(d.blocks[b].box == rows && d.blocks[b].first_line == (size_t)(cap - rows) &&
	    d.blocks[b].nlines == (size_t)rows + 1, "the box is the caption's block's first lines");
	tap_ok(p->blocks[d.blocks[b].picture].type == BLOCK_IMG, "... and names the picture's block");
	for (long i = cap - rows; i < cap; i++)
		blank = blank && d.lines[i].start == d.lines[i].end && ldoc_line_link(&d, (size_t)i) < 0;
	tap_ok(blank, "the box's lines are blank, and no link");
	tap_ok(d.links[2].first_line == (size_t)cap && d.links[2].last_line == (size_t)cap,
	    "the picture's link is its caption line alone");
	tap_int((long)ldoc_line_of(&d, b, 0), cap, "the block's place is its caption");
	tap_int((long)d.nlines - (long)plain.nlines, rows, "nothing else changes");
	ldoc_free(&d);
	rows = 0;
	layout_page(p, &o, &d);
	tap_int((long)d.nlines, (long)plain.nlines, "a box of 0 rows: the caption alone");
	tap_int(d.blocks[d.lines[find_line(&d, "[Image: 新馆外景]")].block].box, 0, "... and no box");
	ldoc_free(&d);
	ldoc_free(&plain);
	page_free(p);
}

static void
test_attachment(void)
{
	struct page *p = story();
	struct layout_labels zh = {.attachment = "[附件 %s]"};
	struct layout_opts o = {200, 1, &zh, 0, NULL, NULL};
	struct ldoc d;
	long i;
	char *t;

	lay(p, 200, 1, &d);
	i = find_line(&d, "报名表.docx [attachment .docx]，再到");
	tap_ok(i > 0, "an attachment is marked after its link, its extension lowercased");
	t = link_run(&d, 3);
	tap_str(t, "报名表.docx", "... and the link is its words, not the mark");
	free(t);
	tap_ok(d.links[3].kind == LK_INLINE && ldoc_block_link(&d, p, 3)->attachment,
	    "the block link says it is an attachment");
	i = find_line(&d, "办理。 服务台地图");
	tap_ok(i > 0 && ldoc_line_link(&d, (size_t)i) == 3, "a link not in the text goes after it");
	t = link_run(&d, 4);
	tap_str(t, "服务台地图", "... and is a link still");
	free(t);
	ldoc_free(&d);
	layout_page(p, &o, &d);
	tap_ok(find_line(&d, "报名表.docx [附件 .docx]") > 0, "the mark is the labels' (translated)");
	ldoc_free(&d);
	page_free(p);
}

static void
test_image(void)
{
	struct page *p = story();
	struct ldoc d;
	long img, head;
	size_t n = 0;

	lay(p, 80, 1, &d);
	img = find_line(&d, "[Image: 新馆外景]");
	head = find_line(&d, "办证须知");
	tap_ok(img > find_line(&d, "公告全文") && img < head, "the picture stands between its paragraphs");
	tap_ok(img > 0 && ldoc_line_link(&d, (size_t)img) == 2 && d.links[2].kind == LK_IMAGE,
	    "the picture's line is link 2, an image");
	tap_str(ldoc_link_url(&d, p, 2), "http://news.test/lib.jpg", "link url: the picture's source");
	for (size_t i = 0; i < d.nlines; i++) {
		char *t = line_text(&d, i);

		n += strstr(t, "[Image") != NULL;
		free(t);
	}
	tap_int((long)n, 1, "no list of pictures after the story: it is in place");
	tap_int(find_line(&d, "body[]"), -1, "body[] is not shown beside the blocks");
	ldoc_free(&d);
	page_free(p);
}

static void
test_shapes(void)
{
	struct page *p = story();
	struct ldoc d;
	struct buf b = {0};
	long i;

	lay(p, 40, 1, &d);
	i = find_line(&d, "办证须知");
	tap_ok(i > 1 && d.lines[i - 1].start == d.lines[i - 1].end &&
	    d.lines[i + 1].start == d.lines[i + 1].end, "a heading has a blank line above and below");
	tap_int(d.blocks[d.lines[i].block].runs[0].style, LS_TITLE, "a heading is in the title style");
	i = find_line(&d, "馆长说");
	tap_ok(i > 0 && d.lines[i].indent == 4 && d.lines[i + 1].indent == 4 &&
	    d.lines[i + 1].block == d.lines[i].block, "a quote: every line indented 4 columns");
	i = find_line(&d, "周一至周五");
	ldoc_line_text(&d, (size_t)i, &b);
	tap_ok(str_starts(b.s, "  • 周一至周五"), "a list item: indent and bullet");
	tap_ok(d.lines[i + 1].block == d.lines[i].block && d.lines[i + 1].indent == 4,
	    "a wrapped item hangs under its text");
	ldoc_line_text(&d, (size_t)i + 2, &b);
	tap_str(b.s, "  • 少儿阅览室在二楼", "the next item follows with no blank line");
	i = find_line(&d, "a  b   c");
	ldoc_line_text(&d, (size_t)i, &b);
	tap_str(b.s, "  a  b   c", "preformatted text keeps its spaces");
	ldoc_free(&d);
	buf_free(&b);
	page_free(p);
}

/* Preformatted text is broken only where wider than the screen. */
static void
test_pre(void)
{
	struct page *p = page_new("http://news.test/pre.html");
	struct ldoc d;
	struct buf b = {0};
	long i;

	text_block(p, BLOCK_PRE, "for (i = 0; i < n; i++)   sum += v[i];");
	lay(p, 20, 1, &d);
	i = find_line(&d, "for");
	ldoc_line_text(&d, (size_t)i, &b);
	tap_str(b.s, "  for (i = 0; i < n;", "a long preformatted line is cut at the width");
	ldoc_line_text(&d, (size_t)i + 1, &b);
	tap_str(b.s, "   i++)   sum += v[i", "... and goes on, spaces and all");
	ldoc_free(&d);
	buf_free(&b);
	page_free(p);
}

static void
test_widths(void)
{
	static const int widths[] = {1, 2, 3, 9, 20, 33, 80, 200};
	struct page *p = story();
	int ok = 1;

	for (int ambi = 1; ambi <= 2; ambi++) {
		for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
			struct ldoc d;

			lay(p, widths[w], ambi, &d);
			if (!fits(&d, widths[w], ambi) || d.nlinks != 7)
				ok = 0;
			for (size_t k = 0; k < d.nlinks; k++)
				if (d.links[k].first_line == (size_t)-1)
					ok = 0;
			ldoc_free(&d);
		}
	}
	tap_ok(ok, "every line fits widths 1..200 and every link is on a line");
	page_free(p);
}

int
main(void)
{
	tap_init();
	test_inline_links();
	test_link_at();
	test_attachment();
	test_image();
	test_picture_box();
	test_shapes();
	test_pre();
	test_widths();
	return tap_done();
}
