/* unit_feed: RSS 2.0, RSS 1.0 (RDF) and Atom feeds to list pages. */
#include "config.h"

#include <glob.h>
#include <iconv.h>
#include <stdlib.h>

#include "feed.h"
#include "feed_int.h"
#include "tap.h"
#include "text.h"
#include "util.h"

#define RSS_URL "http://news.qinghe.example/rss/index.xml"
#define MAX_LINKS 8

struct want_link {
	const char *title, *url, *date;
};

struct feed_case {
	const char *what;
	const char *file;	/* under tests/data; NULL for text */
	const char *text;
	const char *charset;	/* of the file's bytes; NULL for UTF-8 */
	const char *url;
	const char *title;
	size_t n;
	struct want_link links[MAX_LINKS];
};

static const char *
srcdir(void)
{
	const char *d = getenv("SRCDIR");

	return d && *d ? d : ".";
}

/* The bytes in UTF-8, as charset.c would give them: iconv(3) from charset. */
static char *
to_utf8(const char *s, size_t len, const char *charset, size_t *outlen)
{
	iconv_t cd = iconv_open("UTF-8", charset);
	size_t cap = len * 4 + 16, left = cap;
	char *out, *o, *in = (char *)s;

	if (cd == (iconv_t)-1)
		return NULL;
	out = o = xmalloc(cap + 1);
	if (iconv(cd, &in, &len, &o, &left) == (size_t)-1) {
		free(out);
		out = NULL;
	} else {
		*o = '\0';
		*outlen = (size_t)(o - out);
	}
	iconv_close(cd);
	return out;
}

/* A fixture's text in UTF-8, or NULL (reported) when it cannot be read. */
static char *
load(const char *file, const char *charset, size_t *len)
{
	char *path = xasprintf("%s/tests/data/%s", srcdir(), file);
	char *bytes = read_file(path, 1 << 20, len), *text;

	if (!tap_ok(bytes != NULL, path) || charset == NULL) {
		free(path);
		return bytes;
	}
	text = to_utf8(bytes, *len, charset, len);
	tap_ok(text != NULL, "fixture converts to UTF-8");
	free(bytes);
	free(path);
	return text;
}

/* No string of the page may hold a C0/C1 control or ESC. */
static int
clean(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
		if (*p < 0x20 || *p == 0x7F || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F))
			return 0;
	return 1;
}

static int
page_clean(const struct page *p)
{
	int ok = clean(p->title) && clean(p->url);

	for (size_t i = 0; i < p->headlines.n; i++)
		ok &= clean(p->headlines.v[i].title) && clean(p->headlines.v[i].url) &&
		    clean(p->headlines.v[i].date);
	return ok;
}

/* Does any string of the page contain needle? */
static int
page_has(const struct page *p, const char *needle)
{
	if (strstr(p->title, needle) != NULL)
		return 1;
	for (size_t i = 0; i < p->headlines.n; i++)
		if (strstr(p->headlines.v[i].title, needle) || strstr(p->headlines.v[i].url, needle))
			return 1;
	return 0;
}

static void
check_page(const struct page *p, const struct feed_case *c)
{
	char *what;

	if (!tap_ok(p != NULL, c->what))
		return;
	what = xasprintf("%s: kind list", c->what);
	tap_int(p->kind, PAGE_LIST, what);
	free(what);
	what = xasprintf("%s: feed title", c->what);
	tap_str(p->title, c->title, what);
	free(what);
	what = xasprintf("%s: page url", c->what);
	tap_str(p->url, c->url, what);
	free(what);
	what = xasprintf("%s: clean strings", c->what);
	tap_ok(page_clean(p), what);
	free(what);
	what = xasprintf("%s: headline count", c->what);
	tap_int((long)p->headlines.n, (long)c->n, what);
	free(what);
	for (size_t i = 0; i < c->n && i < p->headlines.n; i++) {
		const struct link *l = &p->headlines.v[i];

		what = xasprintf("%s: headline %zu title", c->what, i + 1);
		tap_str(l->title, c->links[i].title, what);
		free(what);
		what = xasprintf("%s: headline %zu url", c->what, i + 1);
		tap_str(l->url, c->links[i].url, what);
		free(what);
		what = xasprintf("%s: headline %zu date", c->what, i + 1);
		tap_str(l->date, c->links[i].date, what);
		free(what);
		tap_ok(l->snippet == NULL || utf8_chars(l->snippet) <= 300,
		    "a headline's summary is at most 300 characters");
	}
}

