/* unit_extract_byline: the byline part alone, on small pages written for
 * each rule of the publication time: which date is the byline's, where
 * relative words count, English dates, zones, metadata tables, e-paper
 * issues; and which lines that look like a byline are sentences. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>青溪县春耕忙</title>"
#define P1 "<p>青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里，指导农户整地育秧。</p>"
#define P2 "<p>站长周明远说，今年的早稻品种换成了抗倒伏的新种，亩产有望提高一成，农户们都很期待。</p>"
#define P3 "<p>据了解，全县已备好化肥两千吨，农机五百台，确保春耕生产有序进行，不误农时。</p>"
#define EN1 "<p>The Harrow Valley town council voted on Tuesday night to build a footbridge over Mill Creek, ending a long debate.</p>"
#define EN2 "<p>The bridge will link the Orchard Street neighborhood with the middle school, a walk that now means a long detour.</p>"

/* Checks the published time of a page, as extract_doc() reaches it. */
#define check test_published_is

/* who supplied the story, by other words than 来源 */
static void
sources(void)
{
	test_source_is("<html><head><title>Footbridge approved</title></head><body><h1>Footbridge approved over Mill Creek</h1>"
	    "<div class=\"byline\">By Dana Kowalski</div><div class=\"lead-art video-player\"><div class=\"video-caption\">"
	    "Council members look at the footbridge plans on Tuesday. (Source: News 7)</div></div>"
	    "<div class=\"body\">" EN1 EN2 "</div></body></html>", NULL,
	    "a video caption's (Source: …) credits the video, not the story");
	test_source_is(HEAD "</head><body><h1>青溪县春耕忙</h1><p class=\"metas\"><span>供稿单位：农学院</span>"
	    "<span>作者：林听雨</span><span>发布时间：2024-05-13</span></p><div class=\"content\">" P1 P2 P3
	    "</div></body></html>", "农学院", "a university page's 供稿单位 is the source");
	test_source_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"info\">供稿：县农业农村局　2024-05-13</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>", "县农业农村局", "供稿： is the source");
	test_source_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"content\"><p>【港島日報專訊】記者黎嘉敏報道："
	    "運輸署今日宣布，青灣碼頭往石角灣的街渡服務由下月起增設夜間班次，方便在市區上夜班的居民。</p>"
	    P2 P3 "</div></body></html>", "港島日報", "the outlet of a dateline 【…專訊】 is the source");
	test_source_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"info\">来源：青溪日报</div>"
	    "<div class=\"content\"><p>【港島日報專訊】運輸署今日宣布，青灣碼頭往石角灣的街渡服務由下月起增設夜間班次。</p>"
	    P2 P3 "</div></body></html>", "青溪日报", "a labelled source beats the dateline's outlet");
	test_source_is("<html><head><title>周末茶座｜青溪县春耕忙 - 青溪晚报</title></head><body><h1>青溪县春耕忙</h1>"
	    "<div class=\"meta\"><span>文 / 何雨桐</span><span>2024-05-12 07:00</span><span>青溪晚报</span></div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>", "青溪晚报",
	    "the site's name of <title> ending the byline line, unlabelled, is the source");
	test_source_is("<html><head><title>青溪县春耕忙_青溪晚报</title></head><body><h1>青溪县春耕忙</h1>"
	    "<div class=\"meta\">青溪晚报 2024-05-12 07:00</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>", "青溪晚报",
	    "... or starting it");
	test_source_is("<html><head><title>青溪县春耕忙_新闻中心</title></head><body><h1>青溪县春耕忙</h1>"
	    "<div class=\"date-source\"><span class=\"date\">2024年05月12日 07:00</span> "
	    "<a class=\"source ent-source\" href=\"http://paper.test/\">青溪晚报</a></div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>", "青溪晚报",
	    "a bare name marked class=source under the headline is the source");
	test_source_is("<html><head><title>青溪县春耕忙_新闻中心</title></head><body><h1>青溪县春耕忙</h1>"
	    "<div class=\"content\">" P1 P2 P3 "</div><div class=\"source-list\"><a href=\"/a\">青溪晚报</a></div>"
	    "</body></html>", NULL, "... not one after the body");
	test_source_is("<html><head><title>青溪县春耕忙_新闻中心</title></head><body><h1>青溪县春耕忙</h1>"
	    "<div class=\"info\"><span class=\"source\">本站原创</span> <span>2024-05-12</span></div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>", NULL, "... nor 本站原创");
	test_source_is("<html><head><title>青溪县春耕忙_青溪晚报</title></head><body><h1>青溪县春耕忙</h1>"
	    "<div class=\"meta\">2024-05-12 07:00 晚报</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>", NULL,
	    "a piece of the site's name is none");
}

