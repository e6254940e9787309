/*
 * extract_words: the words pages label things with, Chinese (simplified
 * and traditional, for Big5 pages) and English, in one place.  Only data:
 * extract_label.c reads a line by them, the parts look them up.  A word
 * added here reaches every rule that reads its list.  The words of
 * notices set into a story (disclaimers, ad labels, jump lines) are in
 * extract_notewords.c, those of 上一篇 / 下一篇 and the related lists in
 * extract_navwords.c, and the class and id words of page elements in
 * extract_words_class.c, declared in extract_words.h with these.
 */
#include "config.h"

#include "extract_words.h"

const char *const stop_labels[] = {
	/* compound labels first: 作者：镇党政办 文章来源：… leaves no 文章 */
	"文章来源", "新闻来源", "信息来源", "文章录入", "录入", "来源", "稿源", "作者", "记者", "通讯员", "责任编辑", "编辑", "责编",
	"发布时间", "发布日期", "发布", "时间", "日期", "浏览", "点击", "阅读",
	"浏览次数", "浏览量", "点击数", "点击量", "阅读数", "阅读量", "访问量", "访问次数",
	"阅读次数", "点击次数", "瀏覽次數", "閱讀次數", "點擊次數", "點閱次數",
	"字号", "字体", "摄影", "审核", "供稿单位", "供稿", "分享", "评论", "更新", "來源", "記者",
	/* staff whom no field names, spans run together with theirs:
	 * 责任编辑：许岚图片编辑：陆平, 编辑：周文校对：丁一 */
	"图片编辑", "美术编辑", "视频编辑", "图片", "摄像", "校对", "审校", "初审", "复审",
	"终审", "监制", "统筹", "文字", "制图", "製圖",
	/* a bulletin's writer and signer, spans run together: 预报员：NAME签发：NAME */
	"首席预报员", "预报员", "预報員", "签发", "簽發",
	/* the same compounds in 繁体, spans run together: 撰文：NAME發佈日期：… */
	"發佈日期", "發布日期", "發佈時間", "發布時間",
	"編輯", "發佈", "發布", "時間", "瀏覽", "點擊", "閱讀", "Source", "By", "Editor",
	/* an English portal's next field, spans run together: Source: Beihe
	 * Daily Updated: 2025-03-14 10:32 */
	"Updated", "Published",
	NULL
};

/* a page tool's word, run on after a field's value when spans run
 * together with nothing after it (来源：澎湃新闻字号): no part of the value */
const char *const tool_words[] = {"字号", "字號", "字体", "字體", "打印", "列印", "分享", "收藏",
	"举报", "舉報", "纠错", "糾錯", NULL};

/* Labels in simplified and traditional characters (Big5 pages). */
const char *const source_labels[] = {"文章来源", "新闻来源", "信息来源",
	"来源", "稿源", "出处", "來源", "稿源", "发布机构", "发布单位", "發布機構",
	"發布單位", "供稿单位", "供稿部门", "供稿單位", "供稿",
	/* the office that wrote a government release (撰稿單位：衛生局) */
	"撰稿单位", "撰稿單位", "Source", NULL};

const char *const author_labels[] = {"作者", "记者", "通讯员", "撰稿", "撰文", "文/图", "图/文", "文／图", "图／文",
	"記者", "通訊員", "文／圖", "圖／文", "Author", "Writer", "Reporter",
	"Written by", "Posted by", "發表者", "发表者", /* XOOPS's "Posted by" in Chinese */
	/* a weather or air-quality bulletin's writer (预报员：NAME 签发：NAME) */
	"首席预报员", "预报员", "預報員",
	/* a British weekly's credit line: "Words: NAME · Pictures: NAME";
	 * a Russian paper's, 1C-Bitrix's news.detail property "Автор:" */
	"Words", "Автор",
	/* a forum thread's starter over the first post (楼主：NAME 时间：…) */
	"楼主", "樓主", NULL};

const char *const editor_labels[] = {"责任编辑", "编辑", "责编",
	"責任編輯", "編輯", "責編", "Edited by", "Editor", NULL};

/* staff credited at a story's end whom no field names: a byline line
 * all the same (审核：甲, 校对：乙), never the body's last paragraph */
