/* unit_extract_unseen17zh: the kinds of layout the seventeenth Chinese
 * blind round (unseen17zh-*) found wanting: a county bureau's news page
 * (卫健委) crediting the writer by the writer's mark in a span of the
 * byline's line among its other fields (发布日期：… 来源：… 文/NAME
 * 图/NAME), no label before it. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>县人民医院开展义诊进社区活动</title></head>" \
	"<body><h1>县人民医院开展义诊进社区活动</h1><div class=\"news-meta\"><span>发布日期：2024-05-10</span>\n" \
	"<span>来源：县人民医院</span>\n"
#define INFO_END "\n<span>阅读：12次</span></div><div class=\"news-body\">"
#define P1 "<p>5月9日，县人民医院组织内科、眼科、口腔科等科室的12名医护人员走进城东社区，开展义诊活动。</p>"
#define P2 "<p>活动现场，医护人员为居民测量血压、血糖，耐心解答居民提出的健康问题，并发放健康宣传资料。</p>"
#define P3 "<p>当天共为230余名居民提供了义诊服务，医院还将定期组织医护人员深入乡镇和社区开展义诊。</p>"
#define TAIL "</div><div class=\"news-foot\">编辑：韦静</div></body></html>"
#define PAGE(credit) HEAD credit INFO_END P1 P2 P3 TAIL

static void
writer_mark_in_meta_line(void)
{
	test_author_is(PAGE("<span>文/莫晓燕　图/卢建</span>"), "莫晓燕",
	    "the writer's mark (文/) as a field of the byline's line names the writer");
	test_author_is(PAGE("<span>文／莫晓燕</span>"), "莫晓燕",
	    "... with a full-width slash too, and no photographer after it");
	test_author_is(PAGE("<span>图/卢建</span>"), NULL,
	    "... while a photographer's mark (图/) alone names no writer");
	test_author_is(PAGE("<span>图文/卢建</span>"), NULL,
	    "... nor does the mark inside a word (图文/)");
}

int
main(void)
{
	writer_mark_in_meta_line();
	return tap_done();
}
