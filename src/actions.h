/*
 * actions: everything a key can do in the reader, in one table.
 *
 * ACTION(ID, "name", N_("help text"), "default keys") gives the enum
 * (ACT_ID), the name a config file binds keys to, the line of the help
 * screen and the default bindings (key names separated by spaces, as
 * ui_key_parse() reads them: a character, Space, Enter, Tab, S-Tab, Esc,
 * Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End, C-x).
 * Expand it where a list of actions is needed; never list them by hand.
 */
#ifndef KANBAO_ACTIONS_H
#define KANBAO_ACTIONS_H

#define ACTIONS \
	ACTION(DOWN, "down", N_("scroll down a line; in a list, the next headline"), "j Down") \
	ACTION(UP, "up", N_("scroll up a line; in a list, the previous headline"), "k Up") \
	ACTION(PAGE_DOWN, "page-down", N_("page down"), "Space PgDn") \
	ACTION(PAGE_UP, "page-up", N_("page up"), "b PgUp") \
	ACTION(TOP, "top", N_("go to the top"), "g Home") \
	ACTION(BOTTOM, "bottom", N_("go to the bottom"), "G End") \
	ACTION(OPEN, "open", N_("open the selected headline or the focused link"), "Enter") \
	ACTION(NEXT_LINK, "next-link", N_("focus the next link"), "Tab") \
	ACTION(PREV_LINK, "prev-link", N_("focus the previous link"), "S-Tab") \
	ACTION(PREV_STORY, "prev-story", N_("go to the previous story (上一篇)"), "[") \
	ACTION(NEXT_STORY, "next-story", N_("go to the next story (下一篇)"), "]") \
	ACTION(BACK, "back", N_("go back in history"), "h Backspace") \
	ACTION(FORWARD, "forward", N_("go forward in history"), "l") \
	ACTION(SEARCH, "search", N_("search this page"), "/") \
	ACTION(SEARCH_NEXT, "search-next", N_("go to the next match"), "n") \
	ACTION(SEARCH_PREV, "search-prev", N_("go to the previous match"), "N") \
	ACTION(CONVERT, "convert", N_("繁简: show the text in the other script, or as the page has it"), "T") \
	ACTION(TEXT_WIDTH, "text-width", N_("set stories at the full width, 80 or 66 columns"), "W") \
	ACTION(IMAGES, "images", N_("show a story's pictures, or their captions alone"), "I") \
	ACTION(RELOAD, "reload", N_("reload the page, bypassing the cache"), "r") \
	ACTION(BROWSER, "browser", N_("open the page in $BROWSER"), "o") \
	ACTION(VIEW_PAGE, "view-page", N_("switch between the story and the whole page: all its text and links"), "v") \
	ACTION(DOWNLOAD, "download", N_("save where the focused link goes (an attachment) to the download directory"), "d") \
	ACTION(OPEN_URL, "open-url", N_("open a URL or a file typed at the prompt"), "U") \
	ACTION(SAVE, "save", N_("save the story, to read it offline"), "s") \
	ACTION(SAVED, "saved", N_("list the saved stories"), "S") \
	ACTION(HISTORY, "history", N_("list the pages read lately"), "H") \
	ACTION(REFRESH, "refresh", N_("refresh every source and its stories in the background, to read them offline"), "R") \
	ACTION(NEWS, "news", N_("list the unread headlines of all sources, newest first"), "a") \
	ACTION(MARK_READ, "mark-read", N_("mark every headline of the list, or of the selected source, read"), "A") \
	ACTION(NEXT_UNREAD, "next-unread", N_("go to the next unread headline, into the next source with unread ones"), "u") \
	ACTION(SUMMARIES, "summaries", N_("show or hide the summaries under the headlines"), "i") \
	ACTION(ADD_FEED, "add-feed", N_("add the feed this page offers to the sources"), "+") \
	ACTION(FIND, "find", N_("find the stories read, saved or refreshed that hold some words"), "F") \
	ACTION(CANCEL, "cancel", N_("cancel loading; clear the search"), "Esc") \
	ACTION(REDRAW, "redraw", N_("redraw the screen"), "C-l") \
	ACTION(HELP, "help", N_("show this help"), "?") \
	ACTION(QUIT, "quit", N_("go back one screen; quit from the top"), "q")

enum action {
	ACT_NONE = -1,
#define ACTION(id, name, help, keys) ACT_##id,
	ACTIONS
#undef ACTION
	ACT_COUNT
};

struct action_info {
	const char *name, *help, *keys;
};

/* Indexed by enum action. */
extern const struct action_info action_table[ACT_COUNT];

/* The action a config name stands for, or ACT_NONE. */
enum action action_by_name(const char *name);

#endif
