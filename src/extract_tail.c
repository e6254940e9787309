/*
 * extract_tail: the lines an outlet sets under a story that end it but
 * are none of its text: its own tail line of links naming the site
 * ("Follow the Tilden Star on ...") and its call to follow it on a
 * channel (欢迎加入…频道, "Join our community on Viber") or to get its app
 * from the stores ("Download the KRVX app ... App Store"), and its ask for
 * news tips to an address ("Have a news tip? Email it to ...").  A lower
 * layer for extract_body.c, beside extract_dom.h.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_tail.h"
#include "extract_words.h"
#include "text.h"

#define TAIL_MAX_CHARS 200	/* of "Catch all the latest news ... on SITE" */

/* Is the story's last paragraph the site's own tail line, a short line of
 * links that names the site ("Catch all the Latest News ... along with
 * updates on The Konkan Herald", "Follow the Tilden Star on ...") or
 * asks to follow it on the networks it links ("Follow X on Facebook")?  A
 * story ends in its own words, not in the site's name among links. */
int
site_tail(struct ctx *c, const struct seg *s)
{
	char *site;
	int yes;

	if (s->chars > TAIL_MAX_CHARS || s->link_chars * 4 < s->chars)
		return 0;
	if (starts_any(s->text, follow_invites) != NULL && strstr(s->text, " on ") != NULL)
		return 1;	/* "Follow News Wexcombe on Facebook and X": the outlet's */
	site = meta_content(c, "property", "og:site_name");
	yes = site != NULL && strlen(site) >= 4 && strstr(s->text, site) != NULL;
	free(site);
	return yes;
}

#define FOLLOW_MAX_CHARS 100	/* of "Want the latest NAME news sent straight to
				 * your phone? Join our WhatsApp community here" */

/* Does a sentence of s open with a call to follow the outlet (欢迎加入,
 * Follow us, Join our), the line's first or one after a full stop ("Stay
 * updated with the latest news. Join the Visayas Star community on
 * Viber.")? */
static int
opens_follow_ask(const char *s)
{
	if (starts_any(s, follow_asks) != NULL)
		return 1;
	for (const char *p = strstr(s, ". "); p != NULL; p = strstr(p + 1, ". "))
		if (starts_any(p + 2, follow_asks) != NULL)
			return 1;
	return 0;
}

/* Does a sentence after a question or an exclamation open with a call to
 * follow the outlet on a channel it names ("Want the latest news on your
 * phone? Join our WhatsApp community here")?  A call to join a program
 * of the site's after a question ("Would you like to be part of the
 * team? Join our Contributor Program ...") names no channel: the
 * readability reference keeps it. */
static int
asks_channel_after_question(const char *s)
{
	for (const char *p = strpbrk(s, "?!"); p != NULL; p = strpbrk(p + 1, "?!"))
		if (p[1] == ' ' && starts_any(p + 2, follow_asks) != NULL)
			return find_any(p + 2, channel_words) != NULL;
	return 0;
}

/* Is the story's last paragraph the outlet's call to follow it: a short
 * line calling to join or follow it (欢迎加入, 欢迎关注, Follow us, Join
 * the), that links to a channel or names one (频道, 公众号, WhatsApp,
 * Viber)?  A story's own last line asks no reader to join the paper. */
#define DOWNLOAD_MAX_CHARS 160	/* of a station's ask to get its app */

/* Is it an ask to get the outlet's app, naming the stores that sell it
 * ("Download the KRVX app for breaking news alerts. Available on the App
 * Store and Google Play.") or naming its app and linking to it ("Download
 * the WKVN News app for the latest updates. <a>Click here to get it.</a>")?
 * A story's last line that downloads a report names no store and no app. */
static int
download_ask(const struct seg *s)
{
	return s->chars <= DOWNLOAD_MAX_CHARS && starts_any(s->text, download_asks) != NULL &&
	    (find_any(s->text, app_stores) != NULL ||
	    (s->link_chars > 0 && find_any(s->text, app_words) != NULL));
}