static void
run_case(const struct feed_case *c)
{
	size_t len = c->text ? strlen(c->text) : 0;
	char *text = c->file ? load(c->file, c->charset, &len) : NULL;
	struct page *p;

	if (c->file && text == NULL)
		return;
	p = feed_parse(text ? text : c->text, len, c->url, 0);
	check_page(p, c);
	page_free(p);
	free(text);
}

static const struct feed_case fixture_cases[] = {
	{"RSS 2.0 fixture", "feed-rss.xml", NULL, NULL, RSS_URL, "青禾县融媒体中心 · 要闻", 4, {
		{"青禾县春耕备耕全面展开 “智慧农机”下田忙",
		 "http://news.qinghe.example/2024/03/05/chungeng.html", "2024-03-05T08:30:00"},
		{"白鹭湾大桥主体完工 预计五月通车",
		 "http://news.qinghe.example/2024/03/04/bailu-bridge.html", "2024-03-04T17:05"},
		{"青禾县 第十届油菜花节 开幕",
		 "http://news.qinghe.example/show.php?id=1024&cat=3", "2024-03-03T10:00:00"},
		{"通知：因青禾大道雨污管网改造工程施工需要，三月二日至三月十五日期间，部分路段实行",
		 "http://news.qinghe.example/2024/03/02/notice.html", NULL},
	}},
	{"Atom fixture", "feed-atom.xml", NULL, NULL, "https://songxi.example/atom.xml",
	 "松溪镇新闻网", 4, {
		{"松溪镇举办首届茶文化节", "https://songxi.example/news/2024/tea-festival.html",
		 "2024-03-05T08:30:00"},
		{"镇卫生院开通夜间门诊", "https://songxi.example/news/2024/night-clinic.html",
		 "2024-03-04T21:10:05"},
		{"松溪小学新校区 正式启用", "https://songxi.example/news/2024/new-campus.html",
		 "2024-03-03T16:45:12"},
		{"老街修缮工程启动", "https://songxi.example/archive/2024/old-street.html", "2024-03-02"},
	}},
	{"RSS 1.0 fixture", "feed-rdf.xml", NULL, NULL, "http://www.yunshan.example/rss.rdf",
	 "云杉县日报 RSS 1.0", 3, {
		{"云杉县新建三座口袋公园", "http://www.yunshan.example/a/101.html", "2024-03-01T09:15:00"},
		{"农技站 & 合作社联合培训", "http://www.yunshan.example/a/102.html", "2024-02-29"},
		{"春季植树活动启动", "https://www.yunshan.example/a/105.html", NULL},
	}},
	{"GBK fixture (converted from GB18030 first)", "feed-gbk.xml", NULL, "GB18030",
	 "http://www.liutang.example/rss.xml", "柳塘镇政务公开", 3, {
		{"柳塘镇召开春季防汛工作部署会", "http://www.liutang.example/zwgk/2024/0301.html",
		 "2024-03-01T15:20:00"},
		{"王喆同志任柳塘镇副镇长", "http://www.liutang.example/zwgk/2024/0228.html",
		 "2024-02-28T09:00:00"},
		{"关于开展农村人居环境整治的通知", "http://www.liutang.example/zwgk/2024/0226.html",
		 "2024-02-26T08:00:00"},
	}},
};

