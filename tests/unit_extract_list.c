/* unit_extract_list: the headline list and the page's kind, on small pages
 * written for each rule: a list split into groups, blocks that stay apart,
 * a short story beside a sidebar, teasers that are no story. */
#include "config.h"

#include "extract_test.h"
#include "tap.h"
#include "util.h"

static const char *const towns[] = {"青溪县", "白沙镇", "溪口镇", "东岭乡", "桃源村", "石门村"};
static const char *const deeds[] = {"召开春季农业生产推进会", "开展人居环境整治行动", "新建村级养老服务站",
	"推进高标准农田建设", "组织防汛应急演练", "开展义诊进村活动", "启动农村公路提质改造"};

/* n list items, numbered from first: <li><a href="/x/N.html">TITLE</a><span>DATE</span></li> */
static void
add_items(struct buf *b, int first, int n)
{
	for (int i = first; i < first + n; i++)
		buf_addf(b, "<li><a href=\"/x/%d.html\">%s%s</a><span>2024-03-%02d</span></li>",
		    i, towns[i % 6], deeds[i % 7], 28 - i % 28);
}

static int
has_headline(const struct ctx *c, const char *url)
{
	for (size_t i = 0; i < c->page->headlines.n; i++)
		if (strcmp(c->page->headlines.v[i].url, url) == 0)
			return 1;
	return 0;
}

/* Eight <ul> of five, a dotted line between: one list of forty. */
static void
split_list(void)
{
	struct buf b = {0};
	struct ctx c;

	buf_adds(&b, "<html><head><title>乡镇动态_青溪新闻网</title></head><body>"
	    "<div class=\"side\"><h3>阅读排行</h3><ol>");
	add_items(&b, 100, 6);
	buf_adds(&b, "</ol></div><div class=\"list-box\"><h2>乡镇动态</h2>");
	for (int g = 0; g < 8; g++) {
		buf_adds(&b, g ? "<div class=\"line\"></div><ul class=\"list\">" : "<ul class=\"list\">");
		add_items(&b, g * 5, 5);
		buf_adds(&b, "</ul>");
	}
	buf_adds(&b, "<div class=\"pages\"><a href=\"?p=2\">下一页</a></div></div></body></html>");
	test_list(&c, b.s);
	tap_ok(c.page->kind == PAGE_LIST, "split list: a list");
	tap_int((long)c.page->headlines.n, 40, "eight sibling <ul> of five are one list of forty");
	if (c.page->headlines.n == 40) {
		tap_str(c.page->headlines.v[0].url, "http://unit.test/x/0.html", "in order: the first");
		tap_str(c.page->headlines.v[39].url, "http://unit.test/x/39.html", "in order: the last");
	}
	test_doc_free(&c);
	buf_free(&b);
}

/* Blocks each under its own heading are lists of their own: the biggest
 * is the page's, and the others do not join it. */
static void
blocks_apart(void)
{
	struct buf b = {0};
	struct ctx c;

	buf_adds(&b, "<html><head><title>临川网</title></head><body><div class=\"main\">");
	for (int k = 0; k < 4; k++) {
		buf_addf(&b, "<div class=\"box\"><div class=\"hd\"><h3>栏目%d</h3><a href=\"/c%d/\">更多</a></div><ul>",
		    k, k);
		add_items(&b, k * 100, k == 1 ? 12 : 6);
		buf_adds(&b, "</ul></div>");
	}
	buf_adds(&b, "</div></body></html>");
	test_list(&c, b.s);
	tap_ok(c.page->kind == PAGE_LIST, "portal blocks: a list");
	tap_int((long)c.page->headlines.n, 12, "the biggest block, alone");
	tap_ok(has_headline(&c, "http://unit.test/x/100.html") &&
	    !has_headline(&c, "http://unit.test/x/0.html"), "and not the blocks beside it");
	test_doc_free(&c);
	buf_free(&b);
}