const char *const staff_labels[] = {"审核", "审校", "校对", "责任校对", "初审",
	"复审", "终审", "二审", "三审", "监制", "统筹", "美编", "審核", "校對",
	"監製", "統籌",
	/* who drew a graphic story's pictures (一图读懂 … 制图：NAME) */
	"制图", "製圖", "绘图", "繪圖",
	/* who put a 科普 piece out, in its credits over the text (出品：OFFICE) */
	"出品人", "出品",
	/* who signs a bulletin out, after its 预报员 (签发：NAME) */
	"签发", "簽發", NULL};

/* Date labels.  A weak one (时间, 日期, 发布) is a label only where it
 * starts a field, never inside a word (开放时间, 活动日期); the strong
 * ones name the publication and may follow a word (文章发布时间). */
const char *const date_labels[] = {"发布时间", "发布日期", "发表时间",
	"发稿时间", "成文日期", "发文日期", "印发日期", "时间", "日期", "发布",
	"發佈時間", "發布時間", "發表時間", "發佈日期", "發布日期", "時間", "Date", "Posted",
	/* a 问政 page's letter and reply, each dated on its who-and-when line */
	"留言时间", "来信时间", "回复时间", "答复时间", "留言時間", "來信時間", "回覆時間",
	"答覆時間", NULL};
const char *const weak_date_labels[] = {"时间", "日期", "发布", "時間",
	"Date", "Posted", NULL};

/* labels that name the publication itself, beating 成文日期 and the like */
const char *const strong_date_labels[] = {"发布时间", "发布日期", "发表时间",
	"发稿时间", "发表日期", "发布于", "發佈時間", "發布時間", "發表時間",
	/* a forum's or portal CMS's "NAME 发表于 DATE" under the story */
	"发表于", "發表於",
	"發佈日期", "發布日期", "Published", "published", "Posted on", "Originally posted",
	/* Joomla's article-info line in Chinese: 创建于 DATE 星期四 08:45 */
	"创建于", "創建於", NULL};

/* the section a story is filed under, a line of the article's info
 * (分类：侨社新闻, 所属栏目：工作动态): no line of the story */
const char *const section_labels[] = {"所属分类", "所屬分類", "所属栏目", "所屬欄目", "分类", "分類",
	"栏目", "欄目", NULL};

/* an update, not the publication: read only when nothing else dates
 * the page (a post's 编辑于 is its last edit) */
const char *const update_labels[] = {"更新时间", "更新日期", "更新于", "编辑于", "編輯於",
	"最后更新", "修改时间", "最后修改", "更新時間", "最後更新", "更新日", "Last updated",
	"Last Updated", "Updated", "updated", "UPDATED", "Last modified",
	"Modified", NULL};

const char *const tag_labels[] = {"标签", "关键词", "关 键 词", "关键字", "標籤", "關鍵詞", "關鍵字", "热词搜索",
	"熱詞搜索", "Tags", "TAG", "Topics", "topics", "Filed under", "Filed Under", "FILED UNDER",
	/* a static generator's default theme in lower case ("tags: <a>…</a>",
	 * Pelican's post-info under the headline) */
	"tags", NULL};

/* a role that begins a byline line of its own, before the name:
 * "本报记者　何雨桐", "By Dana Whitfield", a column's "文 / 陶然" (the
 * writer's mark, a slash after it), a blog app's "作者 林慧珊" ("by" so) */
const char *const byline_roles[] = {"本报记者", "本刊记者", "本台记者", "本報記者", "记者",
	"記者", "作者", "By: ", "BY: ", "By ", "BY ", "Written by ", "Written By ", "Compiled by ",
	"Compiled By ", "文 / ", "文 ／ ", "文／", "文/",
	/* a small paper's writer who took the pictures too */
	"Story and photos by ", "Story and photo by ", "Story by ", "Text and photos by ",
	"Words and photos by ", "Words and pictures by ",
	/* a small site's news module: "Posted by NAME (ROLE) on DATE" */
	"Posted by ", "Posted By ",
	/* Drupal's and Backdrop's node footer: "Submitted by NAME on DATE" */
	"Submitted by ", "Submitted By ",
	/* ... or with a colon, a press office's release over its text:
	 * "Submitted by: RANK NAME, Public Information Officer" */
	"Submitted by: ", "Submitted By: ", NULL};

/* the roles a byline line of names credits, each after its outlet or
 * none: 本报记者 陈立　通讯员 吴欣悦, 江潮新闻记者 程书远 */
