/*
 * extract_navwords: the words of a story's navigation, 上一篇 / 下一篇,
 * the related lists' headings and items, comments' headings and pagers,
 * Chinese (simplified and traditional) and English; split from
 * extract_words.c to keep each file short.  Only
 * data, declared in extract_words.h beside the rest.
 */
#include "config.h"

#include "extract_words.h"

const char *const prev_labels[] = {
	/* WordPress's default theme in Chinese labels its post navigation
	 * "上一篇文章" over the title: the whole is the label, before the
	 * shorter word would leave "文章" as the title */
	"上一篇文章", "上一篇", "上一条", "前一篇", "上篇",
	/* a forum's topic pager (Invision's "Previous topic" in Chinese) */
	"上一個主題", "上一个主题",
	"上一则", "上一則", "上一组", "上一組", "上一新闻", "上一个", "Previous article", "Previous Article",
	"Previous story", "Previous Story", "Previous post", "Previous Post",
	/* a theme's label in lower case, set in capitals by its style
	 * sheet (Soledad's "previous post" over the linked title) */
	"previous post",
	/* a label before the title in the link, after its word in another
	 * language: "‹ Blaenorol · Previous: School eisteddfod results" */
	"Previous:",
	/* a small paper's table pager, shortened: "« Prev: TITLE" beside
	 * "Next: TITLE »" */
	"Prev:",
	/* a small PHP paper's "« Older story: TITLE", "Newer story: TITLE »" */
	"Older story", "Older Story",
	/* a static blog theme's "← Older: TITLE", "Newer: TITLE →" */
	"Older:",
	/* a school newsletter's item pager: "‹ Previous item TITLE" */
	"Previous item", "Previous Item",
	/* a council's news pager, after its word in the other language:
	 * "← Aħbar preċedenti / Previous news: TITLE" */
	"Previous news", "Previous News",
	/* a press office's pager of its releases: "« Previous Release"
	 * over the title, "Next Release »" */
	"Previous Release", "Previous release", "Previous Press Release", "Previous press release",
	/* a newsletter archive's pager over the linked subject:
	 * "← Previous email" TITLE, "Next email →" TITLE */
	"Previous email", "Previous Email", "Previous issue", "Previous Issue",
	/* a Russian paper's pager ("← Предыдущая новость" over the title) */
	"Предыдущая новость", "Предыдущая статья", "Предыдущая запись", NULL};

const char *const next_labels[] = {"阅读下一篇", "下一篇文章", "下一篇", "下一条",
	"下一個主題", "下一个主题",
	"后一篇", "下篇", "下一则", "下一則", "下一组", "下一組", "下一新闻", "下一个", "Next article",
	"Next Article", "Next story", "Next Story", "Next post", "Next Post", "next post", "Next:",
	"Newer story", "Newer Story", "Newer:", "Next item", "Next Item", "Next news", "Next News",
	"Next email", "Next Email", "Next issue", "Next Issue",
	"Next Release", "Next release", "Next Press Release", "Next press release",
	"Следующая новость", "Следующая статья", "Следующая запись", NULL};

/* the arrows a previous / next link's text may close with after its
 * title ("Nesaf · Next: Bridge repairs delayed ›"): no part of the title */
const char *const arrow_marks[] = {"›", "»", "→", ">>", ">", "▶", "►", NULL};
/* ... and the arrows it may open with before its title, pointing back
 * ("« Editorial: Our plow crews earned their thanks") */
const char *const lead_arrow_marks[] = {"‹", "«", "←", "<<", "<", "◀", "◄", NULL};

/* a rel=prev / rel=next link's own label, in an element of its own before
 * the title: <span class="meta-nav">Previous</span> */
const char *const rel_nav_words[] = {"Previous", "Prev", "Next", "Older", "Newer",
	"Previous:", "Next:", "Older Post", "Newer Post",
	/* a static blog theme's in Chinese (Hugo PaperMod's "« 上一頁" over the title) */
	"上一頁", "下一頁", "上一页", "下一页", NULL};

/* a prev / next link's whole title, arrows cut, that is its direction's
 * word alone ("<< Previous", "Next >>" of a hand-built page's pager):
 * it names no story, so no link.  Blogger's "Older Post" is kept. */
