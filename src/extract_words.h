/*
 * extract_words: the words pages label things with (extract_words.c; the
 * words of notices in extract_notewords.c; the class and id words of
 * furniture and of a story's blocks in extract_words_class.c), and what a
 * short line says by them
 * (extract_label.c).  Text only: nothing here sees a document.  Every
 * list ends with NULL.
 */
#ifndef KANBAO_EXTRACT_WORDS_H
#define KANBAO_EXTRACT_WORDS_H

#include <stddef.h>
#include <time.h>

#include "extract_find.h"	/* find_any, starts_any, is_one_of: how the lists are read */

/* 上一篇 / 下一篇, and what a label says when there is no such story */
extern const char *const prev_labels[], *const next_labels[], *const none_words[];
extern const char *const arrow_marks[];	/* ›, →: closing a nav link's title */
extern const char *const lead_arrow_marks[];	/* «, ←: opening one */
extern const char *const pin_labels[];	/* 置顶: a pinned row's mark */
extern const char *const bare_nav_titles[];	/* "Previous" alone: no story's title */
extern const char *const rel_nav_words[];	/* Previous, Next: a rel link's own label */
/* link texts that lead to no article: 返回列表, 首页, 更多 */
extern const char *const not_article[];
extern const char *const lone_related_words[];	/* 相關 alone */
extern const char *const also_read_words[];	/* "Also Read" alone, a box's heading */
/* headings of a related list, and the words one of them must hold */
extern const char *const related_words[], *const related_hints[], *const release_list_words[];
extern const char *const heading_marks[];	/* 【, ■, ► before a box heading */
extern const char *const topic_headings[];	/* 相关专题: hubs, a list only when no other is */
extern const char *const more_from_words[];
extern const char *const more_from_zh[];
extern const char *const others_words[], *const post_nouns[],
    *const writer_marks[];	/* TA的其他文章 */
extern const char *const more_topic_ends[];	/* More storm coverage */
extern const char *const section_news_words[];	/* More Local News: a section's */
extern const char *const beat_verbs[], *const reach_words[];
extern const char *const valedictions[];	/* Kind regards, / Ngā mihi nui, over a name */	/* NAME covers ... Reach her at */
extern const char *const comment_asks[];	/* 欢迎在评论区聊聊, a post's closing call */
extern const char *const news_asks[];	/* Tell us what is happening ..., naming the outlet */
extern const char *const related_from_words[];	/* Related stories from NAME */
extern const char *const interest_ends[];	/* Other items that may interest you */
/* a linked 推荐阅读 heads a list, a linked "Read more" does not; and the
 * class words of blocks a related list never runs on into */
extern const char *const related_cta[], *const related_stops[];
extern const char *const slide_classes[];
/* an item's counts and relative times: 326评论, 1.2万阅读, 2天前 */
extern const char *const count_words[], *const ago_words[];
extern const char *const reading_time_labels[], *const reading_time_units[];
extern const char *const count_nouns[];	/* "6 updates": a line of a count alone */
extern const char *const slide_tools[];	/* 查看原图 run on after a slide's 1/4 */
/* what ends a related item's text: 更多, [详细], ... */
extern const char *const tail_words[];
extern const char *const category_marks[];	/* In "News": an item's category line */
/* byline labels; stop_labels end a value (作者：甲 编辑：乙) */
extern const char *const source_labels[], *const author_labels[],
    *const editor_labels[], *const date_labels[], *const strong_date_labels[],
    *const weak_date_labels[], *const update_labels[], *const stop_labels[];
