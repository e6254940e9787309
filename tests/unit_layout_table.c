/* unit_layout_table: a data table laid out (layout_table.c): columns
 * aligned by display width (CJK two columns), the header row in the label
 * style with a rule under it, cells wrapped within their columns when the
 * table is wider than the screen, "header: value" lines when even that
 * does not fit, links in cells in place. */
#include "config.h"

#include "layout_test.h"
#include "tap.h"

static void
row(struct block *b, const char *a, const char *c2, const char *c3)
{
	b->rows = xreallocarray(b->rows, b->nrows + 1, sizeof *b->rows);
	b->rows[b->nrows] = (struct strlist){0};
	strlist_push(&b->rows[b->nrows], xstrdup(a));
	strlist_push(&b->rows[b->nrows], xstrdup(c2));
	if (c3 != NULL)
		strlist_push(&b->rows[b->nrows], xstrdup(c3));
	b->nrows++;
}

/* A schedule of a fictional county's mobile library: dates, places
 * (CJK), a long remark, a link in one cell; a row one cell short. */
static struct page *
schedule(void)
{
	struct page *p = page_new("http://news.test/bus.html");
	struct block *b;

	free(p->title);
	p->title = xstrdup("流动图书车五月行程");
	b = page_add_block(p, BLOCK_TABLE);
	row(b, "日期", "地点", "备注");
	row(b, "5月3日", "白鹭镇", "上午九点到十一点，文化礼堂门前停车，可办理借书证");
	row(b, "5月10日", "沙洲村村委会", "报名表");
	row(b, "5月17日", "Qinghe Middle School", NULL);
	block_add_link(b, xstrdup("报名表"), xstrdup("http://news.test/form.xlsx"), 1);
	return p;
}

/* The column at which the first occurrence of s starts on line i, or -1. */
static int
column_of(const struct ldoc *d, size_t i, const char *s)
{
	struct buf b = {0};
	const char *at;
	int col = -1;

	ldoc_line_text(d, i, &b);
	if ((at = strstr(b.s, s)) != NULL)
		col = layout_width(b.s, (size_t)(at - b.s), d->ambi_width);
	buf_free(&b);
	return col;
}

static void
test_wide(void)
{
	struct page *p = schedule();
	struct ldoc d;
	struct buf b = {0};
	long h;

	lay(p, 100, 1, &d);
	h = find_line(&d, "日期");
	ldoc_line_text(&d, (size_t)h, &b);
	/* 日期 takes 4 columns, 5月10日 7 and 沙洲村村委会 12, Qinghe Middle School 20 */
	tap_str(b.s, "日期     地点                  备注", "100 columns: the header, columns by display width");
	ldoc_line_text(&d, (size_t)h + 1, &b);
	tap_str(b.s, "-------  --------------------  "
	    "------------------------------------------------",
	    "a rule under the header as wide as the columns");
	tap_ok(d.blocks[d.lines[h].block].runs[0].style == LS_LABEL, "the header is in the label style");
	tap_int(column_of(&d, (size_t)h + 2, "白鹭镇"), 9, "a CJK place starts at column 9");
	tap_int(column_of(&d, (size_t)h + 3, "沙洲村"), 9, "... as do the others");
	tap_int(column_of(&d, (size_t)h + 4, "Qinghe"), 9, "... an ASCII one too");
	tap_int(column_of(&d, (size_t)h + 2, "上午"), 31, "the remark column starts at column 31");
	tap_int(column_of(&d, (size_t)h + 3, "报名表"), 31, "... in every row");
	ldoc_line_text(&d, (size_t)h + 4, &b);
	tap_str(b.s, "5月17日  Qinghe Middle School", "a row one cell short has no trailing spaces");
	tap_ok(d.links[0].kind == LK_INLINE && (long)d.links[0].first_line == h + 3,
	    "the link in a cell is a link of its row's line");
	tap_str(ldoc_link_url(&d, p, 0), "http://news.test/form.xlsx", "link url: the cell's link");
	tap_ok(find_line(&d, "报名表 [attachment .xlsx]") == h + 3, "the attachment is marked in its cell");
	ldoc_free(&d);
	buf_free(&b);
	page_free(p);
}