/* Cards of one story each are rows of one list, not groups of a run. */
static void
cards_are_rows(void)
{
	struct buf b = {0};
	struct ctx c;

	buf_adds(&b, "<html><body><div class=\"feed\">");
	for (int i = 0; i < 6; i++)
		buf_addf(&b, "<div class=\"card\"><h3><a href=\"/x/%d.html\">%s%s</a></h3>"
		    "<div class=\"meta\"><a href=\"/c/%d.html\">评论 %d 条跟贴</a></div></div>",
		    i, towns[i % 6], deeds[i % 7], i, i * 7 + 10);
	buf_adds(&b, "</div></body></html>");
	test_list(&c, b.s);
	tap_int((long)c.page->headlines.n, 6, "six cards, six headlines");
	tap_ok(has_headline(&c, "http://unit.test/x/5.html") && !has_headline(&c, "http://unit.test/c/5.html"),
	    "each card's headline, not its comment link");
	test_doc_free(&c);
	buf_free(&b);
}

/* The kind of a page: head, a list of n headlines, then tail; the number
 * of headlines in *count when count is not NULL. */
static enum page_kind
kind_of(const char *head, int n, const char *tail, size_t *count)
{
	struct buf b = {0};
	struct ctx c;
	enum page_kind kind;

	buf_adds(&b, head);
	add_items(&b, 0, n);
	buf_adds(&b, tail);
	test_list(&c, b.s);
	kind = c.page->kind;
	if (count != NULL)
		*count = c.page->headlines.n;
	test_doc_free(&c);
	buf_free(&b);
	return kind;
}

#define NOTICE "<p>因城东供水主管道改造施工，3月21日8时至18时，东门路、文昌路、城东新村一带将临时停水，" \
	"请沿线居民和单位提前做好储水准备。</p><p>恢复供水初期水质可能略有浑浊，放水片刻即可正常使用。</p>"

/* A notice of about a hundred characters under its headline, beside a
 * sidebar of eight headlines; and the same text as a channel's intro. */
static void
short_story(void)
{
	tap_ok(kind_of("<html><head><title>城东片区3月21日临时停水通知_通知公告_青溪县人民政府</title></head><body>"
	    "<div class=\"left\"><h1>城东片区3月21日临时停水通知</h1><div class=\"info\">发布时间：2024-03-19</div>"
	    "<div class=\"content\">" NOTICE "</div></div><div class=\"right\"><div class=\"box-title\">最新发布</div><ul>",
	    8, "</ul></div></body></html>", NULL) == PAGE_ARTICLE,
	    "a short notice beside a sidebar of headlines is an article");
	tap_ok(kind_of("<html><head><title>通知公告</title></head><body><div class=\"left\"><h2>通知公告</h2>"
	    "<div class=\"intro\">" NOTICE "</div></div><div class=\"right\"><ul>",
	    12, "</ul></div></body></html>", NULL) == PAGE_LIST,
	    "a channel's short intro beside its list is a list");
}

#define SUMMARY(n) "<p>为维护良好的讨论环境，本版禁止发布广告、谣言和人身攻击内容，违者删帖并视情节禁言。" \
	"发帖请选择正确分类，标题要写清楚事由。第" n "条。</p>"

/* Pinned notices with their summaries above a board's list; a portal's
 * lead story with its summary above the main list. */