extern const char *const section_labels[];	/* 分类：, 所属栏目： an article-info line */
extern const char *const staff_labels[];	/* 审核, 校对: no field's */
extern const char *const tool_words[];	/* 字号, 打印 closing a line of spans */
extern const char *const byline_roles[];
extern const char *const letter_closings[];	/* 敬啟: a notice's signature */
extern const char *const post_titles[];	/* 主任, 会长: a post before a name */
extern const char *const credit_roles[];	/* 记者, 通讯员 in a line of names */
extern const char *const label_bars[];	/* 丨: 编辑丨NAME, a label's colon */
extern const char *const writer_slashes[];	/* 文/ opening a line of roles and names */
extern const char *const maker_marks[];	/* 图／, 摄影／ on a makers' line */
extern const char *const maker_gives[];	/* 提供 after a maker's office */
extern const char *const epaper_marks[];	/* 数字报, 电子版: an e-paper's name */
extern const char *const outlet_ends[];	/* 频道, 晚报: an outlet's name, no person's */
extern const char *const desk_words[];	/* 记者站: 本报驻岑南记者站 before the names */
extern const char *const credit_tails[];	/* 文/图 closing a line of names */
extern const char *const commentator_roles[];	/* 本报评论员: a role that signs alone */
extern const char *const photo_labels[];
extern const char *const credit_writer_marks[];	/* 文 in （文：NAME　圖：…） */
extern const char *const credit_picture_marks[];	/* 圖 in （文：NAME　圖：…） */
extern const char *const writer_labels[];	/* 文字：NAME in a photo story's credits */
extern const char *const report_labels[];	/* 报道：NAME opening a line */
extern const char *const original_title_labels[];	/* 原标题：… */
extern const char *const asking_marks[];	/* ？ ！: in no label's value */
extern const char *const not_names[];	/* 报道, 摄影: after a name, no name */
extern const char *const author_roles[];	/* 文／, By */
extern const char *const submitter_roles[];	/* Submitted by */
extern const char *const file_box_nouns[];	/* Files: "Related Files", no stories */
extern const char *const posted_in_words[];	/* " wrote in ": NAME wrote in COMMUNITY */
extern const char *const by_field_marks[];	/* " · By " after a date */
extern const char *const job_title_words[];	/* Editor, Reporter: after a name */
extern const char *const body_name_ends[];	/* Union, Department: a body's name, no person's */
extern const char *const byline_classes[];	/* byline-block: a bare name is the author */
extern const char *const author_title_classes[];	/* author-title: the role, not the name */
extern const char *const tag_list_classes[];	/* tag-container: a list of tag words */
extern const char *const stamp_marks[];	/* 编辑于: before a note's date stamp */
extern const char *const author_word_classes[];	/* authority: "author" in a word of rights */
extern const char *const tag_labels[];
/* notices: lines holding one (字号：, 打印本页), and whole lines (广告) */
extern const char *const notice_parts[], *const notice_lines[];
extern const char *const contact_phrases[];	/* " can be reached at ": the writer's address */
extern const char *const staff_roles[];	/* "staff writer": a byline's role line (extract_bodyline.c) */
extern const char *const disclaimer_labels[];	/* 免责声明: a notice of any length */
extern const char *const innocence_words[], *const everyone_words[];	/* a blotter's note */
extern const char *const statement_opens[], *const not_view_words[];	/* 本文…不代表… */
extern const char *const statement_label_ends[];	/* 声明: NAME 声明：… (extract_declared.c) */
extern const char *const regulator_words[];	/* "… Editors' Code" */
extern const char *const supplied_marks[];	/* （县人大办 供稿）: a byline's line */
extern const char *const lead_labels[];	/* 【导语】: a lead box */
extern const char *const compound_surnames[];	/* 欧阳晴川: a name of four */
extern const char *const pull_quote_classes[];	/* td_pull_quote: a quote set large */
extern const char *const player_classes[];	/* video-player: a player's box */
extern const char *const cover_classes[];	/* TitleImage, featured-image: a post's cover */
extern const char *const cover_img_classes[];	/* wp-post-image: a featured picture */
extern const char *const behind_placeholder_attrs[];	/* real_src: read behind a spacer src */
extern const char *const source_classes[];	/* source, provider: the outlet's mark */
extern const char *const caption_classes[];	/* caption, photographer: a picture's */
extern const char *const gallery_classes[];	/* carousel: a photo set's box */
extern const char *const author_page_words[];	/* /author/, /staff/: a writer's page */
extern const char *const poster_page_words[];	/* space-uid-: a forum member's page */
extern const char *const card_writer_words[];	/* /author/: a card's byline link */
extern const char *const card_archive_words[];	/* /category/: a card's kicker link */
extern const char *const author_box_classes[];	/* avatar, author-card: not the story's */
extern const char *const author_bio_classes[];	/* author-box after the story: furniture */
extern const char *const profile_headings[];	/* 人物简介: a box about a person */
extern const char *const qr_classes[], *const qr_words[];	/* qrcode, 扫一扫 */
extern const char *const follow_prompts[];	/* 点击蓝字: a follow call's banner over it */
extern const char *const icon_classes[];	/* wbicon, iconfont: a glyph's */
extern const char *const follow_asks[], *const channel_words[];	/* 欢迎加入…频道 */
extern const char *const tip_asks[];	/* Have a news tip? Email ... */
extern const char *const download_asks[], *const app_stores[], *const app_words[];	/* Download the app ... App Store */
extern const char *const follow_buttons[];	/* + 关注: an account card's button */
extern const char *const action_words[];	/* Subscribe, Donate: a box's button */
extern const char *const action_paths[];	/* a sign-up page's address */
extern const char *const end_marks[];	/* ###, -30-: a press release's end */
extern const char *const follow_invites[];	/* Follow X on Facebook: a tail line */
extern const char *const sender_marks[];	/* SOURCE: a wire release's sender */
extern const char *const editor_notes[];	/* Notes to editors: after a release */
extern const char *const signature_marks[];	/* Signed: over a release's signer */
extern const char *const issuer_labels[];	/* From: in a release's metadata list */
extern const char *const contact_labels[];	/* Media Contact: after a release */
extern const char *const jump_words[], *const jump_inner_words[],
    *const page_words[];	/* See FIRE, Page A6: a print jump line */
