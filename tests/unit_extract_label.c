/* unit_extract_label: what a short line says by its words, without a
 * document: byline fields, notices, navigation and related headings. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_outletnote.h"
#include "extract_words.h"
#include "tap.h"

static void
value_is(const char *line, const char *const *labels, const char *want)
{
	char *got = find_labelled(line, labels);

	tap_str(got, want, line);
	free(got);
}

/* an author's label with every name it credits */
static void
names_are(const char *line, const char *want)
{
	char *got = find_labelled_names(line, author_labels);

	tap_str(got, want, line);
	free(got);
}

static void
label_names_tests(void)
{
	names_are("来源：清河融媒作者：孟晓川 孙雨编辑：郑琳时间：2024-07-16 10:05:33", "孟晓川 孙雨");
	names_are("记者：邵明远　苏杭　摄像：何川", "邵明远 苏杭");
	names_are("记者：邵明远 苏杭摄像：何川", "邵明远 苏杭");
	names_are("作者：沈知遥　打印", "沈知遥");
	names_are("记者：王敏 报道", "王敏");
	names_are("作者：林晓 本站原创", "林晓");
	names_are("作者：林晓 2024-05-12", "林晓");
	names_are("來源：桐林週報　作者：鄭文華　發佈時間：2024/03/16 20:35", "鄭文華");
	names_are("作者：林晓 点击 1268", "林晓");
	names_are("作者：Lin Xi | Source: Millbrook Courier", "Lin Xi");
	/* a count or a date after an author's label names no one (a work's
	 * table of facts: Words: 67379); a name after it is still one */
	names_are("Words: 67379", NULL);
	names_are("作者：2024-05-12", NULL);
	names_are("Words: Ann", "Ann");
}

/* the earliest label in the line wins, not the first of the list */
static const char *const author_then_source[] = {"作者", "来源", NULL};

/* find_any is strstr for many words: the earliest place any starts */
static void
find_any_tests(void)
{
	static const char *const editors[] = {"编辑", "责任编辑", NULL};
	static const char *const ascii[] = {"|", "Share this", NULL};
	static const char *lists[40][2];	/* lists last: filters are kept by address */
	const char *s = "本文责任编辑：周文";
	int found = 0;

	tap_int((long)(find_any(s, editors) - s), (long)strlen("本文"),
	    "find_any: the earliest place, not the first word of the list");
	tap_ok(find_any("青溪县今年春耕比往年早了十天", editors) == NULL, "find_any: none there");
	s = "Please Share this | or not";
	tap_int((long)(find_any(s, ascii) - s), (long)strlen("Please "),
	    "find_any: words of one byte and of Latin letters");
	/* more lists than the filters kept: the rest are searched unfiltered */
	for (int i = 0; i < 40; i++) {
		lists[i][0] = "春耕";
		lists[i][1] = NULL;
		s = "青溪县今年春耕比往年早了十天";
		found += find_any(s, lists[i]) == s + strlen("青溪县今年");
	}
	tap_int(found, 40, "find_any: forty lists, each its own filter or none");
}

/* bracketed_line: a note set apart, the whole line in full-width
 * brackets; and the one rule of a reporter's credit so set, of two
 * rounds' layouts (unseen25mix, unseen26mix) */
static void
bracketed_tests(void)
{
	const char *s = "（作者系县志办主任）";

	tap_ok(bracketed_line(s, strlen(s)), "bracketed_line: the whole line in （）");
	tap_ok(!bracketed_line("（）", strlen("（）")), "bracketed_line: the brackets alone hold nothing");
	s = "（记者会上，市长表示将在下月公布方案）他说。";
	tap_ok(!bracketed_line(s, strlen(s)), "bracketed_line: a line going on past its bracket");
	tap_ok(is_reporter_credit("（本報記者鄭美蓮報導；如有社區新聞提供，請電郵至 news@paper.test）"),
	    "is_reporter_credit: the paper's own reporter");
	tap_ok(is_reporter_credit("（南非华讯 记者 林国栋 约翰内斯堡报道）"),
	    "is_reporter_credit: an outlet, the role, the name set apart, the place before 报道");
	tap_ok(!is_reporter_credit("（记者昨日在约翰内斯堡报道）"),
	    "is_reporter_credit: a bracketed sentence sets no name apart");
	tap_ok(!is_reporter_credit("（记者会上，市长表示将在下月公布方案）"),
	    "is_reporter_credit: nor does a bracket opening on 记者会");
	tap_str(skip_blanks(" 　 林海"), "林海", "skip_blanks: spaces and ideographic spaces");
	tap_str(skip_blanks("林 海"), "林 海", "skip_blanks: nothing to skip");
	s = "林海涛 摄";
	{
		const char *p = s;

		tap_int(cjk_run(&p), 3, "cjk_run: three characters to the blank");
		tap_str(p, " 摄", "cjk_run: moved to the blank");
		p = "Li 林";
		tap_int(cjk_run(&p), 0, "cjk_run: another script first");
	}
}