static void
teasers_no_story(void)
{
	size_t n = 0;

	tap_ok(kind_of("<html><head><title>民生杂谈 - 青溪论坛</title></head><body><h1>民生杂谈</h1><div class=\"top\">"
	    "<div class=\"item\"><h3><a href=\"/t/1.html\">【公告】青溪论坛版规（修订）</a></h3>" SUMMARY("一") "</div>"
	    "<div class=\"item\"><h3><a href=\"/t/2.html\">【置顶】反映问题渠道汇总</a></h3>" SUMMARY("二") "</div>"
	    "<div class=\"item\"><h3><a href=\"/t/3.html\">【置顶】优秀帖子评选结果</a></h3>" SUMMARY("三") "</div>"
	    "</div><ul class=\"threads\">", 20, "</ul></body></html>", &n) == PAGE_LIST,
	    "a board with pinned notices is a list");
	tap_int((long)n, 20, "its main list");
	tap_ok(kind_of("<html><head><title>临川网 - 临川市综合新闻门户</title></head><body><div class=\"lead\">"
	    "<h2><a href=\"/lead.html\">临川市全面推进城市更新行动 今年将实施重点项目八十个</a></h2>"
	    "<p>3月28日，临川市召开城市更新行动推进大会，部署全年重点工作。今年，全市将实施老旧小区改造、背街小巷整治、"
	    "城市绿道建设等重点项目八十个，总投资约一百二十亿元，让群众在家门口感受城市品质的提升。会议要求，各县区、"
	    "各部门要倒排工期、挂图作战，确保项目早开工、早见效，同时做好施工期间的交通组织和群众沟通工作。"
	    "<a href=\"/lead.html\">[详细]</a></p></div><ul>", 14, "</ul></body></html>", NULL) == PAGE_LIST,
	    "a portal's lead story over its main list is a list");
}

/* Stories that look like teasers: a listicle whose items are headed by
 * links, and a story whose headline links to its own page. */
static void
stories_stay(void)
{
	struct buf b = {0};

	buf_adds(&b, "<html><head><title>青溪县五个必去的赏花地_文旅青溪</title></head><body>"
	    "<h1>青溪县五个必去的赏花地</h1><div class=\"content\">");
	for (int i = 0; i < 5; i++)
		buf_addf(&b, "<h3><a href=\"/spot/%d.html\">%s花海</a></h3><p>%s的花海每年三月进入盛花期，"
		    "游客可以沿着木栈道慢慢走，也可以登上观景台俯瞰全景。这里交通方便，周边还有农家乐和民宿。</p>",
		    i, towns[i], towns[i]);
	buf_adds(&b, "</div><ul>");
	tap_ok(kind_of(b.s, 10, "</ul></body></html>", NULL) == PAGE_ARTICLE,
	    "a listicle under its headline is an article");
	buf_free(&b);
	tap_ok(kind_of("<html><head><title>临川</title></head><body><div class=\"post\">"
	    "<h2><a href=\"" TEST_URL "\">临川市春季招聘会提供岗位五千余个</a></h2>"
	    "<p>3月16日，临川市春季招聘会在市体育馆举行，两百余家企业提供岗位五千余个，吸引求职者八千余人次入场。"
	    "现场还设置了政策咨询、技能培训报名等服务台，方便求职者一站式办理。市人社局负责人介绍，今年将举办各类招聘活动"
	    "六十场，重点帮助高校毕业生、返乡农民工等群体就业，并为参会企业提供免费的岗位发布服务。"
	    "招聘会每周六上午开放，持续到四月底。</p></div><ul>", 6, "</ul></body></html>", NULL) == PAGE_ARTICLE,
	    "a story whose headline links to its own page is no teaser");
}

/* A body that is the list's rows: search results, each a linked heading
 * over a summary and its address and date, and a catalogue table of index
 * numbers, titles and dates under a heading <title> confirms.  A roundup
 * whose linked headings stand over paragraphs of their own stays a story. */
