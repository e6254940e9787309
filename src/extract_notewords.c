/*
 * extract_notewords: the words of the lines a page sets into a story that
 * are none of it (notices, disclaimers, ad labels, print jump lines, a
 * portal's syndication note) and the calls to action of the boxes set
 * into it (Subscribe, Donate), split from extract_words.c to keep each
 * file short.  Only data, declared in extract_words.h beside the rest.
 */
#include "config.h"

#include "extract_words.h"

/* a line holding one of these is a notice */
const char *const notice_parts[] = {"字体：", "字体:", "字号：",
	"字号:", "【字体", "【字号", "点击：", "点击:", "浏览次数", "阅读次数",
	"分享到", "打印本页", "关闭窗口", "扫一扫", "返回顶部", "【打印",
	/* a WeChat post's prompts around the text (点击蓝字 关注我们,
	 * 长按识别二维码 关注…) */
	"点击蓝字", "點擊藍字", "点击上方蓝字", "长按识别二维码", "長按識別二維碼",
	"长按二维码", "長按二維碼",
	"[打印", "【关闭", "收藏本页", "Copyright", "copyright", "©",
	"版权所有", "免责声明", "本文来源", "［编辑", "[编辑", "【编辑",
	"(编辑", "（编辑", "(责任编辑", "（责任编辑", "责任编辑", "点击数",
	"責任編輯", "【字體", "點擊：", "瀏覽次數", "版權所有",
	"阅读数", "分享此文", "分享本文", "Share this",
	/* a photo desk's store ask under a gallery ("See more photos and
	 * order prints at ...", "Buy this photo") */
	"order prints", "Order prints", "Buy this photo", "Buy photos", "buy photos",
	"Purchase photos", "purchase photos",
	/* a breadcrumb set in the story's own cell of an old table layout
	 * (您现在的位置：首页 >> 通知公告 >> 正文): where the reader is */
	"您现在的位置：", "您现在的位置:", "您现在的位置是", "您現在的位置：", "您的位置：", "您的位置:",
	"您所在的位置：", "当前位置：", "当前位置:", "當前位置：", "目前位置：", "You are here:",
	/* a page's tools set under the text: "Print this page · Email a friend" */
	"Print this page", "Email a friend", "Email this page", NULL};

/* a line that starts with one of these (after a bracket: 【免责声明】) is
 * a notice however long it runs: a site's disclaimer under each story */
const char *const disclaimer_labels[] = {"免责声明", "版权声明", "特别声明", "免責聲明",
	"版權聲明", "特別聲明", NULL};

/* a platform's statement under a post opens on the text itself and says
 * it is not the platform's view (本文为…作者…上传并发布，仅代表该作者观点，
 * 不代表…立场): a notice however long; a story's sentence opens otherwise */
const char *const statement_opens[] = {"本文", "此文", "文章", "以上内容", "本篇", "該文",
	"该文",
	/* an opinion page's disclaimer under a column: "The views expressed
	 * are the author's own and do not necessarily reflect those of ..." */
	"The views expressed", "The opinions expressed", "The views and opinions expressed",
	"Views expressed", "Opinions expressed",
	/* a publisher's statement of its press regulator under each story:
	 * "This website and associated newspapers adhere to the Independent
	 * Press Standards Organisation's Editors' Code of Practice" */
	"This website", "This site", "This newspaper", "This publication", "This title", NULL};
const char *const not_view_words[] = {"不代表", "not necessarily", "author's own",
	"writer's own", "authors' own",
	/* a reposting platform's: 登载此文…并不意味着赞同其观点 */
	"不意味着", "不意味著", NULL};
/* how a platform's own statement label ends, before its colon (新浪看点
 * 声明：…; extract_declared.c) */
const char *const statement_label_ends[] = {"声明", "聲明", NULL};
/* a press regulator, whose code such a statement says the outlet keeps */
const char *const regulator_words[] = {"Editors' Code", "Editors’ Code", "Editors Code",
	"Press Standards Organisation", "Press Council", "Media Council", NULL};

/* a blotter's note that those it names are not found guilty: a notice
 * when it speaks of everyone named ("All persons are presumed innocent
 * until proven guilty"), not of one defendant in a court story */