static const struct feed_case inline_cases[] = {
	{"empty RSS channel", NULL, "<rss version=\"2.0\"><channel><title>空频道</title></channel></rss>",
	 NULL, RSS_URL, "空频道", 0, {{0}}},
	{"empty Atom feed", NULL, "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", NULL, RSS_URL,
	 "", 0, {{0}}},
	{"RSS without a channel", NULL, "<rss version=\"2.0\"></rss>", NULL, RSS_URL, "", 0, {{0}}},
	{"sloppy RSS: bare &, &nbsp;, a stray <, then escaped HTML still stripped", NULL,
	 "<rss><channel><title>A&nbsp;台</title>"
	 "<item><title>甲 &amp; 乙&nbsp;丙 1 < 2</title><link>http://x.example/a?b=1&c=2</link></item>"
	 "<item><title>&lt;i&gt;斜体&lt;/i&gt;标题 &ldquo;引号&rdquo;</title><link>http://x.example/b</link></item>"
	 "</channel></rss>", NULL, RSS_URL, "A 台", 2, {
		{"甲 & 乙 丙 1 < 2", "http://x.example/a?b=1&c=2", NULL},
		{"斜体标题 “引号”", "http://x.example/b", NULL},
	}},
	{"guid permalinks; isPermaLink=false is no link", NULL,
	 "<rss><channel><item><title>甲</title><guid>http://x.example/g1</guid></item>"
	 "<item><title>乙</title><guid isPermaLink=\"false\">http://x.example/g2</guid></item>"
	 "<item><title>丙</title><link>http://x.example/l3</link><guid>http://x.example/g3</guid></item>"
	 "</channel></rss>", NULL, RSS_URL, "", 2, {
		{"甲", "http://x.example/g1", NULL},
		{"丙", "http://x.example/l3", NULL},
	}},
	{"only http/https links; javascript:, mailto:, ftp:, file: in an http feed skipped", NULL,
	 "<rss><channel>"
	 "<item><title>1</title><link>javascript:alert(1)</link></item>"
	 "<item><title>2</title><link>mailto:a@x.example</link></item>"
	 "<item><title>3</title><link>ftp://x.example/f</link></item>"
	 "<item><title>4</title><link>file:///etc/passwd</link></item>"
	 "<item><title>5</title><link>#top</link></item>"
	 "<item><title>6</title><link>//cdn.x.example/six.html</link></item>"
	 "<item><title>7</title><link>HTTPS://X.example/Seven</link></item>"
	 "</channel></rss>", NULL, RSS_URL, "", 2, {
		{"6", "http://cdn.x.example/six.html", NULL},
		{"7", "HTTPS://X.example/Seven", NULL},
	}},
	{"file: links in a file: feed (the demo edition)", NULL,
	 "<rss><channel><item><title>演示</title><link>a/1.html</link></item></channel></rss>",
	 NULL, "file:///usr/share/kanbao/demo/feed.xml", "", 1, {
		{"演示", "file:///usr/share/kanbao/demo/a/1.html", NULL},
	}},
	{"controls never reach the page", NULL,
	 "<rss><channel><title>频\x01道&#x1B;]0;x&#7;</title>"
	 "<item><title>标\x1b[2J题&#x9B;</title><link>http://x.example/c</link></item>"
	 "</channel></rss>", NULL, RSS_URL, "频道]0;x", 1, {
		{"标[2J题", "http://x.example/c", NULL},
	}},
	{"a UTF-8 feed that declares gbk is read as UTF-8", NULL,
	 "<?xml version=\"1.0\" encoding=\"gbk\"?><rss><channel><title>中文频道</title></channel></rss>",
	 NULL, RSS_URL, "中文频道", 0, {{0}}},
	{"BOM, comments and a stylesheet before the root", NULL,
	 "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- x -->\n<?xml-stylesheet href=\"s.xsl\"?>"
	 "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
	 "<entry><title>E</title><link href=\"/e\"/><updated>2024-03-01T01:02:03Z</updated></entry></feed>",
	 NULL, "https://y.example/feed", "T", 1, {
		{"E", "https://y.example/e", "2024-03-01T01:02:03"},
	}},
	{"Atom: published beats updated; rel=alternate beats the first link", NULL,
	 "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
	 "<entry><link href=\"/first\"/><link rel=\"alternate\" href=\"/alt\"/><title>A</title>"
	 "<updated>2024-03-09T10:00:00Z</updated><published>2024-03-08T09:00:00+08:00</published></entry>"
	 "</feed>", NULL, "https://y.example/feed", "", 1, {
		{"A", "https://y.example/alt", "2024-03-08T09:00:00"},
	}},
	{"undeclared dc: prefix; title from a long description", NULL,
	 "<rss><channel><item><link>http://x.example/d</link><dc:date>2024-02-01 07:08</dc:date>"
	 "<description><![CDATA[<p>一二三四五六七八九十一二三四五六七八九十</p><p>一二三四五六七八九十一二三四五六七八九十ABC</p>]]>"
	 "</description></item></channel></rss>", NULL, RSS_URL, "", 1, {
		{"一二三四五六七八九十一二三四五六七八九十 一二三四五六七八九十一二三四五六七八九",
		 "http://x.example/d", "2024-02-01T07:08"},
	}},
	{"no title and no text: the URL stands for it", NULL,
	 "<rss><channel><item><link>http://x.example/u</link></item></channel></rss>",
	 NULL, RSS_URL, "", 1, {{"http://x.example/u", "http://x.example/u", NULL}}},
	{"broken feed: unclosed elements are recovered", NULL,
	 "<rss><channel><title>断</title><item><title>甲</title><link>http://x.example/1</link></item>"
	 "<item><title>乙</title><link>http://x.example/2</link>",
	 NULL, RSS_URL, "断", 2, {
		{"甲", "http://x.example/1", NULL},
		{"乙", "http://x.example/2", NULL},
	}},
};