static void
body_is_rows(void)
{
	struct buf b = {0};
	struct ctx c;

	buf_adds(&b, "<html><head><title>站内搜索</title></head><body><div class=\"results\">");
	for (int i = 0; i < 8; i++)
		buf_addf(&b, "<div class=\"item\"><h3><a href=\"/s/%d.html\">%s<em>桥</em>%s</a></h3>"
		    "<p>%s的<em>桥</em>梁工程已完成主体施工，预计下月恢复通行，届时两岸群众出行将更加方便……</p>"
		    "<p><span>www.qx.example/s/%d.html</span> <span>2024-05-%02d</span></p></div>",
		    i, towns[i % 6], deeds[i % 7], towns[i % 6], i, 20 - i);
	buf_adds(&b, "</div><ul>");
	add_items(&b, 100, 5);
	buf_adds(&b, "</ul></body></html>");
	test_list(&c, b.s);
	tap_ok(c.page->kind == PAGE_LIST, "search results, each with its summary: a list");
	tap_int((long)c.page->headlines.n, 8, "its eight results");
	test_doc_free(&c);
	buf_free(&b);

	buf_adds(&b, "<html><head><title>政府信息公开目录_青溪县</title></head><body>"
	    "<h2>政府信息公开目录</h2><table><tr><th>序号</th><th>索引号</th><th>标题</th><th>发布日期</th></tr>");
	for (int i = 0; i < 12; i++)
		buf_addf(&b, "<tr><td>%d</td><td>QX-2024-%05d</td><td><a href=\"/g/%d.html\">%s关于%s的通知</a></td>"
		    "<td>2024-04-%02d</td></tr>", i + 1, 131 - i, i, towns[i % 6], deeds[i % 7], 28 - i);
	buf_adds(&b, "</table><ul>");
	add_items(&b, 100, 5);
	buf_adds(&b, "</ul></body></html>");
	test_list(&c, b.s);
	tap_ok(c.page->kind == PAGE_LIST, "a table of documents under a confirmed heading: a list");
	test_doc_free(&c);
	buf_free(&b);

	buf_adds(&b, "<html><head><title>青溪快讯丨5月14日_青溪新闻网</title></head><body>"
	    "<h1>青溪快讯丨5月14日</h1><div class=\"content\"><p>来看今天的青溪快讯。</p>");
	for (int i = 0; i < 6; i++)
		buf_addf(&b, "<p><strong><a href=\"/k/%d.html\">%s%s</a></strong></p><p>%s近日%s，"
		    "相关部门组织人员逐项落实，预计本月底前全部完成，群众可拨打热线电话咨询。</p>",
		    i, towns[i % 6], deeds[i % 7], towns[i % 6], deeds[i % 7]);
	buf_adds(&b, "</div><ul>");
	add_items(&b, 100, 5);
	buf_adds(&b, "</ul></body></html>");
	test_list(&c, b.s);
	tap_ok(c.page->kind == PAGE_ARTICLE, "a roundup of linked headings over their paragraphs is a story");
	test_doc_free(&c);
	buf_free(&b);
}

/* Cards whose topic link (a kicker) stands before the headline: the row's
 * headline is the link in its heading. */
static void
kicker_cards(void)
{
	struct buf b = {0};
	struct ctx c;

	buf_adds(&b, "<html><head><title>Local News | The Courier</title></head><body>"
	    "<div class=\"card card--lead\"><a class=\"kicker\" href=\"/local/gov/\">Government</a>"
	    "<h2><a href=\"/local/lead.html\">Council approves $14 million plan to rebuild Main Street</a></h2>"
	    "<p>Construction would start next spring, city engineers said.</p></div><div class=\"grid\">");
	for (int i = 0; i < 6; i++)
		buf_addf(&b, "<div class=\"card card--grid\"><a class=\"kicker\" href=\"/local/topic%d/\">Government</a>"
		    "<h3><a href=\"/local/story%d.html\">County board delays vote on landfill fee %d</a></h3>"
		    "<time datetime=\"2024-05-13T15:05:00-05:00\">%d hours ago</time></div>", i, i, i, i + 2);
	buf_adds(&b, "</div></body></html>");
	test_list(&c, b.s);
	tap_ok(c.page->headlines.n == 7 && strcmp(c.page->headlines.v[1].url, "http://unit.test/local/story0.html") == 0,
	    "a card's headline is the link in its heading, not its kicker");
	tap_str(c.page->headlines.n ? c.page->headlines.v[0].url : NULL, "http://unit.test/local/lead.html",
	    "the lead card over the grid is the list's first");
	tap_str(c.page->headlines.n > 1 ? c.page->headlines.v[1].date : NULL, "2024-05-13 15:05",
	    "a card's \"2 hours ago\" dated by its <time datetime>");
	test_doc_free(&c);
	buf_free(&b);
}