/* is_one_of: the whole line (or slice) is a word of the list, no more */
static void
is_one_of_tests(void)
{
	static const char *const marks[] = {"完", "（完）", "###", "-", NULL};
	static const char *const none[] = {NULL};

	tap_ok(is_one_of("（完）", strlen("（完）"), marks), "is_one_of: a word of the list");
	tap_ok(!is_one_of("（完）。", strlen("（完）。"), marks), "is_one_of: a word and more is not");
	tap_ok(!is_one_of("（完", strlen("（完"), marks), "is_one_of: a word cut short is not");
	tap_ok(is_one_of("### more", 3, marks), "is_one_of: a slice as long as the word");
	tap_ok(is_one_of("-", 1, marks) && !is_one_of("--", 2, marks), "is_one_of: a word of one byte");
	tap_ok(!is_one_of("", 0, marks) && !is_one_of("完", 3, none), "is_one_of: nothing, or no words");
}

/* a line of roles and names alone is a byline: its names */
static void
credit_lines(void)
{
	static const struct { const char *line, *names; } v[] = {
		{"本报记者 陈立　通讯员 吴欣悦", "陈立 吴欣悦"},
		{"江潮新闻记者 程书远 通讯员 雷佳", "程书远 雷佳"},
		{"记者 王敏 李晓东", "王敏 李晓东"},
		{"记者从县农业农村局获悉，今年全县春播面积达到十二万亩。", NULL},
		{"记者 陈立 摄", NULL},
		{"通讯员", NULL},
		{"陈立 吴欣悦", NULL},
	};

	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		char *got = credit_line_names(v[i].line);

		tap_str(got, v[i].names, v[i].line);
		free(got);
	}
}

/* what a story's first words, its dateline, say of who wrote it and for
 * whom */
static void
datelines(void)
{
	static const struct { const char *line, *names, *outlet; } v[] = {
		{"本报讯（记者 陈立）县里今年春耕提前十天。", "陈立", NULL},
		{"【濠灣日報專訊】記者黎嘉敏報道：工務局昨日公布，工程將於下月展開。", "黎嘉敏", "濠灣日報"},
		{"本报讯 记者 王敏 报道：县里今年春耕提前十天。", "王敏", NULL},
		{"【本報訊】記者黎嘉敏報道：工務局昨日公布。", "黎嘉敏", NULL},
		{"【港島日報專訊】運輸署今日宣布，街渡服務增設夜間班次。", NULL, "港島日報"},
		{"【青溪讯】县里今年春耕提前十天。", NULL, "青溪"},
		{"记者黎嘉敏报道的那场比赛，后来成了县里的美谈。", NULL, NULL},
		{"【提示】本周六县城停水，请居民提前储水。", NULL, NULL},
	};

	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		char *got = dateline_credit(v[i].line), *outlet = dateline_outlet(v[i].line);

		tap_str(got, v[i].names, v[i].line);
		tap_str(outlet, v[i].outlet, v[i].line);
		free(got);
		free(outlet);
	}
}

/* Checks the date item_date reads in s (want NULL: none). */
static void
item_date_is(const char *s, const char *want, const char *what)
{
	char *d = item_date(s);

	tap_str(d, want, what);
	free(d);
}

