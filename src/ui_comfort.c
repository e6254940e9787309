/*
 * ui_comfort: reading comfort, for the session: 繁简 (T switches the
 * conversion of convert.c on and off) and the measure (W cycles a
 * story's width through the full screen, 80 and 66 columns), and the
 * story's pictures (I: drawn in place, or their captions alone).
 *
 * The view keeps its page as fetched; what is laid out is a converted
 * copy, made at each layout (ui_doc.c), so switching back shows the
 * page's own script at once, and links, read marks and the prefetch,
 * which read the kept page, never see a converted text.  A story narrower
 * than the screen is drawn centred (ui_draw.c centres any doc narrower
 * than the screen); lists keep the full width, where their dates and
 * titles line up.  No curses here.
 */
#include "config.h"

#include "convert.h"
#include "i18n.h"
#include "ui_int.h"

static const int widths[] = {0, 80, 66};	/* W's cycle; 0: the full screen */

/* T: the configured conversion (t2s when none is) and back. */
void
ui_act_convert(struct ui *u)
{
	u->convert = u->convert != CONVERT_NONE ? CONVERT_NONE :
	    u->opts.convert != CONVERT_NONE ? u->opts.convert : CONVERT_T2S;
	if (u->convert == CONVERT_T2S)
		ui_message(u, 0, _("繁简: traditional Chinese shown as simplified (t2s)"));
	else if (u->convert == CONVERT_S2T)
		ui_message(u, 0, _("繁简: simplified Chinese shown as traditional (s2t)"));
	else
		ui_message(u, 0, _("繁简: the page's own script"));
	/* after the message: OpenCC's trouble, if any, is added to it */
	ui_save_place(u);
	ui_search_forget(u);
	ui_layout(u);
}

/* I: a story's pictures shown or hidden, for the session. */
void
ui_act_images(struct ui *u)
{
	int shown = !ui_pictures_shown(u);

	ui_pictures_show(u, shown);
	ui_save_place(u);
	ui_layout(u);
	if (shown)
		ui_message(u, 0, _("Pictures are shown in the story"));
	else
		ui_message(u, 0, _("Pictures are shown as their captions"));
}

/* W: the next width of the cycle (from one it does not hold, the full
 * screen). */
void
ui_act_text_width(struct ui *u)
{
	size_t i = 0, n = sizeof widths / sizeof *widths;

	while (i < n && widths[i] != u->text_width)
		i++;
	u->text_width = i < n ? widths[(i + 1) % n] : 0;
	ui_save_place(u);
	ui_layout(u);
	if (u->text_width == 0)
		ui_message(u, 0, _("Stories are set at the full width"));
	else
		ui_message(u, 0, _("Stories are set at %d columns, centred"), u->text_width);
}