const char *const bare_nav_titles[] = {"Previous", "Prev", "Next", "Previous Story", "Next Story",
	"Previous story", "Next story", "Previous Article", "Next Article", "Previous article",
	"Next article", "Previous Item", "Next Item",
	/* a blog host's pager of bare buttons ("Previous post" / "Next post"
	 * to a redirect by date): no title, so no link; a static blog's
	 * "Previous post" whose title attribute names the post keeps it */
	"Previous post", "Next post", "Previous Post", "Next Post",
	/* a forum's lowercase « previous | next » over a thread (SMF's
	 * prev_next=prev): a redirect, no thread's title */
	"previous", "next", "prev",
	/* German: a news site's « Vorige | Nächste » pager names no story */
	"Vorige", "Nächste", "Vorherige",
	/* a blog theme's Chinese pager of the direction alone ("← 较新的文章",
	 * "较早的文章 →"): no title, as Blogger's 较新的博文 is none */
	"较新的文章", "较早的文章", "较旧的文章", "較新的文章", "較早的文章", "較舊的文章",
	"较新的博文", "较早的博文", "较旧的博文", "較新的博文", "較早的博文", "較舊的博文",
	/* a forum's « 上一個主題 | 下一個主題 » under a thread (MyBB's
	 * action=nextoldest, phpBB's view=previous): a redirect to the
	 * neighbouring thread, whose title the page does not know */
	"上一個主題", "下一個主題", "上一个主题", "下一个主题", "上一主題", "下一主題", "上一主题", "下一主题",
	"Next Oldest", "Next Newest", NULL};

const char *const none_words[] = {"没有了", "没有", "无", "暂无",
	"已经是第一篇", "已经是最后一篇", "已是第一篇", "已是最后一篇", "这是第一篇",
	"这是最后一篇", "到头了", "none", "None", NULL};

const char *const not_article[] = {"返回列表", "返回", "列表", "首页",
	"分享", "更多", "关闭", "打印", NULL};

/* other_releases: the related_words a newsroom's sidebar prints too */
const char *const release_list_words[] = {"Other press", "Other Press", "OTHER PRESS", "Other media",
	"Other Media", "Other releases", "Other Releases", "OTHER RELEASES", NULL};

/* marks a box's heading opens on: 【相关新闻】, ■ 相关阅读, and a Taiwanese
 * portal's ► or ▶ before the 延伸閱讀 it sets inside the story's text */
const char *const heading_marks[] = {"【", "[", " ", "■", "◆", "▍", "|", "►", "▶", "▸",
	NULL};