int
main(void)
{
	tap_init();
	value_is("来源：青溪日报  作者：林晓", source_labels, "青溪日报");
	value_is("来源：青溪日报  作者：林晓", author_labels, "林晓");
	value_is("【责任编辑：周文】", editor_labels, "周文");
	/* spans with no space between: the next field's label, a page mark */
	value_is("来源：县发展和改革局浏览次数：0", source_labels, "县发展和改革局");
	value_is("来源：桐溪日报第03版：要闻", source_labels, "桐溪日报");
	value_is("来源：临江晚报A07版", source_labels, "临江晚报");
	value_is("来源：21世纪经济报道", source_labels, "21世纪经济报道");
	value_is("作者:Lin Xi | Source: Millbrook Courier", author_labels, "Lin Xi");
	value_is("本报记者走进田间", author_labels, NULL);
	/* a government page's issuing office is its source; 撰文 names the writer */
	value_is("发布机构：临川市住房和城乡建设局", source_labels, "临川市住房和城乡建设局");
	value_is("發布單位：觀光旅遊處", source_labels, "觀光旅遊處");
	value_is("撰文：梁詠詩", author_labels, "梁詠詩");
	/* a compound staff label ends the value before it, as 编辑 does */
	value_is("责任编辑：许岚图片编辑：陆平", editor_labels, "许岚");
	value_is("记者：邵明远摄像：何川", author_labels, "邵明远");
	value_is("编辑：周文校对：丁一", editor_labels, "周文");
	/* a portal's staff code after the editor's name is no part of it */
	value_is("责任编辑：钟悦_NBJ6681", editor_labels, "钟悦");
	value_is("Source: Pine_Valley_Courier", source_labels, "Pine_Valley_Courier");

	value_is("来源：青溪日报  作者：林晓", author_then_source, "青溪日报");
	find_any_tests();
	bracketed_tests();
	is_one_of_tests();
	label_names_tests();
	credit_lines();
	datelines();

	tap_ok(is_meta_line("来源：青溪日报"), "来源： is a byline line");
	tap_ok(!is_meta_line("青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里。"),
	    "a sentence is not a byline line");
	tap_ok(is_meta_line("原标题：雁湖区三年内为老旧小区加装电梯六百部"),
	    "原标题： atop a carried story is a byline line");
	tap_ok(!is_meta_line("原标题中的“六百部”后来改成了“五百部”。"), "原标题 in a sentence is not");
	tap_ok(is_noise_line("字号：大 中 小"), "字号： is a notice");
	tap_ok(is_noise_line("广告"), "广告 alone is a notice");
	tap_ok(is_noise_line("廣告"), "廣告 alone too");
	tap_ok(!is_noise_line("县里的广告牌今年换了新样式，行人纷纷驻足观看。"), "广告 in a sentence is not");

	tap_ok(is_nav_label("上一篇：青溪县春耕提前十天"), "上一篇： is navigation");
	tap_ok(is_nav_label("下一篇"), "下一篇 is navigation");
	tap_ok(is_nav_label("上一則：嵐山縣長青食堂擴大服務"), "上一則 (traditional) too");
	tap_ok(is_nav_label("下一组：古渡口的清晨"), "a gallery's 下一组 too");
	tap_ok(!is_nav_label("青溪县上半年经济运行情况"), "a headline is not");
	tap_ok(says_none("没有了"), "没有了 says there is none");
	tap_str(after_label("上一篇：】老街灯会今晚开幕", "上一篇"), "老街灯会今晚开幕",
	    "after_label skips the colon and bracket");

	tap_ok(is_related_heading("相关新闻"), "相关新闻 heads a related list");
	tap_ok(is_related_heading("【猜你喜欢】"), "a bracketed 猜你喜欢 too");
	tap_ok(is_related_heading("Related"), "Related too");
	tap_ok(is_related_heading("拓展阅读："), "a short heading ending in 阅读 too");
	tap_ok(is_related_heading("Related to this story"), "five English words: Related to this story");
	tap_ok(is_related_heading("READ ALSO"), "READ ALSO heads a box of links set into a story");
	tap_ok(is_related_heading("More from The Harbour Report"), "More from a program or section heads its list");
	tap_ok(!is_related_heading("More from the mill closed"), "... not a sentence of more words");
	tap_ok(!is_related_heading("Related to the mayor, the new clerk said on Tuesday"),
	    "an English sentence starting with Related does not");
	tap_ok(is_related_heading("更多图集"), "a gallery's 更多图集 heads a related list");
	tap_ok(!is_related_heading("相关部门表示，今年将继续加大对春耕生产的支持力度。"),
	    "a sentence starting with 相关 does not");

	tap_int((long)tail_word_length("全县农机手培训班开班 [详细]", strlen("全县农机手培训班开班 [详细]")),
	    (long)strlen("[详细]"), "[详细] is a tail word");
	item_date_is("全县农机手培训班开班 2024-03-02", "2024-03-02",
	    "an item's date as printed");
	item_date_is("November 14, 2023", "2023-11-14",
	    "an item's English date");
	item_date_is("QX-2024-00131 青溪县2024年重点建设项目计划 2024-04-16", "2024-04-16",
	    "an index number holds no date: the date after it");
	item_date_is("www.qx.example/xwzx/202405/t20240510_61201.html 2024-05-10", "2024-05-10",
	    "a web address holds no date: the date after it");
	item_date_is("索引号：QX-2024-00131", NULL,
	    "an index number alone gives no date");
	item_date_is("河畔镇启动老旧小区改造 2025.03.28", "2025.03.28",
	    "a date of dots, the year first");
	item_date_is("Stadtrat beschließt neuen Radweg 28.3.2025 14:30", "28.3.2025 14:30",
	    "a date of dots, the year last, with its time");
	item_date_is("Eintritt 12.50 Euro, Kinder 6.50 Euro", NULL,
	    "a price of one dot is no date");
	item_date_is("县政务平台升级到 2025.3 版", NULL,
	    "a year and a number of one dot is no date");
	item_date_is("新版本 10.24.1 发布", NULL,
	    "a version of three numbers and no year is no date");
	return tap_done();
}