const char *const credit_roles[] = {"记者", "通讯员", "实习生", "記者", "通訊員",
	"實習生", NULL};
/* the bars a WeChat post sets after a label as its colon (编辑丨林小满,
 * 审核｜卓航) */
const char *const label_bars[] = {"丨", "｜", NULL};
/* a writer's mark opening a line of roles and names (文/青岑晚报记者 NAME) */
const char *const writer_slashes[] = {"文/", "文／", "文｜", "文|", "文丨", NULL};
/* a picture maker's slashed mark on a makers' line, and its 提供 */
const char *const maker_marks[] = {"图／", "图/", "圖／", "圖/", "摄影／", "摄影/", "攝影／", "攝影/", NULL};
const char *const maker_gives[] = {"提供", NULL};
/* how an outlet's or an account's name ends: no person's does */
const char *const outlet_ends[] = {"频道", "頻道", "发布", "發布", "融媒", "融媒体中心", "客户端",
	"客戶端", "公众号", "公眾號", "日报", "日報", "晚报", "晚報", "新闻网", "新聞網", "电视台",
	"電視台", "新闻", "新聞", NULL};
/* how an e-paper names itself after its paper's name (柘江日报数字报) */
const char *const epaper_marks[] = {"数字报", "數字報", "电子版", "電子版", "数字版", "數字版", "电子报", "電子報", NULL};
/* a desk a byline names before its reporters (本报驻岑南记者站 记者 NAME) */
const char *const desk_words[] = {"记者站", "記者站", "分社", "采访部", "採訪部", NULL};
/* a writer's mark closing a line of roles and names (记者 NAME 文/图);
 * not 摄 alone: 记者 NAME 摄 credits a picture */
const char *const credit_tails[] = {"文/图", "文／图", "图/文", "图／文", "文/摄", "文并摄", "图文",
	"文", "报道", "文／圖", "圖／文", "圖文", "報導", "報道", NULL};

/* the paper's commentator, signing a 评论员文章 with the role alone and no
 * name (本报评论员  2024-06-18 06:40  来源：…): the role is the author */
const char *const commentator_roles[] = {"本报评论员", "本报特约评论员", "本台评论员", "本刊评论员",
	"本网评论员", "特约评论员", "本報評論員", "本台評論員", "本刊評論員", "本網評論員", NULL};

/* a reporter's label opening a byline line of its own, as overseas
 * Chinese dailies credit (报道：陈慧玲　摄影：林家豪); only there: 据央视报道：
 * opens a quote */
const char *const report_labels[] = {"报道", "報道", "报导", "報導", NULL};

/* a closing credit's one-character labels in brackets, as overseas
 * Chinese blogs sign a story under its text: （文：NAME　圖：MAKER）, the
 * writer's first, then the pictures' */
const char *const credit_writer_marks[] = {"文", NULL};
const char *const credit_picture_marks[] = {"图", "圖", "摄影", "攝影", "摄", "攝", NULL};

/* the photographer's label: the author of a photo story that names no other */
const char *const photo_labels[] = {"摄影", "攝影", NULL};

/* the writer's label of a photo story's credits (摄影：甲 文字：甲 乙): the
 * author, before the photographer; read only in a byline's lines, as
 * 文字 is a word of sentences too */
const char *const writer_labels[] = {"文字", NULL};

/* words that follow a name under an author's label and are no name:
 * 记者：王敏 报道, 记者：陈立 摄 */
const char *const not_names[] = {"报道", "報道", "报导", "報導", "摄影", "攝影", "摄",
	"攝", "整理", "编译", "編譯", "供图", "供圖", "图文", "圖文", "发自", "發自",
	"本站", "本报", "本報", "原创", "原創", "等", NULL};

/* the label of a line giving the story's title as first printed (原标题：
 * …), which a portal sets atop the text it carries: a byline's line */
const char *const original_title_labels[] = {"原标题", "原題", "原標題", "原文标题",
	"原文標題", NULL};

/* no name nor outlet holds one: a transcript's reporter in bold
 * (青岚日报记者：请问…？) labels a question */
const char *const asking_marks[] = {"？", "！", "?", NULL};