const char *const innocence_words[] = {"presumed innocent", "presumed to be innocent", NULL};
const char *const everyone_words[] = {"All persons", "all persons", "All people", "all people",
	"All suspects", "all suspects", "All individuals", "all individuals", "All those",
	"all those", "Anyone charged", "anyone charged", "Anyone arrested", "anyone arrested",
	"Those charged", "those charged", "Those arrested", "those arrested", "Everyone", "everyone",
	NULL};

/* how a bracketed line crediting an office ends: （县人大办 供稿） */
const char *const supplied_marks[] = {"供稿", "供图", "供圖", "撰稿", NULL};

/* a line that is one of these is a notice */
/* a daily's note of the print edition a web story ran in, closing it:
 * "Published in The Frontier Ledger, May 4th, 2024" (extract_notice.c) */
const char *const print_notes[] = {"Published in ", "Printed in ", "Appeared in print in ",
	"This article appeared in ", NULL};

const char *const notice_lines[] = {"广告", "廣告", "Advertisement",
	"ADVERTISEMENT", "分享", "分享到：", "打印", "关闭",
	/* a press release's kicker over its headline or text, set in a
	 * block of its own by a site builder: no line of the release */
	"FOR IMMEDIATE RELEASE", "For Immediate Release", "For immediate release",
	/* Joomla's article-info term in Chinese, alone over the category
	 * and the date (dl.article-info dt: 详细内容) */
	"详细内容", "詳細內容",
	/* ... and the bare kind of paper an Australian or British council's
	 * release opens with in bold, a paragraph of its own */
	"MEDIA RELEASE", "Media Release", "Media release", "PRESS RELEASE", "Press Release",
	"Press release",
	/* ... or "PRESS STATEMENT", as an African or Asian county or ministry
	 * heads its statement */
	"PRESS STATEMENT", "Press Statement", "Press statement", "MEDIA STATEMENT",
	"Media Statement", "Media statement",
	/* a bilingual site's label alone over its summary in the other
	 * tongue (an English story's 中文摘要 box): the summary stays */
	"中文摘要", "華文摘要", "华文摘要", "中文簡介", "中文简介", "英文摘要",
	"Chinese summary", "Chinese Summary", "English summary", "English Summary",
	/* ... and a summary box's own label set apart from its words (a
	 * span 摘要 over the p of the summary): the label is no line, the
	 * summary of its own words stays */
	"摘要", "摘要：", "摘要:", "内容摘要", "内容提要", "內容摘要", "內容提要",
	/* an ad slot's line between a chain paper's paragraphs */
	"Story continues below advertisement", "Story continues below",
	"Article continues below advertisement", "Article continues below",
	"Story continues after advertisement", "Continue reading below",
	/* a Taiwanese paper's mark over the ad slot between paragraphs */
	"請繼續往下閱讀...", "請繼續往下閱讀…", "請繼續往下閱讀", "请继续往下阅读...",
	"请继续往下阅读…", "请继续往下阅读",
	/* a public station's underwriting slot set between paragraphs */
	"Support comes from", NULL};

/* a print replica's jump line: how it starts ("See FIRE, Page A6",
 * "Continued on Page 4"), the words inside it ("FIRE From Page A1"), and
 * the page it names last (extract_notice.c) */
const char *const jump_words[] = {"See ", "SEE ", "Please see ", "Continued ", "continued ",
	"CONTINUED ", "From ", "FROM ", "Jump ", NULL};
const char *const jump_inner_words[] = {" From Page", " from Page", " From page", " from page",
	" FROM PAGE", " From ", NULL};
const char *const page_words[] = {"Page ", "page ", "PAGE ", NULL};

/* how a portal's note of a syndicated story's first outlet begins: a
 * notice of any length, as it names the story's title again */
const char *const syndication_notes[] = {"This article originally appeared on ",
	"This article originally appeared in ", "This story originally appeared on ",
	"This story originally appeared in ", "This article first appeared on ",
	"This article first appeared in ", "This story first appeared on ",
	"This story first appeared in ", "This article was originally published on ",
	"This article was originally published in ", NULL};

/* a paywall's words over the rest of a story, where the page shows only
 * its first paragraphs ("This article is available to subscribers only.",
 * "Subscribe to continue reading", "Already a subscriber? Log in") */
const char *const paywall_words[] = {"subscribers only", "Subscribers only",
	"subscribers-only", "Subscribe to continue", "Subscribe to keep reading",
	"Subscribe to read", "subscribe to continue", "to continue reading",
	"To continue reading", "Already a subscriber", "already a subscriber", NULL};

