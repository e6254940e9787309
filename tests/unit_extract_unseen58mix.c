/* unit_extract_unseen58mix: the kinds of layout the fifty-eighth mixed
 * blind round (unseen58mix-*) found wanting: a forum's related topics
 * in a table with column heads (Discourse's 相关话题 / Related topics),
 * whose other cells (replies, views, a month) are no snippet; a forum
 * category's badge under the headline, the page's article:section, taken
 * for the source; a blog module's related summaries under "You might
 * also be interested in", their links titled 'Read more on "TITLE"'; a
 * blog's entry meta "Posted in CATEGORY, tagged with T1, T2 on DATE by
 * NAME" (Silverstripe Blog's) holding the tags and the writer. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_tooltip.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define URL "https://forum.example.org/t/topic/77"
#define HEAD(title, meta) "<html><head><meta charset=\"utf-8\"><title>" title "</title>" meta "</head><body>"
#define P1 "<p>枫港华人互助会定于明年二月在社区中心举办春节联欢会，现面向社区公开招募志愿者四十名，欢迎大家踊跃报名参加。</p>"
#define P2 "<p>报名者须参加一月下旬在社区中心举行的岗前培训，活动当天为志愿者提供晚餐和纪念T恤，详情请见报名表。</p>"
#define P3 "<p>如有疑问，请致电互助会办公室，或在本帖下方回复留言，秘书处会在两个工作日内回复大家的问题。</p>"
#define STORY HEAD("联欢会招募志愿者 - 社区公告 - 枫港论坛", "") "<h1>联欢会招募志愿者</h1>" \
	"<div class=\"post\">" P1 P2 P3 "</div>"

#define ROW(id, title, cells) "<tr><td class=\"main-link\"><a class=\"title\" href=\"/t/topic/" id "\">" \
	title "</a> <div><a href=\"/c/announcements/5\"><span>社区公告</span></a></div></td>" cells "</tr>"
#define TOPICS(thead) STORY "<div id=\"related-topics\"><h3>相关话题</h3><table class=\"topic-list\">" thead \
	"<tbody>" ROW("70", "中秋游园会志愿者表彰名单公布", "<td>6</td><td>412</td><td>十月 2026</td>") \
	ROW("71", "长者冬季流感疫苗接种预约开始", "<td>11</td><td>689</td><td>十一月 2026</td>") \
	"</tbody></table></div></body></html>"
#define THEAD "<thead><tr><th>话题</th><th></th><th>回复</th><th>浏览量</th><th>活动</th></tr></thead>"

/* A table's column heads (话题 回复 浏览量) are no title of another box. */
static void
column_heads(void)
{
	tap_int(test_story_related(xstrdup(TOPICS(THEAD))), 2,
	    "a related table's <th> column heads do not end the related box");
	tap_int(test_story_related(xstrdup(STORY "<div><h3>相关话题</h3><div class=\"empty\"></div></div>"
	    "<div class=\"box\"><div class=\"label\">论坛精华</div><ul><li><a href=\"/t/topic/5\">"
	    "十年来社区春晚节目单回顾与整理</a></li><li><a href=\"/t/topic/6\">社区中心场地借用须知"
	    "及收费标准</a></li></ul></div></body></html>")), 0,
	    "... a short title in a block of its own still begins another box");
}

/* The other cells of a table row are columns, no snippet. */
static void
row_snippet(void)
{
	struct page *p = test_page_of(TOPICS(THEAD), URL);

	tap_int((long)p->related.n, 2, "a forum's topic table: two related topics");
	tap_str(p->related.n > 0 ? p->related.v[0].snippet : "", NULL,
	    "... the replies, views and month cells are no snippet");
	page_free(p);
	p = test_page_of(STORY "<h3>相关文章</h3><table><tr><td><a href=\"/t/topic/9\">社区中心新年开放"
	    "时间调整通知</a><br>元旦当天闭馆，二日起恢复正常开放时间。</td></tr><tr><td><a href=\"/t/topic/8\">"
	    "周末中文学校春季班开始招生</a><br>春季班三月开课，名额有限，请尽早报名。</td></tr></table>"
	    "</body></html>", URL);
	tap_str(p->related.n > 0 ? p->related.v[0].snippet : "", "元旦当天闭馆，二日起恢复正常开放时间。",
	    "... a row of one cell keeps its summary line as the snippet");
	page_free(p);
}

#define SECTION(meta, badge) HEAD("联欢会招募志愿者 - 社区公告 - 枫港论坛", meta) \
	"<h1>联欢会招募志愿者</h1><div class=\"topic-category\"><a href=\"/c/announcements/5\">" badge \
	"</a></div><div class=\"post\">" P1 P2 P3 "</div></body></html>"