/* a role before an author's name */
const char *const author_roles[] = {"文／", "文/", "文｜", "文|", "By: ", "By ", "by ", "Written by ",
	"Written By ", "Posted by ", "Posted By ", "Compiled by ", "Compiled By ",
	"Submitted by ", "Submitted By ",
	/* a club platform's writer of a news item: "Published by NAME" */
	"Published by ", NULL};

/* a role before the name of whoever sent a notice in, on a line of its
 * own closing the text: "Submitted by NAME, Township Fiscal Officer" */
const char *const submitter_roles[] = {"Submitted by ", "Submitted By ", "Contributed by ",
	"Contributed By ", NULL};

/* "By" opening a field of a byline's line after the date's field
 * ("Posted on 9 January 2026 · By NAME") */
const char *const by_field_marks[] = {" · By ", " | By ", " • By ", " ｜ By ", " By: ", NULL};

/* the last word of a job title that may follow the name on a byline line
 * (By Cole Brandt Sports Editor): no name ends in one */
const char *const job_title_words[] = {"Editor", "Reporter", "Writer", "Correspondent",
	"Columnist", "Photographer", "Producer", "Contributor", NULL};
/* the last word of a body's name, no person's (Credit Union, News Team) */
const char *const body_name_ends[] = {"Agency", "Association", "Authority", "Bank", "Board",
	"Bureau", "Church", "Club", "College", "Commission", "Committee", "Company", "Corporation",
	"Corps", "Council", "Department", "Desk", "Foundation", "Group", "Hospital", "Inc", "Inc.",
	"Institute", "LLC", "Ltd", "Ltd.", "Media", "News", "Newsdesk", "Newsroom", "Office", "Police", "Press",
	"School", "Service", "Services", "Society", "Staff", "Team", "Union", "University", NULL};

/* a line that is one of these ends a press release: what follows is the
 * sender's boilerplate ("About the City of ...") */
const char *const end_marks[] = {"###", "# # #", "-30-", "- 30 -", "-###-",
	/* a British or Irish release's ENDS, then its notes to editors and
	 * media contact */
	"ENDS", "Ends", "ENDS.", "-ENDS-", "- ENDS -", "[ENDS]",
	/* a weather office's text product ends its segment at $$, after
	 * && closing its last section */
	"$$", "&&",
	/* a Chinese release's 完, then its date and time lines (香港時間15時20分) */
	"完", "（完）", "(完)", "-完-", "－完－", "—完—", "【完】",
	/* a WeChat post's END closing its text, then its account's
	 * credits, 往期推荐 and QR code */
	"END", "-END-", "- END -", "—END—", "— END —", NULL};

/* how an outlet's own tail line under a story begins: "Follow News
 * Wexcombe on Facebook and X" (with " on " and links, extract_body.c) */
const char *const follow_invites[] = {"Follow ", NULL};

/* a UK press release's notes for journalists after the story, under a
 * heading of their own (the contacts and the funding's small print) */
const char *const editor_notes[] = {"Notes to editors", "Notes to Editors",
	"NOTES TO EDITORS", "Note to editors", "Note to Editors", "Editor's notes",
	"Editors' notes", "Notes for editors", NULL};

/* a government release's signature, alone on its line over the signer's
 * name and office (a Ghanaian assembly's or a Nigerian state's "Signed:"
 * over "NAME", "Municipal Coordinating Director").  Every mark opens with
 * S: extract_closing.c and extract_release.c look no further at a line
 * opening otherwise. */
const char *const signature_marks[] = {"Signed:", "Signed", "SIGNED:", "SIGNED", "Sgd:",
	"Sgd.", "Sgd", NULL};

/* a metadata list's term for the body that issued a release, its value
 * in the next cell ("From:" | "Wexcombe Borough Council") */
const char *const issuer_labels[] = {"From", NULL};

/* a wire press release's last line names its sender: "SOURCE Maple Grove
 * Credit Union" (extract_release.c); a South African government
 * statement's "Issued by: Office of the Municipal Manager", over its
 * "Enquiries:" contact */
const char *const sender_marks[] = {"SOURCE ", "Issued by: ", "Issued by : ", NULL};

/* the label over a press release's contacts, after the story */
const char *const contact_labels[] = {"Media Contacts", "Media Contact", "Media contacts",
	"Media contact", "Press Contacts", "Press Contact", "Press contact", "Media Inquiries",
	"Media inquiries",
	/* a British or Australian council's "Media enquiries: TEAM, PHONE" */
	"Media enquiries", "Media Enquiries", "Contacts", "Contact", NULL};