const char *const related_words[] = {"相关新闻", "相关阅读", "相关文章",
	"相關新聞", "相關閱讀", "相關文章", "相關報導", "延伸閱讀", "推薦閱讀", "猜你喜歡",
	"相关推荐", "相关报道", "相关资讯", "相关链接", "相关内容", "相关专题",
	"相关文件", "相关解读", "相关政策", "相關文件", "相关稿件", "相关视频", "相關視頻",
	"相关视听", "相關影片", "其他新闻", "其他新聞", "其它新闻", /* a Vietnamese paper's Tin khác */
	"Other news", "Other News", "OTHER NEWS",
	/* a health authority's or a council's newsroom: its other releases
	 * under one (other_releases, read outside a sidebar) */
	"Other press releases", "Other Press Releases", "OTHER PRESS RELEASES", "Other media releases",
	"Other Media Releases", "Other releases", "Other Releases", "OTHER RELEASES",
	/* a newsletter's other articles of the same issue under one of them */
	"本期其他文章", "本期其它文章", "本期其他稿件", "Also in this issue", "Also in This Issue",
	"ALSO IN THIS ISSUE",
	/* a government site's box of the column's other items: 相关信息 */
	"相关信息", "相關信息",
	/* a series' earlier issues under one of them: 往期发布会, 往期回顾 */
	"往期回顾", "往期發布會", "往期发布会",
	/* a broadcaster's programme page: the series' earlier shows */
	"往期节目", "往期節目",
	/* a lecture series' report: its earlier talks (a library's, a
	 * 文化馆's 往期讲座) */
	"往期讲座", "往期講座", "往期精彩", "往期推荐", "往期回顧", "往期推薦",
	"猜你喜欢", "推荐阅读", "延伸阅读", "你可能感兴趣", "您可能感兴趣",
	"为您推荐", "为你推荐", "精彩推荐", "更多精彩", "扩展阅读",
	/* an opinion page's box of other columns on the same theme */
	"相关评论", "相關評論",
	/* a law paper's box of like cases, a Q&A column's of like questions */
	"相关案例", "相關案例", "相关问答", "相關問答",
	/* a forum's box of like threads under a post (Discuz!'s 相关帖子) */
	"相关帖子", "相關帖子",
	/* ... and MyBB's (類似的主題…, its rows read by extract_headrow.c);
	 * XenForo's 類似主題 cards also link their posters and forums */
	"類似的主題", "类似的主题",
	"相关新闻：", "更多图集", "精彩图集", "更多圖集", "图集推荐", "圖集推薦", "Related", "RELATED", "Read more", "More stories",
	"More like this", "More Like This", "You may also like", "You May Also Like",
	/* the same in a theme's Chinese (WordPress news themes' related posts) */
	"您可能也喜歡", "你可能也喜歡", "您可能也喜欢", "你可能也喜欢",
	/* ... and ColorMag's own Chinese for its "You May Also Like" */
	"您可能还喜欢", "你可能还喜欢", "您可能還喜歡", "你可能還喜歡",
	/* ... and with 会 (會), as static site themes' Chinese words it */
	"您可能也会喜欢", "你可能也会喜欢", "您可能也會喜歡", "你可能也會喜歡",
	/* a Japanese paper's Chinese edition renders 関連記事 so */
	"关联报道", "關聯報導", "关联新闻", "關聯新聞", "关联文章", "關聯文章",
	"You might also like", "You Might Also Like", "More on this story", "More On This Story",
	"More on this topic", "READ ALSO", "Read also", "Read Also",
	/* a regional's picks after the story */
	"Read this next", "Read This Next", "READ THIS NEXT",
	/* a metro's card of one story set between the paragraphs */
	"Read next", "Read Next", "READ NEXT",
	/* a newsletter platform's cards of the publication's other posts
	 * under one (in title case: "Keep reading with a subscription" is a
	 * paywall's sentence) */
	"Keep Reading", "KEEP READING",
	/* a Russian paper's box under the story, a French commune's */
	"Читайте также", "Другие новости", "Sur le même thème", "À lire aussi", "A lire aussi",
	/* a theme's box of like posts under one (Kadence's "Similar Posts") */
	"Similar Posts", "Similar posts", "SIMILAR POSTS", "Similar Stories", "Similar stories",
	"Similar Articles", "Similar articles",
	/* a weekly's "See also: <a>TITLE</a>" line set into the text, a
	 * read-on as "Read more:" is (a jump line's "See FIRE, Page A6" has
	 * no "also"); with its colon: a wiki's "See also" heading, no colon,
	 * heads a section of its own */
	"See also:", "See Also:", "SEE ALSO:",
	/* a British weekly's "Recommended reading:" over links set between
	 * the paragraphs (推荐阅读 in English) */
	"Recommended reading", "Recommended Reading", "RECOMMENDED READING", NULL};

/* the word alone heads a related list, as a blog's related-posts plugin
 * renders its "Related" in Chinese (<h3><em>相關</em></h3>), or a paper
 * its picks under the story (推荐); only alone: 相关部门表示… opens a
 * sentence, 热点推荐 heads a sidebar */
const char *const lone_related_words[] = {"相關", "相关", "推荐", "推薦",
	/* a release's list of links under its text, "Learn more" over them */
	"Learn more", "Learn More", "LEARN MORE",
	/* a Hong Kong or Taiwan site's other items after the story (消息 its
	 * news), alone: 其他消息來源指出 opens a sentence */
	"其他消息", "其它消息",
	/* a council's, a club's or a chamber's own news after the item
	 * (every fixture with the heading alone wants it; a news site's
	 * section says which, "More Local News", and stays none) */
	"More News", "More news", "MORE NEWS",
	/* a blog host's cards of the blog's other posts under one (Hashnode's
	 * "More articles"), as "More stories" heads a paper's */
	"More articles", "More Articles", "MORE ARTICLES",
	/* a county bulletin's other items under its lead story */
	"In Other News", "In other news", "IN OTHER NEWS", NULL};

/* "Also Read" alone, no colon nor bar after it: the heading of a box of
 * links set between a regional paper's paragraphs (<h4>Also Read</h4>
 * over a list); "Also Read:" and "Also Read |" open a line of one link,
 * which the body drops and settled rounds keep out of related */
const char *const also_read_words[] = {"Also Read", "ALSO READ", "Also read", NULL};

/* "More from The Harbour Report": one of these before a name (a
 * capital) heads a related list, and so does "Other stories in Western" */
const char *const more_from_words[] = {"More from ", "More From ", "MORE FROM ",
	/* a blog theme's box of the story's tag: "More in <a>Town Board</a>" */
	"More in ", "More In ", "MORE IN ", "Other stories in ", "Other Stories in ",
	/* a club platform's "More news from Harbridge RFC" */
	"More news from ", "More News from ", "More News From ", "MORE NEWS FROM ",
	/* Largo's related box of the story's category: "More about Housing" */
	"More about ", "More About ", "MORE ABOUT ", NULL};