static void
role_lines(void)
{
	test_author_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"meta\"><span>文 / 何雨桐</span>"
	    "<span>2024-05-12 07:00</span></div><div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "何雨桐", "a column's 文 / NAME in the meta line names the author");
	test_author_is(HEAD "</head><body><h1>青溪县春耕忙</h1><p>文／何雨桐　图／陈立</p>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "何雨桐", "文／NAME before 图／NAME names the writer");
	test_author_is(HEAD "</head><body><h1>青溪县春耕忙</h1><p class=\"au\">本报记者　何雨桐</p>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "何雨桐", "an e-paper's 本报记者 line of its own names the author");
	test_author_is(HEAD "</head><body><h1>Footbridge approved</h1><div class=\"by\">By Dana Whitfield</div>"
	    "<div class=\"content\">" EN1 EN2 "</div></body></html>",
	    "Dana Whitfield", "a By line of its own names the author");
	test_author_is(HEAD "</head><body><h1>Footbridge approved</h1><p>By Tuesday the council had voted</p>"
	    "<div class=\"content\">" EN1 EN2 "</div></body></html>",
	    NULL, "a sentence starting with By names no one");
	test_author_is(HEAD "</head><body><h1>组图：老街油纸伞</h1><div>来源：青溪日报　摄影：俞青山</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "俞青山", "a photo story's 摄影 is its author when no one else is named");
	test_author_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div>记者：林晓　摄影：俞青山</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "林晓", "a 记者 beats the photographer");
	test_author_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"reporter\">报道：陈慧玲　摄影：林家豪</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "陈慧玲", "an overseas daily's 报道： line names the author, not the photographer");
	test_author_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div>摄影：林家豪</div><div class=\"content\">" P1 P2
	    "<p>据县电视台报道：春耕期间，县里还将组织农机手开展夜间作业。</p></div></body></html>",
	    "林家豪", "... but 报道： inside a line is a quote's, no label");
	test_author_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"content\">"
	    "<p class=\"byline\">本报记者 陈立　通讯员 吴欣悦</p>" P1 P2 P3 "</div></body></html>",
	    "陈立 吴欣悦", "a line of 记者 and 通讯员 names both, inside the text block too");
	test_author_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div><div>江潮新闻记者 程书远 通讯员 雷佳</div>"
	    "<span>2024-04-12 14:07</span></div><div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "程书远 雷佳", "an outlet's 记者 (江潮新闻记者) is a role too");
	test_author_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"content\">"
	    "<p>本报讯（记者 陈立 通讯员 吴欣悦）4月10日，青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里。</p>"
	    P2 P3 "</div></body></html>",
	    "陈立 吴欣悦", "the names 本报讯（记者 … 通讯员 …） credits");
	test_author_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"content\"><p>原标题：青溪春耕提前十天</p>"
	    "<p>本报讯（记者 陈立）4月10日，青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里。</p>"
	    P2 P3 "</div></body></html>",
	    "陈立", "... under a portal's 原标题： line too");
	test_author_is(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"content\">"
	    "<p>新华社青溪4月13日电（记者 潘予宁、汤秋月）青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里。</p>"
	    P2 P3 "</div></body></html>",
	    "潘予宁 汤秋月", "the names a 电头 credits, apart by 、");
	test_author_is("<html><head><title>金竹镇春灌忙</title><meta name=\"author\" content=\"舒小禾\"></head><body>"
	    "<h1>金竹镇春灌忙</h1><div class=\"meta\"><span>原创</span> <span>舒小禾</span> <a href=\"#\">云峤发布</a> "
	    "<em>2024-04-12 18:30</em></div><div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "舒小禾", "<meta name=author> names the author when the header shows the name unlabelled");
	test_author_is("<html><head><title>金竹镇春灌忙</title><meta name=\"author\" content=\"罗晓岚\"></head><body>"
	    "<h1>金竹镇春灌忙</h1><div class=\"meta\">2024-04-12 18:30</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    NULL, "a name the page does not show is no author (many a site's meta names its editor)");
	test_author_is(HEAD "</head><body><h1>Footbridge approved</h1><div class=\"by\">By <a href=\"/p/kl\">Kate Lawson</a> · "
	    "Updated April 9 2024 - 9:10am, first published 6:30am</div>"
	    "<div class=\"content\">" EN1 EN2 "</div></body></html>",
	    "Kate Lawson", "a By line running on past a separator into its times names the author");
}

static void
schema_authors(void)
{
	test_author_is(HEAD "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\","
	    "\"name\":\"Gordon Pell\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Ashby Courier\"}}</script>"
	    "</head><body><h1>Footbridge approved</h1><div class=\"gnt_ar_by\"><a href=\"/staff/1\">Gordon Pell</a></div>"
	    "<div class=\"content\">" EN1 EN2 "</div></body></html>",
	    "Gordon Pell", "a byline with no By nor a class: JSON-LD's Person names the author");
	test_author_is(HEAD "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\","
	    "\"name\":\"Ashby Courier Staff\"},\"publisher\":{\"@type\":\"Person\",\"name\":\"Gordon Pell\"}}</script>"
	    "</head><body><h1>Footbridge approved</h1><div class=\"content\">" EN1 EN2 "</div></body></html>",
	    NULL, "an organisation as JSON-LD's author is no one, nor a Person after it");
}

static void
nearest_date(void)
{
	check(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"info\">2024-03-05 09:30　青溪日报</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div><div class=\"comments\"><p>网友甲 发表时间：2024-03-07 21:16</p>"
	    "<p>说得好。</p></div></body></html>",
	    "2024-03-05T09:30", "a date and time under the headline beats a comment's 发表时间 below");
	check(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"info\">发布时间：2024-03-05 09:30</div>"
	    "<div class=\"info2\">2024-03-04 18:00</div><div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "2024-03-05T09:30", "a label nearer the headline beats an unlabelled date");
	check(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"info\">2024-03-05</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div><p>发布时间：2024-03-06 10:00</p></body></html>",
	    "2024-03-06T10:00", "an unlabelled date without its time does not beat a label");
}

static void
weak_labels(void)
{
	check(HEAD "<meta name=\"pubdate\" content=\"2024-03-20 10:15:00\"></head><body><h1>青溪县春耕忙</h1>"
	    "<div class=\"info\">来源：青溪日报</div><div class=\"content\">" P1
	    "<p>本次培训活动时间：2024年3月23日至25日，地点在县农技站。</p>" P2 P3 "</div>"
	    "<ul class=\"rel\"><li><a href=\"/a.html\">青溪湿地公园开放时间2024年3月15日起调整</a></li></ul></body></html>",
	    "2024-03-20T10:15:00", "时间 inside a word (活动时间, 开放时间) is no byline label");
	check(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"info\">文章发布时间：2024-03-20 10:15</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "2024-03-20T10:15", "a publication label after a word (文章发布时间) still counts");
	check(HEAD "<meta name=\"pubdate\" content=\"2024-04-12 18:05\"></head><body><h1>青溪县春耕忙</h1>"
	    "<div class=\"content\">" P1 "<p>日期：2003年8月18日，县里启动老街保护性修缮，三十七栋老铺面按原样翻修。</p>"
	    P2 P3 "</div></body></html>",
	    "2024-04-12T18:05", "a paragraph that starts with 日期： and goes on as a sentence is no byline");
}

static void
relative_words(void)
{
	setenv("TZ", "UTC", 1);
	tzset();
	check(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"info\">发布时间：3小时前　来源：青溪日报</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "2024-03-06T09:00", "3小时前 after a byline label, against the fetch time");
	check(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"info\">青溪日报　昨天 18:20</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "2024-03-05T18:20", "昨天 18:20 standing in an unlabelled byline");
	check(HEAD "</head><body><h1>今天起青溪城区公交线路调整</h1><div class=\"info\">来源：青溪日报</div>"
	    "<div class=\"content\"><p>昨天下午，记者从青溪公交集团获悉，城区12条公交线路自今天起临时调整走向。</p>"
	    "<p>公交集团负责人说，3天前已在各站点张贴调整公告，乘客可到临时站点候车。</p>" P3 "</div></body></html>",
	    NULL, "今天 in the headline and 昨天, 3天前 in the body date nothing");
}

static void
english(void)
{
	check("<html><head><title>Council approves footbridge</title></head><body><h1>Council approves footbridge</h1>"
	    "<p class=\"updated\">Updated on Nov. 20, 2019 8:02 AM</p><p class=\"byline\">By Mara Quill · Nov. 19, 2019 5:50 PM</p>"
	    "<div class=\"story\">" EN1 EN2 "</div></body></html>",
	    "2019-11-19T17:50", "Nov. 19, 2019 5:50 PM, not the update above it");
	check("<html><head><title>Council approves footbridge</title></head><body><h1>Council approves footbridge</h1>"
	    "<div class=\"date\">19 Nov 2019 05:44 GMT</div><div class=\"story\">" EN1 EN2 "</div></body></html>",
	    "2019-11-19T05:44Z", "19 Nov 2019 05:44 GMT keeps its zone");
	check("<html><head><title>Council approves footbridge</title>"
	    "<meta property=\"article:published_time\" content=\"2019-11-19T17:50:00-08:00\"></head><body>"
	    "<h1>Council approves footbridge</h1><p>Updated on Nov. 20, 2019 8:02 AM</p>"
	    "<div class=\"story\">" EN1 EN2 "</div></body></html>",
	    "2019-11-19T17:50:00-08:00", "an update shown is not the publication: <meta> is");
	check("<html><head><title>Council approves footbridge</title></head><body><h1>Council approves footbridge</h1>"
	    "<p>Last updated: Nov. 20, 2019</p><div class=\"story\">" EN1 EN2 "</div></body></html>",
	    "2019-11-20", "an update is the page's date only when nothing else dates it");
}

static void
machine_dates(void)
{
	check(HEAD "<meta property=\"article:published_time\" content=\"2024-04-08T14:47:31+00:00\">"
	    "</head><body><h1>Footbridge approved</h1><div class=\"meta\"><span class=\"byline\">by Ann Lee</span>"
	    "<time class=\"entry-date published\" datetime=\"2024-04-08T10:47:31-04:00\">April 8, 2024</time>"
	    "<time class=\"updated\" datetime=\"2024-04-08T11:02:10-04:00\">April 8, 2024</time></div>"
	    "<div class=\"content\">" EN1 EN2 "</div></body></html>",
	    "2024-04-08T10:47:31-04:00", "<time class=published> in the page's zone beats the meta's UTC");
	check(HEAD "</head><body><h1>Harold James Whitcombe</h1><p class=\"dates\">March 2, 1938 – April 5, 2024</p>"
	    "<div class=\"text\"><p>Published by Tilden Courier on Apr. 9, 2024.</p>" EN1 EN2 "</div></body></html>",
	    "2024-04-09", "Published by NAME on DATE dates an obituary, not the life's dates under the name");
	check(HEAD "</head><body><h1>Footbridge approved</h1><div class=\"field\">For Immediate Release: "
	    "<time datetime=\"2024-03-03T12:00:00Z\">March 3, 2024</time></div>"
	    "<div class=\"content\">" EN1 EN2 "</div></body></html>",
	    "2024-03-03", "a date field's noon UTC (Drupal's date-only time) adds no time to the shown date");
	check(HEAD "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": "
	    "\"2024-05-06T08:30:00+08:00\"}</script></head><body><h1>青溪县春耕忙</h1><div class=\"content\">"
	    P1 P2 P3 "</div></body></html>",
	    "2024-05-06T08:30:00+08:00", "JSON-LD datePublished with its offset");
	check(HEAD "<script type=\"application/ld+json\">{\"datePublished\": \"\", \"dateModified\": "
	    "\"2024-05-08T10:00:00+08:00\"}</script></head><body><h1>青溪县春耕忙</h1><div class=\"content\">"
	    P1 P2 P3 "</div></body></html>",
	    NULL, "an empty datePublished is not read into dateModified");
	check(HEAD "<script type=\"application/ld+json\">{\"datePublished\": null, \"dateModified\": "
	    "\"2024-05-08T10:00:00+08:00\"}</script></head><body><h1>青溪县春耕忙</h1><div class=\"content\">"
	    P1 P2 P3 "</div></body></html>",
	    NULL, "a null datePublished is not read into dateModified");
	check(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"info\">2024年3月22日</div>"
	    "<time class=\"pub\" datetime=\"2024-03-22T09:15:00+08:00\"></time>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "2024-03-22T09:15:00+08:00", "a date shown gains the time and zone of <time datetime>");
	check(HEAD "<meta name=\"PubDate\" content=\"2024-03-22 00:00:00\"></head><body><h1>青溪县春耕忙</h1>"
	    "<div class=\"info\">发布日期：2024年3月22日</div><div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "2024-03-22", "a <meta> midnight is no time to add");
}

static void
tables_and_issues(void)
{
	check(HEAD "</head><body><table><tr><td>索引号</td><td>QX-2024-00031</td></tr>"
	    "<tr><td>成文日期</td><td>2024年02月27日</td><td>发布日期</td><td>2024年03月01日</td></tr></table>"
	    "<h1>青溪县春耕忙</h1><div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "2024-03-01", "发布日期 in a cell without its colon, the date in the next cell");
	check(HEAD "</head><body><table><tr><th>发文日期：</th><td>2024年02月27日</td></tr></table>"
	    "<h1>青溪县春耕忙</h1><div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "2024-02-27", "发文日期： with the date in the next cell");
	check(HEAD "<meta name=\"pubdate\" content=\"2024-03-20 10:15\"></head><body><h1>青溪县春耕忙</h1>"
	    "<div class=\"content\">" P1 P2 "<table><tr><td>时间</td><td>2024年4月5日上午9:00</td></tr>"
	    "<tr><td>地点</td><td>县农技站</td></tr></table>" P3 "</div></body></html>",
	    "2024-03-20T10:15", "a weak label's cell without a colon (a notice's 时间 | date) is no byline");
	check(HEAD "</head><body><table><tr><td>青溪日报</td><td>2024年03月06日 星期三</td>"
	    "<td>第A07版：乡村振兴</td></tr></table><div><a href=\"n1.htm\">A01版：头版</a><br>"
	    "<a href=\"n2.htm\">A02版：要闻</a></div><h1>青溪县春耕忙</h1><div class=\"content\">"
	    P1 P2 P3 "</div></body></html>",
	    "2024-03-06", "an e-paper's issue date beside its page mark");
	check(HEAD "</head><body><div class=\"top\"><div class=\"time\"><span><em> 2024</em></span><span><em> 04</em>/<em>13</em></span>"
	    "<span> 10:26:31</span></div><div class=\"source\">来源：新华网</div></div><h1>青溪县春耕忙</h1>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "2024-04-13T10:26:31", "a date of spans (2024 04/13 10:26:31) above the headline beside 来源：");
	check(HEAD "</head><body><div class=\"top\">今天是2024年03月06日 星期三</div>"
	    "<h1>青溪县春耕忙</h1><div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    NULL, "a header's date of today, with no page mark, is no issue date");
}

static void
meta_lines(void)
{
	tap_ok(is_meta_line("发布时间：2024-03-05 09:30　来源：青溪日报"), "a byline's date line is a meta line");
	tap_ok(is_meta_line("时间：03-05 10:20"), "a short date after 时间： is a meta line");
	tap_ok(!is_meta_line("日期：2003年8月18日，县里启动老街保护性修缮，三十七栋老铺面按原样翻修。"),
	    "日期： going on as a sentence is body text");
	tap_ok(!is_meta_line("时间：1958年，老街上的二十多家铺面合并为供销社。"), "时间：1958年，… is body text");
	tap_ok(!is_meta_line("开放时间：每天9:00至17:00，周一闭馆"), "开放时间 is no byline label");
	tap_ok(is_meta_line("Updated on Nov. 20, 2019 8:02 AM"), "an update line is a meta line");
	tap_ok(is_meta_line("Published by Tilden Courier on Apr. 9, 2024."),
	    "Published by NAME on DATE is a meta line");
	tap_ok(is_meta_line("审核：石开明"), "审核：NAME at a story's end is a byline line");
	tap_ok(is_meta_line("本报记者 陈立　通讯员 吴欣悦"), "roles and names alone are a byline line");
	tap_ok(is_meta_line("校对：刘亚"), "校对：NAME is a byline line");
	tap_ok(!is_meta_line("审核通过后，申请人可在五个工作日内到窗口领取证件，也可以选择邮寄到家。"),
	    "审核 starting a sentence is body text");
}

int
main(void)
{
	tap_init();
	nearest_date();
	weak_labels();
	relative_words();
	english();
	machine_dates();
	tables_and_issues();
	meta_lines();
	sources();
	role_lines();
	schema_authors();
	/* a mobile page's byline comes under the story */
	check(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"content\">" P1 P2 P3 "</div>"
	    "<div class=\"m-info\">2024-04-11 08:36　来源：青溪日报　编辑：丁雨</div>"
	    "<div class=\"rel\"><a href=\"/a.html\">旧闻 2023-01-02 10:00</a></div></body></html>",
	    "2024-04-11T08:36", "the byline line right under the story dates it");
	check(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"content\">" P1 P2 P3 "</div>"
	    "<p>2024-04-11 08:36</p></body></html>",
	    NULL, "a bare date under the story is no byline");
	/* a Taiwan page's 民國 year, after its label in a definition list */
	check(HEAD "</head><body><h1>青溪县春耕忙</h1><dl><dt>發布日期：</dt><dd>113-04-08</dd>"
	    "<dt>點閱次數：</dt><dd>862</dd></dl><div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    "2024-04-08", "發布日期 then a year of the Republic (113) is 2024");
	check(HEAD "</head><body><h1>青溪县春耕忙</h1><div class=\"info\">编号：113-04-08</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>",
	    NULL, "113-04-08 without a date label is no date");
	return tap_done();
}
