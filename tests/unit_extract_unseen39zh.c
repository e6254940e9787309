/* unit_extract_unseen39zh: the kind of layout the thirty-ninth Chinese
 * blind round (unseen39zh-*) found wanting: a news client's share page
 * whose 相关推荐 cards print a summary <p> over a meta <p> of the
 * account's name and the date in spans run together, the name left on
 * the summary's tail once the date is read. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define P1 "<p>12月3日，随着最后一车晚籼稻通过检斤入仓，清溪县2026年度地方储备粮轮换入库工作全面完成，" \
	"入库粮食质量全部达到国家标准三等以上。</p>"
#define P2 "<p>今年轮换工作启动以来，县粮食和物资储备局坚持“优粮优储、应收尽收”，指导承储企业在收购旺季" \
	"延长开秤时间，推行“预约售粮、快检快结”，农户售粮平均排队时间缩短到40分钟以内。</p>"
#define P3 "<p>下一步，县粮食和物资储备局将加强储备粮日常监管，压实承储企业主体责任，确保地方储备粮储得进、" \
	"管得好、调得动、用得上。</p>"
#define CARD(n, inner) "<li class=\"rec-item\"><a href=\"https://share.qingxi.example/news/detail/" n \
	".html\"><div class=\"rec-txt\"><h3>清溪县今年秋粮收购突破8万吨" n "</h3>" inner \
	"</div><img class=\"rec-pic\" src=\"https://img.qingxi.example/t_" n ".jpg\" alt=\"\"></a></li>"
#define PAGE(c1, c2) "<html><head><meta charset=\"utf-8\"><title>清溪县完成地方储备粮轮换入库</title>" \
	"</head><body><div class=\"detail\"><h1>清溪县完成地方储备粮轮换入库</h1><div class=\"txt\">" \
	P1 P2 P3 "</div></div><div class=\"recommend\"><div class=\"mod-title\"><span>相关推荐</span></div>" \
	"<ul class=\"rec-list\">" c1 c2 "</ul></div></body></html>"

#define WANT "全县设立收购网点23个，累计收购中晚稻8.2万吨，为农民增收1.9亿元。"

/* The snippet of the first related item of the whole page. */
static void
first_snippet_is(const char *html, const char *want, const char *what)
{
	struct page *p = test_page_of(html, "https://share.qingxi.example/news/detail/886214.html");

	tap_str(p->related.n > 0 ? p->related.v[0].snippet : "(no related)", want, what);
	page_free(p);
}

static void
card_account_tail(void)
{
	first_snippet_is(PAGE(CARD("885907", "<p class=\"rec-desc\">" WANT "</p><p class=\"rec-meta\">"
	    "<span>清溪融媒</span><span>2026-12-03</span></p>"), CARD("884511", "<p class=\"rec-desc\">" WANT
	    "</p><p class=\"rec-meta\"><span>清溪融媒</span><span>2026-11-28</span></p>")), WANT,
	    "a card's account run into its date under the summary is no words of the summary");
	first_snippet_is(PAGE(CARD("885907", "<p class=\"rec-desc\">" WANT "</p><p class=\"rec-meta\">"
	    "<span>11-20</span> <span>清溪融媒</span></p>"), CARD("884511", "<p class=\"rec-desc\">" WANT
	    "</p><p class=\"rec-meta\"><span>11-18</span> <span>清溪融媒</span></p>")), WANT,
	    "... nor the account after a day-month date, a space apart");
	first_snippet_is(PAGE(CARD("885907", "<p class=\"rec-meta\"><span>2026-12-03</span></p>"
	    "<p class=\"rec-desc\">" WANT " 南岭村</p>"), CARD("884511", "<p class=\"rec-meta\"><span>"
	    "2026-11-28</span></p><p class=\"rec-desc\">" WANT " 南岭村</p>")), WANT " 南岭村",
	    "... a summary's last word with no date beside it stays");
}

int
main(void)
{
	card_account_tail();
	return tap_done();
}