static void
test_wrapped(void)
{
	struct page *p = schedule();
	struct ldoc d;
	struct buf b = {0};
	long h, r;

	lay(p, 40, 1, &d);
	tap_ok(fits(&d, 40, 1), "40 columns: every line fits");
	h = find_line(&d, "日期");
	r = find_line(&d, "白鹭镇");
	tap_ok(r == h + 2 && d.lines[r + 1].block == d.lines[r].block,
	    "a row wider than the screen wraps within its block");
	tap_int(column_of(&d, (size_t)r, "白鹭镇"), 9, "the date column keeps its natural width");
	tap_int(column_of(&d, (size_t)r, "上午"), column_of(&d, (size_t)h, "备注"),
	    "the remark starts under its header");
	/* 36 columns less the date's 7: the words (Qinghe 6, "[attachment" 11)
	 * first, the other 12 in proportion to what each lacks (14, 37) */
	tap_int(column_of(&d, (size_t)h, "备注"), 20, "the place column is cut to 9, the remark has 20");
	ldoc_line_text(&d, (size_t)r + 1, &b);
	tap_ok(d.lines[r + 1].indent == 0 && strspn(b.s, " ") == 20,
	    "the remark's next line starts in its column, spaces before it");
	r = find_line(&d, "Qinghe");
	ldoc_line_text(&d, (size_t)r + 1, &b);
	tap_str(b.s, "         Middle", "a long ASCII place wraps within its column");
	buf_free(&b);
	tap_int(column_of(&d, (size_t)find_line(&d, "Qinghe"), "Qinghe"), 9,
	    "a long ASCII place starts in its column");
	ldoc_free(&d);
	page_free(p);
}

static void
test_pairs(void)
{
	struct page *p = schedule();
	struct ldoc d;
	long i;

	lay(p, 16, 1, &d);
	tap_ok(fits(&d, 16, 1), "16 columns: every line fits");
	tap_int(find_line(&d, "-----"), -1, "too narrow for columns: no rule");
	i = find_line(&d, "日期: 5月3日");
	tap_ok(i > 0 && find_line(&d, "地点: 白鹭镇") == i + 1, "each cell a \"header: value\" line");
	tap_ok(d.lines[i + 2].start == d.lines[i + 2].end || find_line(&d, "备注: 上午") == i + 2,
	    "the row's third cell follows");
	i = find_line(&d, "日期: 5月10日");
	tap_ok(i > 0 && d.lines[i - 1].start == d.lines[i - 1].end, "a blank line between rows");
	tap_ok(find_line(&d, "备注: 报名表") > 0 && d.links[0].first_line != (size_t)-1,
	    "the link is in its value, still a link");
	tap_int(find_line(&d, "日期  地点"), -1, "the header row is not drawn as a row");
	ldoc_free(&d);
	page_free(p);
}

/* A table of 5,000 rows is laid out once per width: its lines are many,
 * each row's block holds one line at 100 columns. */
static void
test_many_rows(void)
{
	struct page *p = page_new("http://news.test/big.html");
	struct block *b = page_add_block(p, BLOCK_TABLE);
	struct ldoc d;
	char n[32];

	row(b, "序号", "名称", NULL);
	for (int i = 0; i < 5000; i++) {
		snprintf(n, sizeof n, "%d", i + 1);
		row(b, n, "青禾县第一中学", NULL);
	}
	lay(p, 100, 1, &d);
	tap_int(column_of(&d, (size_t)find_line(&d, "5000 "), "青禾"), 6,
	    "5,000 rows: the last is aligned with the first");
	ldoc_free(&d);
	page_free(p);
}

/* One row of 3,000 cells over 3,000 rows of one: too many columns for
 * any screen, so "header: value" lines, each short row with its one
 * header (and the table is not stored as 3,000 by 3,000). */
static void
test_jagged(void)
{
	struct page *p = page_new("http://news.test/jagged.html");
	struct block *b = page_add_block(p, BLOCK_TABLE);
	struct ldoc d;
	char s[32];

	b->rows = xreallocarray(NULL, 3001, sizeof *b->rows);
	b->rows[0] = (struct strlist){0};
	for (int c = 0; c < 3000; c++) {
		snprintf(s, sizeof s, "列%d", c);
		strlist_push(&b->rows[0], xstrdup(s));
	}
	for (int r = 1; r <= 3000; r++) {
		b->rows[r] = (struct strlist){0};
		snprintf(s, sizeof s, "值%d", r);
		strlist_push(&b->rows[r], xstrdup(s));
	}
	b->nrows = 3001;
	lay(p, 80, 1, &d);
	tap_ok(find_line(&d, "列0: 值1") > 0 && find_line(&d, "列0: 值3000") > 0 &&
	    find_line(&d, "列1:") == -1, "3,000 columns: each short row is its one header and value");
	ldoc_free(&d);
	page_free(p);
}

int
main(void)
{
	tap_init();
	test_wide();
	test_wrapped();
	test_pairs();
	test_many_rows();
	test_jagged();
	return tap_done();
}
