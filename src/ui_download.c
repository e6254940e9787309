/*
 * ui_download: d saves where the focused link goes (an attachment: .doc,
 * .xlsx, .pdf, .zip ...) to the download directory.
 *
 * One download at a time, a job of the reader's fetcher with FETCH_FILE
 * (any type, never cached) and its own completion, so the reader stays
 * responsive; its bytes so far are on the status line (ui_statusline.c)
 * and Esc cancels it (ui_act.c).  The fetcher holds the body in memory,
 * so the page's size cap (--max-size) caps a download too; once whole it
 * is written by download_save (a temporary file renamed, never over
 * another file) under the name download_name makes safe, in the
 * directory download_dir chooses: XDG_DOWNLOAD_DIR, else the one
 * user-dirs.dirs names, else ~/Downloads.  Only http(s): a file:,
 * javascript: or data: link is refused with a message.  No curses here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "download.h"
#include "i18n.h"
#include "ui_int.h"
#include "url.h"
#include "util.h"

#define USER_DIRS_MAX (64u << 10)	/* bytes of user-dirs.dirs read */

struct ui_download {
	struct fetch_job *job;	/* NULL: nothing downloads */
};

struct ui_download *
ui_download_new(void)
{
	return xcalloc(1, sizeof(struct ui_download));
}

void
ui_download_free(struct ui_download *d)
{
	free(d);	/* ui_download_cancel ended its job */
}

int
ui_downloading(const struct ui *u)
{
	return u->download->job != NULL;
}

void
ui_download_progress(const struct ui *u, size_t *now, size_t *total)
{
	*now = *total = 0;
	if (u->download->job != NULL)
		fetch_job_progress(u->download->job, now, total);
}

void
ui_download_cancel(struct ui *u)
{
	if (u->download->job == NULL)
		return;
	fetcher_cancel(u->fetcher, u->download->job);
	u->download->job = NULL;
	u->dirty = 1;
}

/* The text of user-dirs.dirs ($XDG_CONFIG_HOME, else ~/.config), or NULL. */
static char *
user_dirs(const char *home)
{
	const char *config = getenv("XDG_CONFIG_HOME");
	char *path, *text;
	size_t len;

	if (config != NULL && *config == '/')
		path = xasprintf("%s/user-dirs.dirs", config);
	else if (home != NULL && *home == '/')
		path = xasprintf("%s/.config/user-dirs.dirs", home);
	else
		return NULL;
	text = read_file(path, USER_DIRS_MAX, &len);
	free(path);
	return text;
}

/* Where downloads go, a new string, or NULL. */
static char *
where(void)
{
	const char *home = getenv("HOME");
	char *dirs = user_dirs(home), *dir;

	dir = download_dir(getenv("XDG_DOWNLOAD_DIR"), dirs, home);
	free(dirs);
	return dir;
}

/* The file fetched (r) onto the disk, and the status line says where. */
static void
save(struct ui *u, const struct fetched *r)
{
	char *dir = where(), *name, *path, *err = NULL;

	if (dir == NULL) {
		ui_message(u, 1, _("Not saved: no download directory (no XDG_DOWNLOAD_DIR, no home)"));
		return;
	}
	name = download_name(r->disposition, r->final_url != NULL ? r->final_url : r->url);
	path = download_save(dir, name, fetched_bytes(r), fetched_len(r), &err);
	if (path != NULL)
		ui_message(u, 0, _("Saved to %s"), path);
	else
		ui_message(u, 1, _("Not saved: %s"), err);
	free(path);
	free(err);
	free(name);
	free(dir);
}

/* The download finished (a cancelled one never gets here). */
static void
download_done(void *ctx, struct fetch_done *d)
{
	struct ui *u = ctx;

	u->download->job = NULL;
	if (d->ok)
		save(u, &d->result);
	else
		ui_message(u, 1, _("Not saved: %s"), d->err != NULL ? d->err : _("download failed"));
	u->dirty = 1;
}

void
ui_act_download(struct ui *u)
{
	struct view *v = ui_view(u);
	char scheme[URL_SCHEME_MAX + 1];
	const char *url;

	if (v == NULL)
		return;
	if (!ui_link_visible(u, v->focus) || (url = ui_link_url(u, v->focus)) == NULL) {
		ui_message(u, 0, _("No link is selected: Tab selects one"));
		return;
	}
	if (!url_is_web(url)) {
		url_scheme(url, scheme);
		ui_message(u, 1, _("Not downloading a %s: link: only http(s) links are saved"), scheme);
		return;
	}
	if (u->download->job != NULL) {
		ui_message(u, 1, _("A download is running: Esc cancels it"));
		return;
	}
	u->download->job = fetcher_start(u->fetcher, url, FETCH_FILE, download_done, u);
}