/* what a topic page's <title> calls it: its news stands in titled
 * blocks, each a heading over dated headlines, and they are one list */
const char *const topic_words[] = {"专题", "專題", NULL};

/* notices that label an advertisement: set into a story, not its end */
const char *const ad_labels[] = {"广告", "廣告", "Advertisement", "ADVERTISEMENT",
	"Advertisements", "Sponsored", "Story continues below advertisement",
	"Story continues below", "Article continues below advertisement",
	"Article continues below", "Story continues after advertisement",
	"Continue reading below", "請繼續往下閱讀...", "請繼續往下閱讀…", "請繼續往下閱讀",
	"请继续往下阅读...", "请继续往下阅读…", "请继续往下阅读", "Support comes from", "Hide Ad", NULL};

/* what follows a number in an item's line of counts (326评论, 1.2万阅读),
 * and in a relative time (2天前): the item's metadata, not its snippet */
const char *const count_words[] = {"条评论", "评论", "次阅读", "阅读", "次浏览", "浏览",
	"点赞", "次播放", "播放", "回复", "收藏", "評論", "閱讀", "瀏覽",
	/* a live page's audience (12.6万人参与, 3万人观看) */
	"人参与", "人观看", "人在看", "人次观看", "人參與", "人觀看",
	/* a news app's card line: its account and "12评" run together */
	"评", "評", " comments", " views", " min read", " mins read", " minute read", " min listen", NULL};
/* what a number counts on a line of its own atop a live blog or a
 * story's comments ("6 updates", "12 comments"): the page's, not the story's */
const char *const count_nouns[] = {"updates", "update", "comments", "comment",
	"replies", "views", "posts", NULL};
/* a slider's buttons run on after its counter (1/4查看原图) */
const char *const slide_tools[] = {"查看原图", "查看大图", "下载原图", "原图", "大图", "全屏",
	"自动播放", "播放", "暂停", "查看原圖", "查看大圖", "原圖", "大圖", "View full size",
	"Full screen", "Fullscreen", NULL};
/* a post header's reading time (阅读时长 2 分钟, 4 min read): a blog
 * builder's byline field beside the author and the date */
const char *const reading_time_labels[] = {"阅读时长", "閱讀時長", "阅读时间", "閱讀時間",
	"预计阅读", "預計閱讀", NULL};
const char *const reading_time_units[] = {"分钟", "分鐘", " min read", " mins read",
	" minute read", " minutes read", NULL};
const char *const ago_words[] = {"秒前", "分钟前", "小时前", "天前", "周前", "个月前",
	"年前", "分鐘前", "小時前",
	/* a card's age in English (3 weeks ago, 1 month ago) */
	" seconds ago", " minutes ago", " minute ago", " mins ago", " min ago", " hours ago",
	" hour ago", " hrs ago", " hr ago", " days ago", " day ago", " weeks ago", " week ago",
	" months ago", " month ago", " years ago", " year ago", NULL};

/* the button beside an account's name on its card (+ 关注) */
const char *const follow_buttons[] = {"关注", "關注", "Follow", "FOLLOW", NULL};

/* what the address of a writer's own page holds: a byline's bare link
 * to it names the author (extract_authorlink.c) */
const char *const author_page_words[] = {"/author/", "/authors/", "/staff/", "/staff_name/",
	"/staff-name/", "/people/", "/writer/", "/writers/", "/reporter/", "/reporters/",
	"/contributor/", "/contributors/", "/journalist/", "/journalists/", "/profile/", NULL};
/* what the address of a forum member's own page holds (Discuz!'s
 * space-uid-12.html and home.php?mod=space&uid=12, PHPWind's
 * index.php?m=space&uid=12 and u.php?uid=12): the poster's card beside a
 * thread's first post links there (extract_poster.c) */
const char *const poster_page_words[] = {"space-uid-", "mod=space&uid=", "m=space&uid=", "/u.php?uid=",
	"space.php?uid=",
	/* vBulletin's member page (member.php?u=1203), its postbit's card */
	"member.php?u=", NULL};
/* of those, the writer's pages no paper names a section so (its
 * /news/people/ is one): a related card's byline link (WordPress's
 * /author/NAME/), no story of the list */
