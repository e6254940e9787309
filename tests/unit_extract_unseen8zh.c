/* unit_extract_unseen8zh: the kinds of layout the eighth Chinese blind
 * round (unseen8zh-*) found wanting: fields in spans run together with a
 * page tool's word or a count's label, a Taiwanese paper's 〔記者…報導〕
 * dateline and its app box, a platform's statement under a post, a
 * picture linked to its own full size, a self-media account's card, an
 * app's name as the whole <title>. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>岚溪茶山夜市开张</title></head><body><h1>岚溪茶山夜市开张</h1>"
#define ZH1 "<p>5月14日晚，岚溪县云雾茶山脚下的茶山夜市正式开张，开市首周累计接待游客约三万人次，带动周边餐饮营业额增长。</p>"
#define ZH2 "<p>夜市设在茶山游客中心前的广场上，共设摊位八十个，以本地茶饮、小吃和手作文创为主，摊位费前三个月全免。</p>"
#define ZH3 "<p>据县文广旅体局介绍，夜市每周三至周日开放，县里还开通了从城区到茶山的夜间公交专线，方便市民往返。</p>"

static void
value_ends(void)
{
	test_gives(label_value, "县人力社保局阅读次数：2406", "县人力社保局",
	    "a count's compound label (阅读次数：) ends a value, spans run together");
	test_gives(label_value, "澎湃新闻·澎湃号·政务字号", "澎湃新闻·澎湃号·政务",
	    "... a page tool's word (字号) closing the line ends it");
	test_gives(label_value, "岚溪日报2024-05-22", "岚溪日报", "... and a date glued on after it");
	test_gives(label_value, "岚溪发布", "岚溪发布",
	    "... a name ending in a label's word (发布) is whole");
	test_gives(label_value, "2024年度报告编写组", "2024年度报告编写组",
	    "... a value opening with a year is whole");
}

#define TW1 "<p>〔記者林育萱／嵐溪報導〕嵐溪鄉舊水門周邊閒置多年的河濱空地，經鄉公所整建為親水公園，週末正式啟用，吸引不少民眾到場拍照。</p>"
#define TW2 "<p>鄉長許文彬表示，舊水門過去是排洪設施，後來因河道改線而廢棄，此次整建總經費約三千二百萬元，由中央補助七成。</p>"
#define TW3 "<p>鄉公所指出，戲水池開放時間為每日上午九時至下午五時，每週一休池清潔，園區全天開放，不收取任何費用。</p>"

static void
taiwan_local(void)
{
	struct ctx c;

	test_gives(dateline_credit, "〔記者林育萱／嵐溪報導〕嵐溪鄉舊水門周邊閒置多年的河濱空地", "林育萱",
	    "a Taiwanese paper's 〔記者NAME／PLACE報導〕 dateline credits the reporter");
	test_gives(dateline_credit, "〔記者林育萱、王大明／嵐溪報導〕嵐溪鄉舊水門周邊", "林育萱 王大明",
	    "... every reporter it names");
	test_gives(dateline_credit, "〔嵐溪報導〕嵐溪鄉舊水門周邊", NULL,
	    "... none without the reporter's role");
	test_author_is("<html><head><title>親水公園啟用</title></head><body><h1>嵐溪親水公園週末啟用</h1><div class=\"text\">"
	    "<div class=\"photo\"><img src=\"/p/1.jpg\" alt=\"親水公園\"><p>嵐溪鄉舊水門周邊整建為親水公園。（圖／嵐溪鄉公所提供）</p></div>"
	    TW1 TW2 TW3 "</div></body></html>", "林育萱",
	    "... in the story's first paragraph under a picture's caption");
	tap_ok(is_noise_line("請繼續往下閱讀...") && is_noise_line("请继续往下阅读"),
	    "a continue-reading mark (請繼續往下閱讀...) is a notice");
	test_story(&c, "<html><head><title>親水公園啟用</title></head><body><h1>嵐溪親水公園週末啟用</h1><div class=\"text\">"
	    TW1 "<p class=\"before_ir\">請繼續往下閱讀...</p>" TW2 TW3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "... set between paragraphs, no paragraph and no end of the story");
	test_doc_free(&c);
	test_story(&c, "<html><head><title>親水公園啟用</title></head><body><h1>嵐溪親水公園週末啟用</h1><div class=\"text\">"
	    TW1 TW2 "<div class=\"appE1121\"><p>不用抽 不用搶 現在用APP看新聞 保證天天中獎　<a href=\"/app/dl\">點我下載APP</a>　"
	    "<a href=\"/app/rule\">按我看活動辦法</a></p></div>" TW3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "a box whose link asks to download the app is no paragraph (點我下載APP)");
	test_doc_free(&c);
	test_story(&c, HEAD "<div class=\"content\">" ZH1 ZH2 "<div class=\"tip\"><p>打开学习平台APP，查看更多精彩内容</p>"
	    "<a href=\"/download\">下载APP</a></div>" ZH3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "... nor one whose link says 下载APP");
	test_doc_free(&c);
}

static void
lightbox_picture(void)
{
	struct ctx c;

	test_story(&c, HEAD "<div class=\"content\">" ZH1 "<div class=\"photo\"><a href=\"https://img.test/big/1.jpg\">"
	    "<img src=\"https://img.test/1.jpg\" alt=\"夜市\"></a><p>夜市开张首晚</p></div>" ZH2
	    "<p><a href=\"/ad/\"><img src=\"https://img.test/banner.jpg\" alt=\"广告\"></a></p>" ZH3 "</div></body></html>");
	extract_images(&c);
	tap_int((long)c.page->nimages, 1, "a picture linked to its own full size (a .jpg) is the story's, a linked banner is not");
	tap_str(c.page->nimages ? c.page->images[0].src : NULL, "https://img.test/1.jpg", "... the picture itself");
	test_doc_free(&c);
}

static void
platform_statement(void)
{
	struct ctx c;

	tap_ok(is_noise_line("本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。"),
	    "a platform's statement that the text is not its view (本文…不代表…) is a notice, however long");
	tap_ok(is_noise_line("文章仅代表作者观点，不代表本站立场。"), "... 文章… as 本文…");
	tap_ok(!is_noise_line("他表示，网传说法不代表公司立场，公司将依法维护自身权益，并保留追究相关责任的权利。"),
	    "... a story's sentence that says 不代表 is none");
	test_story(&c, HEAD "<div class=\"content\">" ZH1 ZH2 ZH3 "</div><div class=\"statement\">本文为澎湃号作者或机构在澎湃新闻上传并发布，"
	    "仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。</div></body></html>");
	tap_int((long)c.page->body.n, 3, "... and no paragraph after the story");
	test_doc_free(&c);
}

static void
account_card(void)
{
	test_author_is(HEAD "<div class=\"card\"><a href=\"/user_1044\" class=\"pic\"><img src=\"/a.png\" alt=\"\"></a>"
	    "<div class=\"info\"><div class=\"name\"><a href=\"/user_1044\">岚溪发布</a><span>政务</span></div>"
	    "<div class=\"desc\">岚溪县人民政府新闻办公室官方账号</div></div><button>+ 关注</button></div>"
	    "<div class=\"meta\"><span>2024-05-21 18:30</span></div><div class=\"content\">" ZH1 ZH2 ZH3 "</div></body></html>",
	    "岚溪发布", "an account's card under the headline (a linked name beside a 关注 button) names the author");
	test_author_is(HEAD "<div class=\"meta\"><a href=\"/channel/local\">本地新闻</a> <a href=\"/follow\">关注我们</a></div>"
	    "<div class=\"content\">" ZH1 ZH2 ZH3 "</div></body></html>",
	    NULL, "... a section's link beside another link is none");
}

static void
app_name_title(void)
{
	struct ctx c;

	test_doc(&c, "<html><head><title>学习平台</title></head><body><div class=\"banner\"><p class=\"bt\">学习平台</p>"
	    "<p>打开APP，阅读体验更佳</p><a href=\"/dl\">立即打开</a></div><div class=\"article\">"
	    "<div class=\"detail-title\">岚溪乡村共享厨房开进二十个村 留守老人吃上热乎饭</div>"
	    "<div class=\"detail-content\">" ZH1 ZH2 ZH3 "</div></div></body></html>");
	find_body(&c);
	extract_title(&c);
	tap_str(c.page->title, "岚溪乡村共享厨房开进二十个村 留守老人吃上热乎饭",
	    "a <title> that is the app's name shown in its banner names the site: the heading over the story is the headline");
	test_doc_free(&c);
	test_doc(&c, "<html><head><title>学习平台</title></head><body><div class=\"banner\"><p class=\"banner-title\">学习平台</p>"
	    "<a href=\"/dl\">立即打开</a></div><div class=\"article\">"
	    "<div class=\"detail-title\">岚溪乡村共享厨房开进二十个村 留守老人吃上热乎饭</div>"
	    "<div class=\"detail-content\">" ZH1 ZH2 ZH3 "</div></div></body></html>");
	find_body(&c);
	extract_title(&c);
	tap_str(c.page->title, "岚溪乡村共享厨房开进二十个村 留守老人吃上热乎饭",
	    "... its banner's line of a title's class, the whole <title>, is no headline either");
	test_doc_free(&c);
	test_doc(&c, "<html><head><title>夜市开张</title></head><body><div class=\"article\">"
	    "<div class=\"detail-title\">夜市开张</div><div class=\"detail-content\">" ZH1 ZH2 ZH3 "</div></div></body></html>");
	find_body(&c);
	extract_title(&c);
	tap_str(c.page->title, "夜市开张", "... a short <title> the heading shows is the headline still");
	test_doc_free(&c);
}

int
main(void)
{
	value_ends();
	taiwan_local();
	lightbox_picture();
	platform_statement();
	account_card();
	app_name_title();
	return tap_done();
}