/* A topic page: a hero card in a section of its own (another tag, another
 * class) over a grid of cards; its picture links the story too. */
static void
hero_over_grid(void)
{
	struct buf b = {0};
	struct ctx c;

	buf_adds(&b, "<html><head><title>Ferries | The Reporter</title></head><body>"
	    "<header class=\"topic-header\"><h1>Ferries</h1><button>+ Follow</button></header>"
	    "<section class=\"topic-hero\"><div class=\"hero-card\"><a href=\"/local/hero.html\"><img src=\"/h.jpg\" alt=\"A ferry\"></a>"
	    "<div class=\"hero-text\"><span>Local News</span><h2><a href=\"/local/hero.html\">Sailings cut again as crew shortage drags on</a></h2>"
	    "<p>Morning sailings are cancelled through Thursday.</p><time datetime=\"2024-05-12T16:30:00-07:00\">May 12, 2024 4:30 PM</time></div></div></section>"
	    "<section class=\"topic-grid\">");
	for (int i = 0; i < 6; i++)
		buf_addf(&b, "<div class=\"grid-card\"><a href=\"/local/story%d.html\"><img src=\"/%d.jpg\" alt=\"\"></a>"
		    "<h3><a href=\"/local/story%d.html\">Terminal expansion plan number %d wins support</a></h3>"
		    "<time datetime=\"2024-05-10T11:05:00-07:00\">May 10, 2024</time></div>", i, i, i, i);
	buf_adds(&b, "</section></body></html>");
	test_list(&c, b.s);
	tap_int((long)c.page->headlines.n, 7, "the hero card over the grid is a headline too");
	tap_str(c.page->headlines.n ? c.page->headlines.v[0].url : NULL, "http://unit.test/local/hero.html",
	    "and the list's first");
	tap_str(c.page->headlines.n ? c.page->headlines.v[0].date : NULL, "2024-05-12 16:30", "dated by its <time>");
	test_doc_free(&c);
	buf_free(&b);
	b = (struct buf){0};
	buf_adds(&b, "<html><body><div class=\"col\"><h2 class=\"title\"><a href=\"/x/\">Latest local news</a></h2><ul>");
	add_items(&b, 1, 8);
	buf_adds(&b, "</ul></div></body></html>");
	test_list(&c, b.s);
	tap_int((long)c.page->headlines.n, 8, "a section's linked title over its list is no hero card");
	test_doc_free(&c);
	buf_free(&b);
}

/* A blog's archive: each post under its linked heading also links its
 * date, author, tags, comments and a "Read more"; the posts are the list,
 * not the sidebar's Recent Posts. */