/* An external entity must never be read: not as a general entity, not as
 * a parameter entity, not as the external DTD, not in an attribute. */
static void
test_xxe(void)
{
	static const char *const docs[] = {
		"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
		"<rss><channel><title>前&xxe;后</title><item><title>之前&xxe;之后</title>"
		"<link>http://x.example/x</link><description>&xxe;</description></item></channel></rss>",
		"<!DOCTYPE rss [<!ENTITY % pe SYSTEM \"file:///etc/passwd\"> %pe;]>"
		"<rss><channel><title>前后</title><item><title>之前之后</title>"
		"<link>http://x.example/x</link></item></channel></rss>",
		"<!DOCTYPE rss SYSTEM \"file:///etc/passwd\">"
		"<rss><channel><title>前后</title><item><title>之前之后</title>"
		"<link>http://x.example/x</link></item></channel></rss>",
		"<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
		"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>前&xxe;后</title><entry>"
		"<title>之前&xxe;之后</title><link href=\"http://x.example/x?&xxe;\"/></entry></feed>",
	};

	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		struct page *p = feed_parse(docs[i], strlen(docs[i]), RSS_URL, 0);
		char *what = xasprintf("XXE %zu: parsed", i + 1);

		if (tap_ok(p != NULL && p->headlines.n == 1, what)) {
			tap_ok(!page_has(p, "root:") && !page_has(p, "/bin/"),
			    "XXE: /etc/passwd is not expanded");
			tap_ok(strncmp(p->title, "前", strlen("前")) == 0, "XXE: the feed title is there");
			tap_ok(strstr(p->headlines.v[0].title, "之后") != NULL, "XXE: the text around it is kept");
		}
		page_free(p);
		free(what);
	}
}