/* The section the page's metadata names is no source. */
static void
section_badge(void)
{
	test_source_is(SECTION("<meta property=\"og:article:section\" content=\"社区公告\">", "社区公告"), NULL,
	    "a category badge under the headline, the og:article:section, is no source");
	test_source_is(SECTION("<meta property=\"article:section\" content=\"社区公告\">", "社区公告"), NULL,
	    "... nor when article:section names it");
	test_source_is(SECTION("<meta property=\"article:section\" content=\"春节\">", "社区公告"), "社区公告",
	    "... a part of <title> under the headline, no section, is still the site's name");
}

/* A link's title attribute quoting its text after a label is no title. */
static void
quoted_label(void)
{
	tap_int(tooltip_is_title("Road closure on La Rue des Fonds",
	    "Read more on \"Road closure on La Rue des Fonds\""), 0,
	    "a title attribute 'Read more on \"TITLE\"' labels the title the text shows whole");
	tap_int(tooltip_is_title("Road closure on La Rue des Fonds",
	    "Read more on \xE2\x80\x9CRoad closure on La Rue des Fonds\xE2\x80\x9D"), 0,
	    "... and so with curly quotes");
	tap_int(tooltip_is_title("Road closure on La Rue\xE2\x80\xA6",
	    "Road closure on La Rue des Fonds until Friday"), 1,
	    "... a text cut from the attribute still takes it whole");
}

#define SUMMARY(n, title) "<div class=\"post-summary\"><h3><a href=\"/news/" n "/\" title=\"Read more on " \
	"&quot;" title "&quot;\">" title "</a></h3><p class=\"date\">14 November 2026</p><p>The road will " \
	"be closed for drainage repairs, with a diversion via the hill.</p><a href=\"/news/" n "/\" " \
	"class=\"more\">Read more</a></div>"
#define EN_P "<p>The Connétable and members of the Roads Committee walked the parish's by-roads last week " \
	"for the second inspection of the year.</p><p>Of the properties bordering the routes, most had cut " \
	"back their hedges and trees to the required heights.</p><p>The next inspection will take place in " \
	"July, with cutting to be done in the preceding fortnight.</p>"
#define EN_STORY(meta) HEAD("Autumn inspection &raquo; Parish", "") "<article><h1>Autumn inspection</h1>" meta \
	"<div class=\"content\">" EN_P "</div>"

/* "You might also be interested in" heads a related list. */
static void
interested_in(void)
{
	tap_int(test_story_related(xstrdup(EN_STORY("") "<section><h2>You might also be interested in</h2>"
	    SUMMARY("road-closure", "Road closure on La Rue des Fonds")
	    SUMMARY("summer-results", "Summer branchage results") "</section></article></body></html>")), 2,
	    "\"You might also be interested in\" heads the post summaries after the post");
	tap_int(test_story_related(xstrdup(EN_STORY("") "<section><h2>Residents interested in volunteering</h2>"
	    "<ul><li><a href=\"/volunteer/roads/\">Roads and branchage volunteers</a></li><li>"
	    "<a href=\"/volunteer/police/\">Honorary Police volunteers</a></li></ul></section></article>"
	    "</body></html>")), 0,
	    "... a heading that only holds \"interested in\" heads none");
}

#define META_LINE "<p class=\"blog-post-meta\">Posted in <a href=\"/news/category/roads\">Roads Committee</a>, " \
	"tagged with <a href=\"/news/tag/branchage\">branchage</a>, <a href=\"/news/tag/hedges\">hedges</a> " \
	"on <a href=\"/news/archive/2026/12/3\">3 December 2026</a> by <a href=\"/news/profile/ann\">Ann " \
	"Le Sueur</a></p>"

/* A blog's entry meta mixing its links: the tag links are the tags. */
static void
tag_links_in_meta(void)
{
	char *joined = NULL;

	tap_int(test_story_tags(EN_STORY(META_LINE) "</article></body></html>", "|", &joined), 2,
	    "an entry meta line's links to tag pages are the tags");
	tap_str(joined, "branchage|hedges", "... its category, date and writer links are none");
	free(joined);
	tap_int(test_story_tags(EN_STORY("<p>The committee has written about <a href=\"/news/tag/hedges\">hedges</a> "
	    "and <a href=\"/news/tag/branchage\">branchage</a> before, and residents can read the <a href=\""
	    "/roads/\">guidance</a> on the parish website at any time of year.</p>") "</article></body></html>",
	    "|", NULL), 0,
	    "... a sentence with two tag links in it gives no tags");
}

/* "Posted in … on DATE by NAME": the writer after the date. */
static void
posted_in_by(void)
{
	test_gives(fielded_by, "Posted in Roads Committee, tagged with branchage, hedges on 3 December 2026 by "
	    "Hélène Le Cornu", "Hélène Le Cornu",
	    "\"Posted in CATEGORY, tagged with TAGS on DATE by NAME\" names the writer");
	test_gives(fielded_by, "Posted in the parish magazine on 3 December 2026 by request of the Connétable",
	    NULL, "... \"by\" and no name after the date names no one");
}

int
main(void)
{
	column_heads();
	row_snippet();
	section_badge();
	quoted_label();
	interested_in();
	tag_links_in_meta();
	posted_in_by();
	return tap_done();
}