static void
archive_posts(void)
{
	struct buf b = {0};
	struct ctx c;

	buf_adds(&b, "<html><head><title>Flooding Archives - The Beacon</title></head><body><main>"
	    "<h1>Tag: Flooding</h1>");
	for (int i = 0; i < 6; i++)
		buf_addf(&b, "<article class=\"post\"><h2><a href=\"/p/%d/\">Volunteers fill sandbags as the river rises, day %d</a></h2>"
		    "<div><a href=\"/p/%d/\"><time datetime=\"2024-03-0%dT08:15:00-06:00\">March %d, 2024</time></a>"
		    " by <a href=\"/author/jen/\">Jen Holloway</a></div><p>More than 200 people turned out at the "
		    "fairgrounds on Saturday, and the river is expected to crest Tuesday. "
		    "<a href=\"/p/%d/\">Read more &raquo;</a></p><footer><a href=\"/tag/flooding/\">flooding</a>, "
		    "<a href=\"/tag/otter-river/\">Otter River</a> <a href=\"/p/%d/#comments\">3 Comments</a></footer></article>",
		    i, i, i, i + 1, i + 1, i, i);
	buf_adds(&b, "</main><aside><h2>Recent Posts</h2><ul>");
	for (int i = 0; i < 5; i++)
		buf_addf(&b, "<li><a href=\"/r/%d/\">Brookfield High robotics team heads to state %d</a></li>", i, i);
	buf_adds(&b, "</ul></aside></body></html>");
	test_list(&c, b.s);
	tap_ok(c.page->kind == PAGE_LIST, "a tag archive of posts: a list");
	tap_ok(c.page->headlines.n == 6 && strcmp(c.page->headlines.v[0].url, "http://unit.test/p/0/") == 0,
	    "its six posts, each by its heading's link");
	tap_str(c.page->headlines.v[0].date, "2024-03-01 08:15", "a post's date and time from its <time datetime>");
	test_doc_free(&c);
	buf_free(&b);
}

/* An e-paper's page view: the page's stories, then 上一版 / 下一版; the
 * next page (版) is the list's next page. */
static void
epaper_next(void)
{
	struct ctx c;

	test_doc(&c, "<html><head><title>枫川日报数字报</title></head><body><ul>"
	    "<li><a href=\"content_1.htm\">枫川县一季度规上工业增加值增长</a></li>"
	    "<li><a href=\"content_2.htm\">石岭镇茶叶合作社用上智能揉捻机</a></li>"
	    "<li><a href=\"content_3.htm\">白沙工业园新签约项目七个</a></li>"
	    "<li><a href=\"content_4.htm\">县农商行发放首笔林权抵押贷款</a></li>"
	    "<li><a href=\"content_5.htm\">图片新闻</a></li><li><a href=\"/index.html\">返回首页</a></li>"
	    "<li><a href=\"content_6.htm\">更多</a></li></ul>"
	    "<div><a href=\"node_3.htm\">上一版</a> <a href=\"node_5.htm\">下一版</a></div></body></html>");
	find_body(&c);
	extract_headlines(&c);
	decide_kind(&c);
	extract_next_page(&c);
	tap_str(c.page->next_page, "http://unit.test/news/2024/node_5.htm", "an e-paper's 下一版 is the next page");
	tap_int((long)c.page->headlines.n, 5, "a story of the page with a short title (图片新闻) is in the list");
	tap_str(c.page->headlines.n == 5 ? c.page->headlines.v[4].title : NULL, "图片新闻",
	    "after the others; 返回首页 and 更多 are not");
	test_doc_free(&c);
}

/* A section front ends its list with "More" and the section's name: that
 * is its next page; "More" and another section's name is not. */
static void
more_of_section(void)
{
	struct buf b = {0};
	struct ctx c;

	buf_adds(&b, "<html><head><title>Local News | The Courier</title></head><body>"
	    "<h1>Local News</h1><div class=\"grid\">");
	for (int i = 0; i < 6; i++)
		buf_addf(&b, "<div class=\"card\"><h3><a href=\"/local/s%d.html\">County board delays vote on fee %d</a></h3></div>", i, i);
	buf_adds(&b, "</div><a href=\"/sports/\">More Sports</a> <a href=\"/local/?page=2\">More Local News</a></body></html>");
	test_list(&c, b.s);
	extract_title(&c);
	extract_next_page(&c);
	tap_str(c.page->next_page, "http://unit.test/local/?page=2", "More and the section's name is the next page");
	test_doc_free(&c);
	buf_free(&b);
}

/* A pager or a "more" link standing in the list as its last rows is no
 * headline, in Chinese or English, however long its words. */