int
follow_tail(const struct seg *s)
{
	return (s->chars <= FOLLOW_MAX_CHARS && ((opens_follow_ask(s->text) &&
	    (s->link_chars > 0 || find_any(s->text, channel_words) != NULL)) ||
	    asks_channel_after_question(s->text))) || download_ask(s);
}

#define TIP_MAX_CHARS 160	/* of "Have a news tip for NAME? Email it to ADDRESS." */

static const char *const welcomes[] = {"欢迎", "歡迎", NULL};

/* Does t give a number after 热线 or 电话 (热线：0317-96118)? */
static int
gives_phone(const char *t)
{
	static const char *const phones[] = {"热线", "熱線", "电话", "電話", NULL};

	for (const char *p = find_any(t, phones); p != NULL; p = find_any(p + 1, phones)) {
		const char *q = p + strlen("电话");	/* each is two characters of three bytes */

		q += str_starts(q, "：") ? strlen("：") : *q == ':';
		q += strspn(q, " ");
		if (isdigit((unsigned char)*q) || *q == '(')
			return 1;
	}
	return 0;
}

/* Does t give an account's id after 微信 or 微信号 and a colon (微信：
 * nfhx_news), the way a paper overseas takes tips where there is no
 * hotline?  A name of the app in a sentence (通过微信报名) gives none. */
static int
gives_wechat(const char *t)
{
	static const char *const ids[] = {"微信号：", "微信：", "微信號：", "微信号:", "微信:", NULL};

	for (const char *p = find_any(t, ids); p != NULL; p = find_any(p + 1, ids)) {
		const char *q = p + strlen(starts_any(p, ids));

		q += strspn(q, " ");
		if (isalnum((unsigned char)*q))
			return 1;
	}
	return 0;
}

/* Is s the paper's note to its readers wholly in brackets, welcoming
 * their tips or views and giving its number after 热线 or 电话 (（欢迎读者
 * 来电分享意见，热线：604-555-0188）, （本報地址：… 電話：2555 0188 歡迎
 * 街坊提供新聞線索）)?  The paper sets it under every story; a story's own
 * line naming a hotline is no bracketed welcome (市民可拨打热线12345查询). */
static int
phone_ask(const char *t)
{
	size_t n = strlen(t);

	if (!(str_starts(t, "（") && n > 6 && strcmp(t + n - 3, "）") == 0) &&
	    !(*t == '(' && t[n - 1] == ')'))
		return 0;
	return find_any(t, welcomes) != NULL && gives_phone(t);
}

/* Is t, unbracketed, the paper's welcome to its readers' tips with its
 * hotline's number ("爆料有奖！…欢迎拨打本报新闻热线0317-96118…一经采用
 * 即付报料费") or its WeChat id ("欢迎侨胞投稿爆料，微信：ID")?  A CJK
 * line naming a tip (报料, 爆料, 新闻线索), welcoming and giving a number
 * or an id: a story's own line names a hotline with no welcome to tips
 * (施女士拨打本报新闻热线反映). */
static int
tip_welcome(const char *t)
{
	return (t[0] & 0x80) != 0 && find_any(t, tip_asks) != NULL && find_any(t, welcomes) != NULL &&
	    (gives_phone(t) || gives_wechat(t));
}

/* Is the story's last paragraph the outlet's ask for news tips, a short
 * line naming a tip (news tip, 新闻线索, 报料) or a reader's letter with
 * an address or a link to send it to ("Have a news tip for Millbrook Patch? Email it to
 * millbrook@...")?  It stands under every story of the site; a story's
 * own closing line sends no reader's tips anywhere. */
int
tip_tail(const struct seg *s)
{
	/* a weekly's ask for readers' letters, sent so too ("Send a letter
	 * to the editor to letters@...") */
	static const char *const letter_asks[] = {"letter to the editor", "Letter to the Editor",
		"letters to the editor", "Letters to the Editor", NULL};

	return s->chars <= TIP_MAX_CHARS && (((s->link_chars > 0 || strchr(s->text, '@') != NULL) &&
	    (find_any(s->text, tip_asks) != NULL || find_any(s->text, letter_asks) != NULL)) ||
	    phone_ask(s->text) || tip_welcome(s->text));
}