const char *const card_writer_words[] = {"/author/", "/authors/", NULL};

/* the heading that opens a box about a person beside the story (an
 * interview's guest, a column's writer): 人物简介 over a picture and a
 * short bio, no part of the story told (extract_dom.c, profile_box) */
const char *const profile_headings[] = {"人物简介", "嘉宾简介", "作者简介", "个人简介",
	"人物名片", "人物档案", "人物簡介", "嘉賓簡介", "作者簡介", "個人簡介",
	/* a hospital's story of a visiting doctor: 专家简介 over the doctor's
	 * picture, title and clinic hours */
	"专家简介", "專家簡介",
	/* a lecture's report: 主讲人简介 over the speaker's portrait and
	 * posts, set after the account of the talk */
	"主讲人简介", "主講人簡介", NULL};

/* how the outlet's closing call to follow it starts (欢迎加入南洋晨报
 * WhatsApp频道…), and the channels it names: no line of the story */
const char *const follow_asks[] = {"欢迎加入", "欢迎关注", "欢迎订阅", "欢迎下载",
	"关注我们", "点击关注", "歡迎加入", "歡迎關注", "歡迎訂閱", "關注我們",
	"Follow us", "Join our", "Join the",
	/* a community paper's "Like us on Facebook and follow us on X" */
	"Like us on", "扫码关注", "掃碼關注",
	/* a QR box's call to join the paper's readers' group (扫码加入“NAME”交流群) */
	"扫码加入", "掃碼加入", "扫码进群", "掃碼進群", NULL};	/* not 请关注: 请关注县气象台微信发布的预警 */
const char *const channel_words[] = {"频道", "公众号", "微信", "微博", "抖音", "视频号",
	"客户端", "頻道", "公眾號", "微信", "客戶端", "WhatsApp", "Telegram", "Facebook",
	"Instagram", "YouTube", "Viber", "App", "APP", "channel", "LINE", "官方账号", "官方帳號",
	"交流群", "读者群", "讀者群", NULL};
/* a station's ask to get its app, closing a story ("Download the KRVX app
 * for breaking news alerts. Available on the App Store and Google Play."):
 * the English kin of 欢迎下载…客户端, told by the stores it names */
const char *const download_asks[] = {"Download the", "Download our", "Download The",
	/* "Get the latest Mayo news ... on the Lakelands FM app, free on iPhone and Android." */
	"Get the latest", NULL};
const char *const app_stores[] = {"App Store", "Google Play", "Android", "iOS", "iPhone", NULL};
/* the app itself named, when the ask links to it instead of a store
 * ("Download the WKVN News app for the latest updates. Click here.") */
const char *const app_words[] = {" app ", " app.", " app,", " App ", " App.", " app!", NULL};

/* what an outlet's closing ask for news tips names, with an address or a
 * link to send them to (extract_tail.c, tip_tail); not "story idea",
 * which a story's closing line names with a link ("who first pitched the
 * story idea for ...") nor "a story" alone; "Have you a story for the
 * Chronicle? Email news@..." asks for one */
const char *const tip_asks[] = {"news tip", "News tip", "story tip", "Story tip", "a tip?",
	"Have you a story", "Have a story", "Got a story",
	/* "Do you have a story for the Wendlecote Voice? Email ..." */
	"Do you have a story", "Do you have a news",
	"新闻线索", "新聞線索", "报料", "爆料", "報料", NULL};

/* how a QR code's caption starts (a photo's caption may say 市民扫码乘车:
 * it starts otherwise); its box's class words are qr_classes */
const char *const qr_words[] = {"扫一扫", "掃一掃", "扫描二维码", "掃描二維碼", "扫码关注",
	"扫码下载", "扫码阅读", "扫码观看", "长按识别", "長按識別", "Scan to", "Scan the",
	"扫码加入", "掃碼加入", "扫码进群", "掃碼進群", NULL};

/* how a WeChat post's call to follow it starts (点击蓝字 关注我们), whose
 * banner is over it */
const char *const follow_prompts[] = {"点击蓝字", "點擊藍字", "点击上方蓝字", "點擊上方藍字", NULL};

/* a note's mark before its date stamp under the text (编辑于 2026-12-01
 * 重庆; extract_stampdate.c) */
const char *const stamp_marks[] = {"编辑于", "發布於", "发布于", "編輯於", NULL};