extern const char *const syndication_notes[];	/* This article originally appeared on */
extern const char *const print_notes[];	/* Published in PAPER, DATE */
extern const char *const paywall_words[];	/* available to subscribers only */
extern const char *const ad_labels[];	/* 广告, Advertisement: a notice, not an end */
extern const char *const comment_headings[];	/* 热门评论, Comments */
extern const char *const topic_words[];	/* 专题 in <title>: a topic page of blocks */
extern const char *const next_page_words[];	/* 下一页, Next: a list's pager */
extern const char *const pager_words[];	/* 上一页, 尾页, 查看更多: inside no headline */
/* a story's own pager (上一页, 下一页, 尾页, 分页) and its link to the whole
 * story on one page (全文, 单页阅读) */
extern const char *const story_pager_words[], *const whole_story_words[];
/* class and id words of page furniture, and of a story's lead */
extern const char *const furniture_classes[], *const lead_classes[];

/* A short line starting with 上一篇 / 下一篇 (or their variants)? */
int is_nav_label(const char *s);
/* s past label, a colon and brackets: 上一篇：】Title gives Title. */
const char *after_label(const char *s, const char *label);
const char *after_said_again(const char *s);
int says_none(const char *s);		/* 没有了, 无, 已是最后一篇 */
int is_related_heading(const char *s);	/* 相关新闻, 猜你喜欢, Related */
/* Bytes of a colon (ASCII or full width) after spaces at p, or 0. */
size_t colon_at(const char *p);
const char *after_colon(const char *p);
/* extract_value.c: the value after a label at p, cut at the next label or
 * separator (a page tool's word, a glued-on date: spans run together); a new
 * string, or NULL when it is empty or too long to be a name. */
char *label_value(const char *p);
/* s past the first of labels followed by a colon (and the colon and the
 * blanks after it), or NULL: where find_labelled and find_labelled_names
 * read their value from. */
const char *labelled_at(const char *s, const char *const *labels);
/* The value of the first of labels followed by a colon in s, or NULL. */
char *find_labelled(const char *s, const char *const *labels);
/* A line of an editor's label, a blank and a name alone (编辑　NAME), its
 * name new, or NULL. */
char *spaced_editor(const char *s);
/* extract_names.c: as the two above, for an author's label: every name
 * it credits, joined by a space (作者：孟晓川 孙雨编辑：郑琳 gives
 * 孟晓川 孙雨).  New, or NULL. */
char *label_names(const char *p);
char *find_labelled_names(const char *s, const char *const *labels);
/* The names a role of credit and a blank lead inside a line of other
 * fields (来源：南屿财经网记者 柯文涛 实习生 钟语桐, 2024年06月03日 文/图
 * 本报记者 庞一鸣 打印), joined as above; NULL when no role leads a name. */
char *inline_credit(const char *s);
/* The names after one of labels and its colon opening a field of a line
 * of fields, after a blank (DATE　报道：秘书处 NAME　浏览 186), as
 * label_names gives them; inside a word (相关报道：TITLE) none.  NULL
 * when none. */
char *field_label_names(const char *s, const char *const *labels);
char *slashed_writer(const char *s);
/* The name after by_field_marks in a byline's line of fields, or NULL. */
char *fielded_by(const char *s);
/* Does t hold a letter, Latin or CJK, not only dashes, bars and dots? */
int holds_letter(const char *t);
/* Is s an outlet's or an account's name, no person's (青岑城市频道,
 * 青岑发布, 岑州晚报): ending in one of outlet_ends? */