/* ... and the same in Chinese, before the name of a site or an account
 * (a reposting site's 更多来自「莱茵华人圈」 under a 公众号 article) */
const char *const more_from_zh[] = {"更多来自", "更多來自", NULL};

/* "TA的其他头条文章", "作者更多文章", "作者最新文章": a short heading ending
 * in a post's noun, with one of others_words and one of writer_marks in
 * it, lists the writer's other posts, as "More from NAME" does (本版其他文章 lists the
 * paper's page, no story's kin) */
const char *const others_words[] = {"其他", "其它", "更多", "最新", "最近", NULL};
const char *const writer_marks[] = {"TA", "Ta", "他的", "她的", "作者", "博主", NULL};
const char *const post_nouns[] = {"文章", "博文", NULL};

/* "More storm coverage", a school site's "More District News": a short
 * heading of More, a topic and one of these heads a related list */
const char *const more_topic_ends[] = {" coverage", " Coverage", " COVERAGE", " News", " news",
	/* a board's or ministry's "More Press Releases", as "Other Releases" */
	" Releases", " releases", " RELEASES", NULL};

/* "More Local News", "More Top News": a news site's section, its latest
 * headlines, no story's kin (unseen-amp-en, unseen6en, unseen8en,
 * unseen24en), where "More District News", "More Club News" on an
 * organisation's site is its own news, as "More from NAME" is */
const char *const section_news_words[] = {"Local ", "Top ", "Latest ", "Breaking ", "National ",
	"World ", "Regional ", "State ", "Business ", "Sports ",
	/* ... and in a sentence's case, "More local news" */
	"local ", "top ", "latest ", "breaking ", "national ", "world ", "regional ", "state ",
	"business ", "sports ", NULL};

/* "Related stories from Harbor City Courier": one of these before the
 * outlet's name (a capital) heads a related list, however long the name */
const char *const related_from_words[] = {"Related stories from ", "Related Stories from ",
	"Related Stories From ", "RELATED STORIES FROM ", "More stories from ",
	"More Stories from ", "More Stories From ", NULL};

/* "Other items that may interest you", "Stories that might interest
 * you": how a hosted CMS's heading over a story's kin ends */
const char *const interest_ends[] = {" may interest you", " might interest you",
	" may also interest you", " might also interest you", " May Interest You",
	" Might Interest You",
	/* a parish's or a council's blog: "You might also be interested in"
	 * over post summaries after the post */
	" be interested in", " Be Interested In", NULL};

/* a link reading one of these asks to read on: it heads no list */
const char *const related_cta[] = {"Read more", "Read More", "READ MORE",
	"更多", NULL};

/* 【置顶】, [置頂]: the mark a list sets before a pinned row's title, as
 * 栏目 lists of county media centres and boards print it inside the
 * link; no word of the title.  Read only in its brackets, whole. */
const char *const pin_labels[] = {"置顶", "置頂", "顶", "頂", "推荐", "推薦", NULL};

/* what opens a related item's line naming its category alone, the
 * category quoted (In "Local News", 在“华人社区”中): the item's metadata,
 * no snippet */
const char *const category_marks[] = {"In \"", "In “", "Posted in \"", "Filed under \"", "在“", "在「",
	NULL};

/* what ends a related item's text */
const char *const tail_words[] = {"……更多", "...更多", "…更多", "更多>>",
	"更多》", "[更多]", "更多", "[详细]", "详细>>", "[详情]", "...", "……", NULL};