static void
pager_rows(void)
{
	struct buf b = {0};
	struct ctx c;
	int clean = 1;

	buf_adds(&b, "<html><body><ul class=\"list\">");
	add_items(&b, 0, 12);
	buf_adds(&b, "<li class=\"more\"><a href=\"/x/\">查看更多乡镇动态&gt;&gt;</a></li>"
	    "<li class=\"pg\"><a href=\"/x/p1.html\">&laquo; Previous page</a> "
	    "<a href=\"/x/p3.html\">Next page &raquo;</a></li>"
	    "<li><a href=\"/x/p1.html\">上一页（第一页）</a> <a href=\"/x/p9.html\">尾页（第九页）</a></li></ul>"
	    "</body></html>");
	test_list(&c, b.s);
	tap_int((long)c.page->headlines.n, 12, "a list of twelve and its pager rows: twelve headlines");
	for (size_t i = 0; i < c.page->headlines.n; i++)
		clean &= strncmp(c.page->headlines.v[i].url, "http://unit.test/x/p", 20) != 0 &&
		    strcmp(c.page->headlines.v[i].url, "http://unit.test/x/") != 0;
	tap_ok(clean, "no pager link nor 查看更多 among them");
	test_doc_free(&c);
	buf_free(&b);
}

/* A summary under a headline is its snippet; a byline line, a table's
 * columns and a title alone give none. */
static void
snippets(void)
{
	struct buf b = {0};
	struct ctx c;

	buf_adds(&b, "<html><body><div class=\"news\">");
	for (int i = 0; i < 4; i++)
		buf_addf(&b, "<div class=\"item\"><h3><a href=\"/s/%d.html\">%s%s</a></h3>%s"
		    "<div class=\"info\">来源：青溪日报 2024-04-0%d</div></div>", i, towns[i], deeds[i],
		    i == 1 ? "" : i == 2 ? "<p>记者：王小明 摄影：李青青 通讯员：赵东</p>" :
		    "<p>活动现场，工作人员向村民发放宣传资料，讲解政策要点。[详细]</p>", i + 1);
	buf_adds(&b, "</div></body></html>");
	test_list(&c, b.s);
	tap_int((long)c.page->headlines.n, 4, "four items with summaries or without");
	if (c.page->headlines.n == 4) {
		tap_str(c.page->headlines.v[0].snippet, "活动现场，工作人员向村民发放宣传资料，讲解政策要点。",
		    "the summary under the headline, without its [详细]");
		tap_ok(c.page->headlines.v[1].snippet == NULL, "an item of a headline and a byline line: none");
		tap_ok(c.page->headlines.v[2].snippet == NULL, "a line of names is no summary");
		tap_str(c.page->headlines.v[3].date, "2024-04-04", "the date of its byline line");
	}
	test_doc_free(&c);
	buf_free(&b);
	buf_adds(&b, "<html><body><table>");
	for (int i = 0; i < 5; i++)
		buf_addf(&b, "<tr><td><a href=\"/t/%d.html\">%s%s</a></td><td>张三，李四，王五和赵六都回复了这个帖子</td>"
		    "<td>2024-03-1%d</td></tr>", i, towns[i], deeds[i], i);
	buf_adds(&b, "</table></body></html>");
	test_list(&c, b.s);
	tap_ok(c.page->headlines.n == 5 && c.page->headlines.v[0].snippet == NULL,
	    "a table's other columns are no snippet");
	test_doc_free(&c);
	buf_free(&b);
}

int
main(void)
{
	tap_init();
	split_list();
	blocks_apart();
	cards_are_rows();
	short_story();
	teasers_no_story();
	stories_stay();
	body_is_rows();
	kicker_cards();
	hero_over_grid();
	archive_posts();
	epaper_next();
	more_of_section();
	pager_rows();
	snippets();
	return tap_done();
}