int is_outlet_name(const char *s);
/* Is s a desk's account (编辑部, 本报新闻部), which posts what its
 * reporters wrote: 编辑部, 新闻部, 编辑室 or a name ending in one? */
int is_desk_account(const char *s);
/* is_outlet_name or is_desk_account: a posting account (extract_names.c) */
int is_posting_account(const char *s);
/* The writer after a desk's name (會訊編輯小組 梁嘉欣), new, or NULL. */
char *desk_led_writer(const char *s);
/* Is the run of n bytes at p an office's name, the writer's unit before
 * the name (宣传科, 县教师发展中心)? */
int office_len(const char *p, size_t n);
/* A short bracketed line that credits an office: （县人大办 供稿）. */
int is_supplied_line(const char *s);
/* extract_byname.c: the name at p, two to four CJK characters or
 * capitalised words, up to the line's end or a separator; new, or NULL. */
char *byline_name_at(const char *p);
/* A blog's entry meta "Posted in CATEGORY, tagged with TAGS on DATE by
 * NAME" (Silverstripe Blog's) from its date on: the date after the last
 * " on ", when the line opens on "Posted in" and a day's number follows
 * (the date's "DATE by NAME" is read as a dated byline's); else NULL. */
const char *posted_in_date(const char *s);
/* A short line of a byline's role and a name: "By Dana Whitfield", "By:
 * Ramon Dela Cruz - Correspondent", "本报记者 何雨桐". */
int is_role_line(const char *s);
/* Does a name end at q, a blank, with what a news module prints after
 * it: " on DATE", " (ROLE)" and either? */
int dated_after_name(const char *q);
/* extract_dateline.c: a byline's lines and their dates. */
int is_reading_time(const char *s);	/* 阅读时长 2 分钟, 4 min read */
int is_meta_line(const char *s);	/* 来源：, 作者：, 责任编辑：, 发布时间：, 原标题： */
/* extract_credit.c: the people a credit line or a dateline names.
 * A line of roles and names alone (本报记者 陈立 通讯员 吴欣悦): the names,
 * joined by a space, as a new string; NULL for any other line. */
char *credit_line_names(const char *s);
/* Is s a line of the story's makers: 文／AUTHOR then 图／NAME, 摄影／NAME
 * only (文／林秀珍　图／会馆提供)? */
int makers_line(const char *s, const char *author);
/* The names a paragraph's dateline credits: 本报讯（记者 陈立 通讯员
 * 吴欣悦）… and 新华社北京4月13日电（记者 甲、乙）… give them as above. */
char *dateline_credit(const char *s);
/* 記者NAME／PLACE報導, a whole line: the names, new, or NULL */
char *slashed_credit(const char *s);
/* Is s only a dateline credit (記者NAME／PLACE報導), bare or bracketed? */
int is_credit_line(const char *s);
/* The outlet a dateline names in brackets, 【港島日報專訊】 or 【青溪讯】: new,
 * or NULL (本报, 本報 name none). */
char *dateline_outlet(const char *s);
/* The date right after the first of labels in s that starts a field
 * (发布时间：2023-02-21, not 开放时间2023年…) and goes on as no sentence,
 * in the contract's form (flags of extract.h); NULL when none. */
char *labelled_date(const char *s, const char *const *labels, time_t now, int flags);
/* The first date of s that no update label leads ("Updated on …");
 * relative ones (now != 0) only where they stand alone. */
char *line_date(const char *s, time_t now, int flags);
int is_sentence(const char *s);		/* goes on past ，or ends in 。 */
/* A byline's date field (发布时间：…, 时间：03-05 10:20, Updated on …) that
 * goes on as no sentence. */
int is_date_line(const char *s);
/* extract_release.c: a wire press release's closing lines. */
/* The sender "SOURCE Maple Grove Credit Union" names, new, or NULL. */
char *release_source(const char *s);
int is_contact_label(const char *s);	/* Media Contact:, Contact: NAME */
/* A heading "Notes to editors" alone on its line: the notes for the
 * press after a release, no more of its story */