/* one of these is in every related heading */
/* a related heading over the story's topic pages, not its stories */
const char *const topic_headings[] = {"相关专题", "相關專題", "相关话题", "相關話題", NULL};
const char *const related_hints[] = {"相关", "关联", "關聯", "推荐", "阅读", "喜欢", "感兴趣", "往期",
	"類似", "类似",
	"精彩", "图集", "文章", "博文", "相關", "推薦", "閱讀", "喜歡", "圖集", "Related", "RELATED", "Read more",
	"More stories", "More like", "More Like", "lso like", "lso Like", "More on this", "More On This",
	"overage", "OVERAGE", "READ ALSO", "Read also", "Read Also", "lso Read", "LSO READ",
	"lso read", "More from ", "More From ", "MORE FROM ", "更多来自", "更多來自", "Read this next",
	"Read This Next", "READ THIS NEXT", "lso in this issue", "lso in This Issue", "LSO IN THIS ISSUE",
	/* related_words' "Read next" over a blog theme's pair of cards (Ghost's Casper) */
	"Read next", "Read Next", "READ NEXT", "Other press", "Other Press", "OTHER PRESS", "Other media",
	"Other Media", "Other releases", "Other Releases", "OTHER RELEASES", "More in ",
	"More In ", "MORE IN ", "Other stories in ", "Other Stories in ", "Keep Reading", "KEEP READING",
	"More about ", "More About ", "MORE ABOUT ",
	/* "Learn more" over a release's links; " News" for "More District
	 * News" (more_topic_ends) and "Other News in Town News" (related_words) */
	"earn more", "earn More", "EARN MORE", " News",
	/* more_from_words' "More news from NAME"; related_words' "Similar Posts" */
	"ews from ", "EWS FROM ", "Similar ", "SIMILAR ",
	/* related_words' "See also"; more_topic_ends' "More Press Releases" */
	"ee also", "ee Also", "EE ALSO", " Releases", " releases", " RELEASES",
	/* lone_related_words' "More news", "MORE NEWS" */
	"More news", "MORE NEWS", "More articles", "More Articles", "MORE ARTICLES",
	/* interest_ends' "You might also be interested in" */
	" interested in", " Interested In",
	/* related_words' "Recommended reading" */
	"ecommended reading", "ecommended Reading", "ECOMMENDED READING",
	/* related_words' Russian and French headings */
	"Читайте также", "Другие новости", "même thème", "lire aussi", NULL};

/* the heading of a story's comments */
const char *const comment_headings[] = {"热门评论", "最新评论", "网友评论", "发表评论",
	"我要评论", "参与评论", "评论区", "读者评论", "熱門評論", "網友評論", "發表評論",
	"Comments", "COMMENTS", "Leave a comment", "Leave a Reply", "Join the conversation",
	NULL};

/* a list's pager: the link to its next page, by its whole text; an
 * e-paper's page view lists a page's stories, and 下一版 is its next page */
const char *const next_page_words[] = {"下一页", "下页", "后页", "下一頁", "下頁",
	"後頁", "Next", "next", "NEXT", "Next page", "Next Page", "Next »", "Next ›",
	"»", "›", ">", ">>", "下一页>", "下一页>>", "下一页 >", "加载更多", "点击加载更多",
	"Load more", "Load More", "Older posts", "Older Posts", "Older entries", "Older Entries",
	"下一版", "下一版>", "下一版>>", "下一版面", NULL};

/* a pager's or a "more" link's words anywhere in its text: such a link is
 * no headline (上一页 1 2 3 下一页 尾页, 查看更多, Next page ») */
const char *const pager_words[] = {"下一页", "上一页", "下一頁", "上一頁", "尾页", "末页",
	"尾頁", "末頁", "查看更多", "加载更多", "點擊更多", "更多>>", "更多》", "Next page",
	"Next Page", "Previous page", "Previous Page", "Prev page", "Older posts", "Newer posts",
	"Older Posts", "Newer Posts", "Older entries", "Newer entries", "Load more", "Load More",
	"View more", "View More", "See more", "See More", "Show more", "Show More", NULL};

/* a story's pager: the words of its links besides the page numbers, and
 * what may stand beside them on its line (分页：, 共3页 is read apart) */
const char *const story_pager_words[] = {"上一页", "下一页", "上页", "下页", "前页", "后页",
	"首页", "尾页", "末页", "最后一页", "第一页", "上一頁", "下一頁", "首頁", "尾頁",
	"分页", "页码", "分頁", "Previous", "Prev", "Next", "First", "Last", "Page",
	"Pages", "previous", "prev", "next", "first", "last", "page", "pages", NULL};

/* a link to the whole story on one page, preferred to its numbered pages */
const char *const whole_story_words[] = {"全文", "阅读全文", "查看全文", "显示全文",
	"全文阅读", "全文显示", "单页阅读", "单页显示", "单页浏览", "单页查看", "在本页阅读全文",
	"閱讀全文", "顯示全文", "單頁閱讀", "單頁顯示", "View on one page", "View on one Page",
	"View as one page", "View as single page", "Single page", "Single Page",
	"Show full article", "Full article", NULL};

/* the archive base of a blog's section pages (WordPress's
 * /category/NAME/): a related card's kicker links one, no story
 * (extract_authorlink.c, card_meta_url); /tag/ is none, as a box of a
 * story's tags under "Related stories:" is its list (unseen14mix) */
const char *const card_archive_words[] = {"/category/", NULL};