#define SCHEME_MAX_CHARS 320	/* of "NAME is a Local Democracy Reporter, covering
				 * ... The ... Service is funded by the BBC and ..." */

/* Is the story's last paragraph the credit of a public-interest reporting
 * scheme that pays for the reporter, naming the scheme and its funder
 * ("The Local Democracy Reporting Service is funded by the BBC", "Local
 * Democracy Reporting is Public Interest Journalism funded through NZ On
 * Air", "The Local Journalism Initiative is funded by the Government of
 * Canada", "This story was produced with the support of the Local Journalism
 * Initiative")?  The scheme sets it under each story it pays for; a story on
 * the scheme itself says more than that it is funded. */
int
scheme_tail(const struct seg *s)
{
	static const char *const schemes[] = {"Local Democracy Report", "Local Journalism Initiative", NULL};
	static const char *const funded[] = {"funded by", "funded through", "with the support of",
		"supported by", NULL};

	return s->chars <= SCHEME_MAX_CHARS && (s->text[0] & 0x80) == 0 &&
	    find_any(s->text, schemes) != NULL && find_any(s->text, funded) != NULL;
}

/* Is the story's last paragraph an editor's mark alone: the initials of
 * the desk that handled it in brackets or after a slash ("(KBQ)",
 * "(JJL/RCM)", "/LCC"), as provincial dailies close their stories?  No
 * reader's line: a story's own last words are a sentence, and an
 * abbreviation in brackets closes one ("... the City Health Office (CHO)."),
 * never stands alone.  So is a newsletter writer's dashed first name
 * ("— Maren", extract_signoff.c). */
int
initials_tail(const struct seg *s)
{
	const char *p = s->text;
	int caps = 0;

	if (dashed_signoff(p, s->chars))
		return 1;
	if (s->chars > 12 || (*p != '(' && *p != '/'))
		return 0;
	for (p++; isupper((unsigned char)*p) || (*p == '/' && caps > 0); p++)
		caps += *p != '/';
	if (*s->text == '(' && *p++ != ')')
		return 0;
	return caps >= 2 && *p == '\0';
}

#define SIGN_MAX_CHARS 60	/* of "NAME 记者 ADDRESS" */

/* Is p, past the byline's name on the story's last line, the reporter's
 * sign-off: a role of credit, then the reporter's address alone (朴成俊 记者
 * sjpark@…), as Korean papers close every story?  A line going on with
 * words after the name ("朴成俊 said ...") is no sign-off. */
static int
mail_sign(const char *p)
{
	const char *r;

	p += strspn(p, " ");
	if ((r = starts_any(p, credit_roles)) == NULL)
		return 0;
	p += strlen(r);
	if (*p != ' ')
		return 0;
	p += strspn(p, " ");
	r = strchr(p, '@');
	return r != NULL && r > p && strchr(p, ' ') == NULL && strchr(r, '.') != NULL;
}

#define BEAT_MAX_CHARS 300	/* of "NAME covers Wexford city government for
				 * PAPER. Reach her at ADDRESS or follow her on X." */

/* Is the story's last paragraph the writer's beat line, set under each of
 * their stories: the byline's name, what they cover, and how to reach
 * them ("Ruth Okonjo covers city government for the Sentinel. Reach her at
 * rokonjo@...")?  A column's bio line naming no beat and no address ("Jo
 * Hale is a retired teacher in Pell Creek.") is the column's and stays. */
int
beat_tail(const struct ctx *c, const struct seg *s)
{
	const char *a = c->page->author;
	size_t n;

	if (a == NULL || s->chars > BEAT_MAX_CHARS || (*s->text != *a && !author_post_tail(c, s)))
		return 0;
	n = strlen(a);
	/* the author's name alone, signed under the text, or the post
	 * under it */
	if ((s->chars <= SIGN_MAX_CHARS && strcmp(s->text, a) == 0) || author_post_tail(c, s))
		return 1;
	return strncmp(s->text, a, n) == 0 && ((starts_any(s->text + n, beat_verbs) != NULL &&
	    (strchr(s->text, '@') != NULL || find_any(s->text, reach_words) != NULL)) ||
	    (s->chars <= SIGN_MAX_CHARS && mail_sign(s->text + n)));
}