int is_editor_notes(const char *s);
int is_release_tail_mark(const char *s);	/* Notes to editors, Signed: */
/* "About NAME", NAME the sender's: the boilerplate after the story */
int is_about_sender(const char *s, const char *sender);
int is_about_boilerplate(const char *s, const char *next);	/* About NAME / NAME is a ... */
/* extract_notice.c: lines set into a story that are none of it */
int is_jump_line(const char *s);	/* See FIRE, Page A6; FIRE From Page A1 */
int is_framed_ad(const char *s);	/* - Advertisement - */
int is_syndication_note(const char *s);	/* This article originally appeared on ... */
int is_print_note(const char *s);	/* Published in The Ledger, May 4th, 2024 */
int is_lone_address(const char *s);	/* reporter@paper.example alone on its line */
int is_paywall_line(const char *s);	/* This article is for subscribers only. */
int is_edition_line(const char *s);	/* 第A03版, Page A1: a newspaper page's mark */
/* extract_underwrite.c */
int is_underwriting(const char *s);	/* Support comes from NAME, serving ... */
/* extract_langnote.c */
int is_language_note(const char *s);	/* This article is also available in French. */
/* extract_fieldwords.c */
extern const char *const office_heads[];	/* "Department of " signing a release */
extern const char *const post_footer_marks[];	/* Posted by NAME at TIME */
extern const char *const post_change_words[];	/* (…最後修改於: DATE 由 NAME.) after a post's date */
extern const char *const repost_labels[];	/* 转载自NAME opening a repost */
extern const char *const dateline_ends[];	/* 讯 closing 本报记者 NAME 日里讯 */
extern const char *const summary_labels[], *const from_labels[], *const hot_marks[],
    *const title_labels[], *const blank_values[], *const count_heads[];
/* v, or NULL (v freed) when it is one of blank_values: the field names
 * nobody, and later means may */
char *blank_field(char *v);
/* the bytes of a count's field at p (评论(12), 浏览 3521, 阅读量：1.2万,
 * 浏览：86次): a count_heads word, then its digits; 0 when none */
size_t count_field_at(const char *p);
/* extract_label.c */
int is_site_note(const char *s);	/* Page ID: 0048213, "This page was translated ..." */
int is_noise_line(const char *s);	/* 字号, 打印本页, Copyright, 广告, a pager */
int is_end_mark(const char *s);		/* ###, -30- alone on its line */
/* 更多>>, 返回列表: a menu's link, not a headline opening on 更多 */
int opens_menu_word(const char *t);
int arrow_ended(const char *t);	/* "News archive »": a go-on link (extract_arrowend.c) */
/* extract_adlabel.c: an ad slot's label between paragraphs, no end */
int is_numbered_ad(const char *s);	/* "Advertisement 2" */
/* An ad label alone ("Advertisement", "Support comes from"), or paired
 * with its word in another language ("Hysbyseb · Advertisement"). */
int is_ad_label(const char *s);
/* extract_stamp.c: a live blog's lines over its updates */
int is_stamp_line(const char *s);	/* 9:48 PM Jonah Reyes, Pinned 6:20 PM */
int is_date_alone(const char *s);	/* "Wednesday, April 10, 2024" and nothing more */
int is_count_line(const char *s);	/* 6 updates, 12 comments, a slide's 1/8 */
/* A line that is a pager: 第1页 2 3 下一页, 分页：1 2 下一页 », 上一页 1 2 3 */
int is_pager_line(const char *s);
/* The page number a pager's link text says (2, [2], 第2页), or 0. */
int pager_number(const char *s);
/* A pager's word alone: 下一页, 尾页, Next, 下一页 >> */
int is_pager_word(const char *s);
/* pager_number(s) > 0 || is_pager_word(s), the marks stripped once */
int is_pager_number_or_word(const char *s);
/* Bytes of the tail word (更多, [详细], ...) that s[0..n) ends with, or 0. */
size_t tail_word_length(const char *s, size_t n);
char *squeeze(const char *s);		/* s without spaces: a new string */
char *squeeze_in_place(char *s);	/* s without spaces, in s's own bytes */
/* s past a summary box's label and its colon (摘要: …, 【内容提要】…), or s */
const char *past_summary_label(const char *s);
/* A short run of a date inside a list item's text, as printed, or NULL. */
char *item_date(const char *s);
/* Cuts a year-first date and " - " opening a related link's text. */
void cut_lead_date(char *text);
/* Cuts a list's bullet (· 标题, » Title) opening a link's text. */
void cut_lead_bullet(char *text);
extern const char *const wire_desk_words[];	/* 综合, 图文: no writer in 日电（…） */
extern const char *const other_item_date_words[];	/* 最新推荐文章于: another post's date */
extern const char *const last_edit_words[];	/* 最后 before 编辑: a last-edit stamp */
extern const char *const link_bullets[];	/* ·, ・, •, »: a list's marks */

#endif