/* what follows the writer's name in a reporter's beat line closing a
 * story, and how the line gives a way to reach them (extract_tail.c,
 * beat_tail: "NAME covers city government for PAPER. Reach her at ...") */
const char *const beat_verbs[] = {" covers ", " reports on ", " writes about ", NULL};
const char *const reach_words[] = {"Reach ", "reach ", "Contact ", "contact ", "Email ", "email ", NULL};

/* how an outlet asks its readers for their news in a line naming it
 * (extract_tail.c, news_ask_tail) */
const char *const news_asks[] = {"Tell us what", "Tell us about", "Send us your news",
	"Send us your story", "Send us your stories", "Share your news", "Share your story with us", NULL};

/* how a writer asks the readers to talk a post over in its comments, the
 * self-media post's closing call ("你的家乡还有这样的村小吗？欢迎在评论区
 * 聊聊。"; extract_tail.c, comment_ask_tail); not 评论区 alone, which a
 * story's line may name ("网友在评论区留言点赞") */
const char *const comment_asks[] = {"欢迎在评论区", "欢迎在留言区", "评论区聊聊", "评论区说说",
	"评论区告诉", "评论区留下你", "留言区聊聊", "留言区说说", NULL};

/* the compound surnames of two characters that open a name of four
 * (欧阳晴川): a further name of four is taken only after one of these */
const char *const compound_surnames[] = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
	"令狐", "慕容", "宇文", "尉迟", "长孙", "公孙", "夏侯", "端木", "南宫", "独孤",
	"呼延", "司徒", "申屠", "澹台", "歐陽", "諸葛", "長孫", NULL};

/* a letter's valediction on a line of its own over the writer's name, as
 * a school's, a club's or a hall committee's news item is written: "Ngā
 * mihi nui,<br>Whaea Aroha" (signoff_tail, extract_tail.c) */
const char *const valedictions[] = {"Kind regards", "Kind Regards", "Regards", "Best regards",
	"Warm regards", "Warmest regards", "Best wishes", "Yours sincerely", "Yours faithfully",
	"Sincerely", "Many thanks", "With thanks", "Thanks", "Cheers", "Ngā mihi", "Ngā mihi nui",
	"Ngā mihi mahana", "Nāku noa, nā", "Noho ora mai", NULL};

/* the staff role a small paper's byline sets on a line of its own under
 * the name ("By Ann Lee<br>Ledger staff writer"): its last words */
const char *const staff_roles[] = {"staff writer", "Staff Writer", "staff reporter", "Staff Reporter",
	"Reporter", "reporter", "Correspondent", "correspondent", "Contributing Writer",
	"contributing writer", "Editor", "editor", "Staff", "staff", NULL};

/* ... and how the paper gives the writer's address under the story,
 * after the name ("Ann Lee can be reached at ann@... or 580-555-0133") */
const char *const contact_phrases[] = {" can be reached at ", " can be reached by ", " may be reached at ",
	" can be contacted at ", " may be contacted at ", " can be emailed at ", NULL};

/* a link or button that asks the reader to act, not to read on: the
 * sign-up, subscription and donation boxes set into a story */
const char *const action_words[] = {"Subscribe", "SUBSCRIBE", "Sign up", "Sign Up",
	"SIGN UP", "Donate", "DONATE", "Become a subscriber", "Become a member", "Become a supporter",
	"Give now",
	/* a public station's ask set between a story's paragraphs ("...
	 * is funded by listeners like you. Make a gift today.") */
	"Make a gift", "Make a Gift",
	/* an app's store badges */
	"Download on the App Store", "Get it on Google Play", "GET IT ON Google Play",
	"Download on Google Play",
	/* a news app's own ask, set between a story's paragraphs */
	"下载APP", "下載APP", "下载App", "下載App", "点我下载", "點我下載", "点击下载",
	"點擊下載", "下载客户端", "下載客戶端", NULL};

/* what the address of an outlet's own sign-up, subscription or donation
 * page holds: a link there in a short box of the text asks the reader to
 * act however its words run ("... subscribe for free to get every story") */
const char *const action_paths[] = {"/portal/signup", "/signup", "/sign-up", "/subscribe",
	"/donate/", "/donate?", NULL};