#define NEWS_ASK_MAX_CHARS 200	/* of "At NAME, our journalists write the news
				 * you read. Tell us what is happening in your area on PHONE." */

/* Is the story's last paragraph the outlet's ask for its readers' news,
 * naming the outlet ("At the Kwaggasrand Herald, our journalists write the
 * news you read. Tell us what is happening in your area on 012 555
 * 0193.")?  It stands under every story; a quoted appeal closing a story
 * ("Tell us what you saw," the sergeant said) names no outlet. */
int
news_ask_tail(struct ctx *c, const struct seg *s)
{
	char *site;
	int yes;

	if (s->chars > NEWS_ASK_MAX_CHARS || find_any(s->text, news_asks) == NULL)
		return 0;
	site = meta_content(c, "property", "og:site_name");
	yes = site != NULL && strlen(site) >= 4 && strstr(s->text, site) != NULL;
	free(site);
	return yes;
}

#define COMMENT_ASK_MAX_CHARS 80	/* of "QUESTION？欢迎在评论区聊聊你的看法。" */

/* Is the story's last paragraph the writer's call to talk the post over in
 * its comments, a short line closing a self-media post ("你的家乡还有这样
 * 的村小吗？欢迎在评论区聊聊。")?  It asks for the readers' words and
 * tells no news; a story's line on what was said in the comments ("不少
 * 网友在评论区留言点赞") asks nothing and stays. */
int
comment_ask_tail(const struct seg *s)
{
	return s->chars <= COMMENT_ASK_MAX_CHARS && (s->text[0] & 0x80) != 0 &&
	    find_any(s->text, comment_asks) != NULL;
}

#define CARD_LEAD_LINES 3	/* lines of a card before its name: a date, a picture's credit */

/* The author's card set under a story (a picture, the name alone, a role,
 * a bio, an address: "Tomas Reyes" over "City Hall reporter" over "Tomas
 * Reyes covers ..."): a block after the story whose first lines hold the
 * name and nothing else on its line.  A paragraph naming the author in a
 * sentence ("Tomas Reyes said ...") is no card. */
int
author_card_at(const struct ctx *c, size_t first, size_t end)
{
	const char *a = c->page->author;

	if (a == NULL || *a == '\0')
		return 0;
	for (size_t i = first; i < end && i < first + CARD_LEAD_LINES; i++)
		if ((*c->segs[i].text == *a && strcmp(c->segs[i].text, a) == 0) ||
		    about_author_head(c, &c->segs[i]))
			return 1;
	return 0;
}

/* The head of an author's box set at the end of the story's own block:
 * "About " and the byline's name alone on its line ("About Chanda
 * Mwelwa" over her bio).  A line going on past the name ("About Chanda
 * Mwelwa's farm, ...") is the story's. */
int
about_author_head(const struct ctx *c, const struct seg *s)
{
	const char *a = c->page->author;

	return s->text[0] == 'A' && a != NULL && *a != '\0' && str_starts(s->text, "About ") &&
	    strcmp(s->text + strlen("About "), a) == 0;
}

#define GALLERY_HEAD_MAX 120	/* characters of "LOOK: The Best Small Towns ..." */

/* Does a gallery embedded under the story start at segment s: a heading
 * that opens on "LOOK:" or "PHOTOS:" in capitals (a station group's
 * listicle of pictures, set after every story's text)?  A paragraph
 * opening so is the story's own. */
int
gallery_head(const struct ctx *c, const struct seg *s)
{
	static const char *const heads[] = {"LOOK: ", "PHOTOS: ", "GALLERY: ", NULL};

	if ((s->text[0] != 'L' && s->text[0] != 'P' && s->text[0] != 'G') || s->chars > GALLERY_HEAD_MAX ||
	    starts_any(s->text, heads) == NULL)
		return 0;
	return is_heading(seg_block(c, s));
}
