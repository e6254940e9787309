/* unit_extract_unseen26zh: the kinds of layout the twenty-sixth Chinese
 * blind round (unseen26zh-*) found wanting, all of regional sites: a
 * county hospital group's story of a visiting doctor with a 专家简介 box
 * (the doctor's picture, title and clinic hours) set after the text and
 * a closing "（文/图 宣传科 NAME）" credit naming the press office before
 * the writer; a county portal's repost of a township's WeChat post, its
 * "点击蓝字 关注我们" call with the follow banner (a bare GIF) set just
 * under it; a scenic spot's app share page, a card of the spot (its
 * picture, hours, price and a 立即购票 button) set after the text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_words.h"
#include "page.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "http://unit.test/news/ygtdt/2025-11-21/1925.html"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>县医共体专家下沉 黄泥镇卫生院完成首台腹腔镜手术</title></head><body>" \
	"<h2>县医共体专家下沉 黄泥镇卫生院完成首台腹腔镜手术</h2><div class=\"d-info\"><span>来源：宣传科</span><span>发布时间：2025-11-21</span></div>"
#define P1 "<p>11月19日，在县人民医院普外科专家的带领下，黄泥镇卫生院顺利为一名62岁的胆囊结石患者实施了腹腔镜胆囊切除术，这是该院开展的首台腹腔镜手术。</p>"
#define P2 "<p>患者反复右上腹疼痛半年多，因为年纪大、往返县城不方便，一直拖着没有治疗，本月初在镇卫生院就诊时遇上了下沉坐诊的专家。</p>"
#define PIC "<p><img src=\"/uploads/ssxc01.jpg\" alt=\"专家团队在手术室为患者实施手术\"></p>"
#define P3 "<p>去年以来，医共体先后选派32名中高级职称医师到10家乡镇卫生院驻点帮扶，帮助成员单位新开展技术项目27项，住院人次同比增长18%。</p>"
#define FIRST "11月19日，在县人民医院普外科专家的带领下，黄泥镇卫生院顺利为一名62岁的胆囊结石患者实施了腹腔镜胆囊切除术，这是该院开展的首台腹腔镜手术。"
#define LAST "去年以来，医共体先后选派32名中高级职称医师到10家乡镇卫生院驻点帮扶，帮助成员单位新开展技术项目27项，住院人次同比增长18%。"
#define BOX(head) "<div class=\"box\"><div class=\"box-tit\">" head "</div><div class=\"box-con\">" \
	"<img src=\"/uploads/zhuanjia/hu.jpg\" alt=\"胡振海\"><p><b>胡振海</b>，主任医师，县人民医院普外科主任，擅长肝胆胰疾病的微创治疗。</p>" \
	"<p>下沉坐诊时间：每周二上午（黄泥镇卫生院）</p></div></div>"
#define PAGE(box, tail) HEAD "<div class=\"d-content\">" P1 P2 PIC P3 box tail "</div></body></html>"

static void
profile_boxes(void)
{
	struct page *p;

	test_page_body_is(PAGE(BOX("专家简介"), ""), PAGE_URL, 3, FIRST, LAST,
	    "a 专家简介 box after a story, the doctor's title and hours, is no story text");
	p = test_page_of(PAGE(BOX("专家简介"), ""), PAGE_URL);
	tap_int((long)p->nimages, 1, "... and the doctor's picture in it no picture of the story");
	page_free(p);
	test_page_body_is(PAGE(BOX("专家提醒"), ""), PAGE_URL, 6, FIRST, "下沉坐诊时间：每周二上午（黄泥镇卫生院）",
	    "... a box of the expert's advice (专家提醒) stays the story's");
}

static void
office_credits(void)
{
	struct page *p;
	char *n;

	tap_str(n = credit_line_names("文/图 宣传科 林可馨"), "林可馨",
	    "文/图 OFFICE NAME: the press office before the writer is no name");
	free(n);
	tap_str(n = credit_line_names("文/图 县教师发展中心 贺明轩"), "贺明轩", "... nor a unit's longer name");
	free(n);
	tap_str(n = credit_line_names("文/图 王中心 林可馨"), "王中心 林可馨", "... a name ending so, short as a name, stays");
	free(n);
	tap_str(n = credit_line_names("文/图 宣传科"), "宣传科", "... and the office alone stays as it was");
	free(n);
	p = test_page_of(PAGE("", "<p>（文/图 宣传科 林可馨）</p>"), PAGE_URL);
	tap_str(p->author, "林可馨", "a closing （文/图 宣传科 NAME） names the writer alone");
	page_free(p);
}

#define WX_URL "http://unit.test/zwdt/xzdt/2025/1114/21877.html"
#define WX(call, banner) "<html><head><meta charset=\"utf-8\"><title>桃源镇：稻田里办起丰收节</title></head><body>" \
	"<div class=\"newstitle\">桃源镇：稻田里办起丰收节</div><div class=\"newsinfo\">发布时间：2025-11-14 16:20</div>" \
	"<div class=\"newsbody\">" call "<p>" banner "</p>" \
	"<p>11月12日，桃源镇第二届农民丰收节在上坝村千亩稻田举行，割稻比赛、稻田摸鱼、农产品展销等活动轮番登场，吸引群众3000余人参加。</p>" \
	"<p>上午10时，割稻比赛正式开始，来自全镇8个村的24名选手手持镰刀在稻田里你追我赶，不到20分钟最快的选手就割完了一分地。</p>" \
	"<p><img src=\"/uploads/gedao.jpg\" alt=\"割稻比赛现场\"></p>" \
	"<p>展销区里，桃源香米、高山土鸡蛋、手工红薯粉等30多种本地农产品摆满了摊位，当天线上线下销售额达到12.6万元。</p>" \
	"</div></body></html>"
#define CALL "<section><p>点击蓝字 关注我们</p></section>"

static void
follow_banners(void)
{
	struct page *p;

	p = test_page_of(WX(CALL, "<img src=\"/uploads/arrow.gif\" alt=\"\">"), WX_URL);
	tap_int((long)p->nimages, 1, "a bare banner just under a post's 点击蓝字 call is no picture of the story");
	tap_str(p->nimages > 0 ? p->images[0].src : NULL, "http://unit.test/uploads/gedao.jpg", "... the story's is kept");
	page_free(p);
	p = test_page_of(WX(CALL, "<img src=\"/uploads/arrow.gif\">"), WX_URL);
	tap_int((long)p->nimages, 1, "... with no alt at all, as with an empty one");
	page_free(p);
	p = test_page_of(WX(CALL, "<img src=\"/uploads/daotian.jpg\" alt=\"上坝村千亩稻田\">"), WX_URL);
	tap_int((long)p->nimages, 2, "... a picture with its own alt text under the call stays");
	page_free(p);
	p = test_page_of(WX("<p>金秋时节，上坝村的千亩稻田迎来丰收。</p>", "<img src=\"/uploads/daotian.jpg\">"), WX_URL);
	tap_int((long)p->nimages, 2, "... and a bare picture under a line of text stays");
	page_free(p);
}

#define APP_URL "https://h5.unit.test/share/article?id=88213"
#define APP(card) "<html><head><meta charset=\"utf-8\"><title>云岫山云海季来了</title></head><body>" \
	"<div class=\"article-wrap\"><h1>云岫山云海季来了</h1><div class=\"meta\"><span class=\"time\">2025-10-02 08:05</span></div>" \
	"<div class=\"article-content\">" \
	"<p>国庆假期第一天，云岫山迎来今秋第一场大规模云海，主峰揽月台一带云雾翻涌，不少游客天不亮就登上观景台等候这一刻。</p>" \
	"<p><img src=\"/app/yh01.jpg\" alt=\"揽月台云海\"></p>" \
	"<p>据景区气象观测站介绍，每年10月至次年3月是云岫山云海的高发期，雨后初晴、昼夜温差大的清晨最容易出现云海。</p>" \
	"<p>景区提醒，山顶清晨气温较低，游客上山请注意添衣保暖，国庆期间实行分时预约，请提前预约入园。</p>" \
	"</div>" card "</div></body></html>"
#define CARD(button) "<div class=\"scenic-card\"><img src=\"/app/card.jpg\"><div class=\"sc-r\"><p>云岫山风景名胜区</p>" \
	"<p>开放时间：07:00-17:30</p><p>门票：旺季90元/人</p></div><a class=\"sc-btn\" href=\"/ticket\">" button "</a></div>"

static void
action_cards(void)
{
	struct page *p;

	p = test_page_of(APP(CARD("立即购票")), APP_URL);
	tap_int((long)p->nimages, 1, "a spot's card after the text, ending on 立即购票, holds no picture of the story");
	tap_str(p->nimages > 0 ? p->images[0].src : NULL, "https://h5.unit.test/app/yh01.jpg", "... the story's stays");
	page_free(p);
	p = test_page_of(APP(CARD("下载APP")), APP_URL);
	tap_int((long)p->nimages, 1, "... nor one ending on an app's ask to download it");
	page_free(p);
	p = test_page_of(APP(CARD("查看详情")), APP_URL);
	tap_int((long)p->nimages, 2, "... a card of a plain link (查看详情) keeps its picture");
	page_free(p);
}

int
main(void)
{
	profile_boxes();
	office_credits();
	follow_banners();
	action_cards();
	return tap_done();
}