/* Entities a feed declares are shown, never expanded: a billion laughs ends at once. */
static void
test_laughs(void)
{
	struct buf b = {0};
	struct page *p;

	buf_adds(&b, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
	for (int i = 1; i < 10; i++)
		buf_addf(&b, "<!ENTITY lol%d \"&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;\">",
		    i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
	buf_adds(&b, "]><rss><channel><title>&lol9;</title><item><title>笑&lol9;</title>"
	    "<link>http://x.example/lol</link></item></channel></rss>");
	p = feed_parse(b.s, b.len, RSS_URL, 0);
	if (tap_ok(p != NULL && p->headlines.n == 1, "billion laughs: parsed")) {
		tap_str(p->title, "&lol9;", "billion laughs: the reference is shown, not expanded");
		tap_str(p->headlines.v[0].title, "笑&lol9;", "billion laughs: item title");
	}
	page_free(p);
	buf_free(&b);
}

/* pubDate forms, and the fall-backs to dc:date / published / updated. */
static void
test_dates(void)
{
	static const struct { const char *item, *want; } cases[] = {
		{"<pubDate>Tue, 05 Mar 2024 08:30:00 +0800</pubDate>", "2024-03-05T08:30:00"},
		{"<pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate>", "2024-03-05T23:30:00"},
		{"<pubDate>5 Mar 2024 08:30 GMT</pubDate>", "2024-03-05T08:30"},
		{"<pubDate>Tue, 05 Mar 24 08:30:00 +0000</pubDate>", "2024-03-05T08:30:00"},
		{"<pubDate>Sunday, 03 March 2024</pubDate>", "2024-03-03"},
		{"<pubDate>mon, 04 dec 2023 7:05:00 CST</pubDate>", "2023-12-04T07:05:00"},
		{"<pubDate>2024-03-05 08:30:00</pubDate>", "2024-03-05T08:30:00"},
		{"<pubDate>2024年3月5日 08:30</pubDate>", "2024-03-05T08:30"},
		{"<pubDate>Tue, 05 Foo 2024 08:30:00</pubDate>", NULL},
		{"<pubDate>Tue, 32 Mar 2024</pubDate>", NULL},
		{"<pubDate></pubDate>", NULL},
		{"<pubDate>garbage</pubDate><dc:date xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
		 "2024-01-02T03:04:05+08:00</dc:date>", "2024-01-02T03:04:05"},
		{"<updated>2024-01-02T03:04:05.123Z</updated>", "2024-01-02T03:04:05"},
		{"<updated>2024-01-03</updated><published>2024-01-02T03:04Z</published>", "2024-01-02T03:04"},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *doc = xasprintf("<rss><channel><item><title>t</title><link>http://x.example/</link>"
		    "%s</item></channel></rss>", cases[i].item);
		struct page *p = feed_parse(doc, strlen(doc), RSS_URL, 0);
		char *what = xasprintf("date: %s", cases[i].item);

		if (tap_ok(p != NULL && p->headlines.n == 1, what))
			tap_str(p->headlines.v[0].date, cases[i].want, what);
		page_free(p);
		free(what);
		free(doc);
	}
}

static void
test_detect(void)
{
	static const struct { const char *what, *text; int want; } cases[] = {
		{"RSS with a declaration", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", 1},
		{"Atom after BOM and comment", "\xEF\xBB\xBF  <!-- hi --><feed xmlns=\"http://www.w3.org/2005/Atom\">", 1},
		{"RDF after a stylesheet PI", "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a\"?>\n"
		 "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", 1},
		{"DOCTYPE with an internal subset", "<!DOCTYPE rss [<!ENTITY a \">\"><!-- ]> -->]><rss>", 1},
		{"self-closed feed", "<feed/>", 1},
		{"HTML page mentioning <rss in its text", "<!DOCTYPE html><html><body><p>订阅 <rss> 与 <feed>"
		 " 或 &lt;rss&gt;</p></body></html>", 0},
		{"HTML head with a feed link", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\">", 0},
		{"XHTML with a declaration", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", 0},
		{"<rssfoo> is no rss", "<rssfoo>", 0},
		{"<feeds> is no feed", "<feeds>", 0},
		{"text before the root", "hello <rss>", 0},
		{"empty", "", 0},
		{"blank", " \n\t ", 0},
		{"truncated name", "<rs", 0},
	};
	struct buf b = {0};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		tap_int(feed_detect(cases[i].text, strlen(cases[i].text)), cases[i].want, cases[i].what);
	/* only the first few KiB are looked at */
	buf_adds(&b, "<!--");
	for (int i = 0; i < 1000; i++)
		buf_adds(&b, "0123456789");
	buf_adds(&b, "--><rss>");
	tap_int(feed_detect(b.s, b.len), 0, "a root past the first KiB is not looked for");
	buf_free(&b);
}

/* Every fixture feed is a feed; every HTML fixture is neither detected nor parsed as one. */
static void
test_detect_fixtures(void)
{
	static const char *const feeds[] = {"feed-rss.xml", "feed-atom.xml", "feed-rdf.xml", "feed-gbk.xml"};
	char *pattern = xasprintf("%s/tests/data/*.html", srcdir());
	glob_t g;

	for (size_t i = 0; i < sizeof feeds / sizeof feeds[0]; i++) {
		size_t len;
		char *text = load(feeds[i], NULL, &len);

		if (text != NULL)
			tap_int(feed_detect(text, len), 1, feeds[i]);
		free(text);
	}
	if (glob(pattern, 0, NULL, &g) == 0) {
		for (size_t i = 0; i < g.gl_pathc; i++) {
			size_t len;
			char *text = read_file(g.gl_pathv[i], 1 << 22, &len);
			struct page *p = text ? feed_parse(text, len, RSS_URL, 0) : NULL;
			char *what = xasprintf("not a feed: %s", g.gl_pathv[i]);

			tap_ok(text != NULL && feed_detect(text, len) == 0 && p == NULL, what);
			page_free(p);
			free(what);
			free(text);
		}
		globfree(&g);
	}
	free(pattern);
}

static void
test_not_feeds(void)
{
	static const char *const texts[] = {
		"", "not xml at all", "<html><body><rss>x</rss></body></html>",
		"<?xml version=\"1.0\"?><channel><item><link>http://x.example/</link></item></channel>",
		"\xff\xfe\x00<", "<", "<rss", "]]>",
	};

	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		size_t len = i == 4 ? 4 : strlen(texts[i]);
		struct page *p = feed_parse(texts[i], len, RSS_URL, 0);
		char *what = xasprintf("not a feed %zu: NULL or empty", i + 1);

		tap_ok(p == NULL || (p->kind == PAGE_LIST && p->headlines.n == 0), what);
		page_free(p);
		free(what);
	}
	tap_ok(feed_parse("<html/>", 7, RSS_URL, 0) == NULL, "an XHTML root is no feed");
}

/* Every prefix of a real feed: recovered or NULL, never a crash; all
 * headlines but the last (whose link may be cut) are the whole feed's. */
static void
test_truncated(void)
{
	size_t len, bad = 0, pages = 0;
	char *text = load("feed-rss.xml", NULL, &len);
	struct page *whole, *p;

	if (text == NULL)
		return;
	whole = feed_parse(text, len, RSS_URL, 0);
	for (size_t cut = 0; cut < len; cut += 7) {
		p = feed_parse(text, cut, RSS_URL, 0);
		if (p != NULL) {
			pages++;
			for (size_t i = 0; i + 1 < p->headlines.n; i++)
				bad += i >= whole->headlines.n ||
				    strcmp(p->headlines.v[i].url, whole->headlines.v[i].url) != 0;
			bad += !page_clean(p);
		}
		page_free(p);
	}
	tap_int((long)bad, 0, "truncated feeds: the whole feed's headlines, in order");
	tap_ok(pages > 0, "truncated feeds: recovered");
	p = feed_parse(text, (size_t)(strstr(text, "油菜花节") - text), RSS_URL, 0);
	tap_ok(p != NULL && p->headlines.n >= 2, "cut inside the fourth item: the first two are kept");
	page_free(p);
	page_free(whole);
	free(text);
}

/* At most FEED_MAX_ITEMS items are read. */
static void
test_cap(void)
{
	struct buf b = {0};
	struct page *p;

	buf_adds(&b, "<rss><channel>");
	for (int i = 0; i < FEED_MAX_ITEMS + 50; i++)
		buf_addf(&b, "<item><title>第%d条</title><link>/n/%d</link></item>", i, i);
	buf_adds(&b, "</channel></rss>");
	p = feed_parse(b.s, b.len, RSS_URL, 0);
	if (tap_ok(p != NULL, "10050 items: parsed")) {
		tap_int((long)p->headlines.n, FEED_MAX_ITEMS, "10050 items: capped");
		tap_str(p->headlines.v[FEED_MAX_ITEMS - 1].url, "http://news.qinghe.example/n/9999",
		    "10050 items: the last one kept");
	}
	page_free(p);
	buf_free(&b);
}

/* feed_repair alone: what libxml2 is handed. */
static void
test_repair(void)
{
	static const struct {
		const char *in, *want, *what;
	} cases[] = {
		{"<a>x &amp; y &lt; z</a>", "<a>x &#38; y &#60; z</a>", "XML's entities become character references"},
		{"<a>&nbsp;&ldquo;</a>", "<a>&#160;&#8220;</a>", "HTML's named entities too"},
		{"<a href=\"?a=1&b=2\">", "<a href=\"?a=1&#38;b=2\">", "a bare & is text"},
		{"<a>&#26032;&#x65B0;</a>", "<a>&#26032;&#x65B0;</a>", "character references stay"},
		{"<a>&ghost;</a>", "<a>&#38;ghost;</a>", "an unknown entity is shown, not expanded"},
		{"<!DOCTYPE r [<!ENTITY e \"]>\">]><r/>", "<r/>", "the DOCTYPE goes, internal subset and all"},
		{"<r><!-- x > y --></r>", "<r></r>", "comments go"},
		{"<a>1 < 2</a>", "<a>1 &#60; 2</a>", "a '<' that starts no tag is text"},
		{"<a>\x01" "b\x1b[2J\x7f</a>", "<a>b[2J\x7f</a>",
		    "controls XML forbids are dropped (DEL is XML's: text_clean takes it)"},
		{"<a>\xff\xc3</a>", "<a>\xef\xbf\xbd\xef\xbf\xbd</a>", "invalid UTF-8 becomes U+FFFD"},
		{"\xEF\xBB\xBF  <r/>", "<r/>", "a BOM and blanks before the root go"},
		{"<a>中文\xEF\xBF\xBE新\xEF\xBF\xBF闻\xC2\x85!</a>", "<a>中文新闻\xC2\x85!</a>",
		    "U+FFFE and U+FFFF inside CJK text are dropped, U+0085 is XML's"},
		{"<a>中\xED\xA0\x80文\xE4\xB8</a>",
		    "<a>中\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD文\xEF\xBF\xBD\xEF\xBF\xBD</a>",
		    "a surrogate and a cut sequence in CJK text are U+FFFD for each byte"},
		{"<a><![CDATA[中\x01文\xF0\x9F\x87\xA8<b>&]]></a>", "<a><![CDATA[中文\xF0\x9F\x87\xA8<b>&]]></a>",
		    "CDATA keeps its markup and characters, and loses a control"},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n;
		char *got = feed_repair(cases[i].in, strlen(cases[i].in), &n);

		tap_str(got, cases[i].want, cases[i].what);
		free(got);
	}
}

/* Headlines newest first (undated last), each with its summary as text. */
static void
test_summaries(void)
{
	static const struct { const char *title, *date, *snippet; } want[] = {
		{"稻香村的夜市开张", "2024-05-07T20:00:00", "稻香村夜市每晚六点开到十点，摊位四十个。"},
		{"县图书馆延长开放时间", "2024-05-05T08:00:00", NULL},
		{"青禾县新修的河堤通过验收", "2024-05-03T09:30:00",
		    "经过一个冬天的施工，青禾河东岸三公里河堤于五月三日通过验收。"},
		{"没有日期的通知", NULL, "一则没有日期的通知。"},
	};
	size_t len;
	char *text = load("feed-summaries.xml", NULL, &len);
	struct page *p = text ? feed_parse(text, len, RSS_URL, 0) : NULL;

	tap_ok(p != NULL && p->headlines.n == 4, "feed-summaries: four headlines");
	for (size_t i = 0; p != NULL && i < 4 && i < p->headlines.n; i++) {
		const struct link *l = &p->headlines.v[i];

		tap_str(l->title, want[i].title, "feed-summaries: newest first, undated last");
		tap_str(l->date, want[i].date, "feed-summaries: the date");
		tap_str(l->snippet, want[i].snippet, "feed-summaries: the summary, as text");
	}
	page_free(p);
	free(text);
}

int
main(void)
{
	tap_init();
	for (size_t i = 0; i < sizeof fixture_cases / sizeof fixture_cases[0]; i++)
		run_case(&fixture_cases[i]);
	for (size_t i = 0; i < sizeof inline_cases / sizeof inline_cases[0]; i++)
		run_case(&inline_cases[i]);
	test_xxe();
	test_laughs();
	test_dates();
	test_detect();
	test_detect_fixtures();
	test_not_feeds();
	test_truncated();
	test_cap();
	test_repair();
	test_summaries();
	return tap_done();
}
