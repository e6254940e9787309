/*
 * extract_credmark: the marks and labels of a Chinese story's credit
 * lines that the label code reads through this module: a print byline's
 * opening mark (■本报记者 NAME), a spaced ASCII bar after a label
 * (编辑 | NAME) and an in-text gallery's 【图集】 title.  Text only,
 * calling nothing of the label code.
 */
#ifndef EXTRACT_CREDMARK_H
#define EXTRACT_CREDMARK_H

#include <stddef.h>

/* s past a print byline's opening mark (■, ◆, ●) and the blanks after
 * it; s itself when it opens with none. */
const char *past_byline_mark(const char *s);
/* Bytes of a spaced bar (" | ") at p, right after a CJK label that opens
 * s or follows a blank in it (label at l), with the blanks after it; or 0. */
size_t spaced_bar_at(const char *s, const char *l, const char *p);
/* Is s a gallery's title line in the text (【图集】TITLE, 【组图】)? */
int is_gallery_title(const char *s);
/* Is s only a call to follow an account (关注“NAME”, 关注“NAME”公众号),
 * as a QR code's caption ends? */
int is_follow_call(const char *s);
/* Is s a short line opening on 更多 (了解更多, 获取更多) that ends on a
 * call to follow an account, "更多农技问答请关注“NAME”微信公众号"?  The
 * site's closing call, no story's line: asked of the last paragraph
 * only; a line naming the account mid-sentence (更多信息可关注“NAME”查询)
 * ends otherwise and stays.  So too a plea to follow an account named
 * before its kind, its quoted name and the offer of its code alone after
 * it (更多侨社资讯，欢迎关注NAME微信公众号“NAME”，或扫描下方二维码。). */
int is_more_follow_call(const char *s);
/* Is s a bracketed note of who gave the pictures （本版图片由NAME提供）,
 * or a bracketed picture credit （图片来源：NAME）? */
int is_picture_note(const char *s);

#endif
