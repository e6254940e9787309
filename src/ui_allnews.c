/*
 * ui_allnews: a, all the news at once: the unread headlines of every
 * source counted so far (ui_mem.c counts them), newest first, each once
 * with its source's name; those not counted yet are fetched, and the
 * screen grows as they come.  A screen of kanbao's own (VIEW_NEWS), made
 * again whenever it shows, so a story read leaves it.  No curses here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_int.h"
#include "url.h"

static int
listed(const struct page *p, const char *url)
{
	for (size_t i = 0; i < p->headlines.n; i++)
		if (strcmp(p->headlines.v[i].url, url) == 0)
			return 1;
	return 0;
}

/* The unread headlines of source i, each with the source's name, to h. */
static void
add_source(struct ui *u, size_t i, struct linklist *h)
{
	const struct linklist *s = ui_source_heads(u, i);
	const struct source *src = &u->opts.config->sources[i];

	for (size_t k = 0; k < s->n; k++) {
		const struct link *l = &s->v[k];

		/* a list's own rule for its links (ui_page.c), as the news
		 * screen opens them as kanbao's own */
		if (ui_is_read(u, l->url) || !url_followable(src->url, l->url))
			continue;
		linklist_push(h, xasprintf("%s  [%s]", *l->title ? l->title : l->url, src->name),
		    xstrdup(l->url), l->snippet ? xstrdup(l->snippet) : NULL,
		    l->date ? xstrdup(l->date) : NULL);
	}
}

static struct page *
news_page(struct ui *u)
{
	struct page *p = ui_own_list(VIEW_NEWS, NULL);	/* titled at the end */
	struct linklist all = {0};
	size_t waiting = 0;

	for (size_t i = 0; i < ui_source_count(u); i++) {
		waiting += ui_source_known(u, i) == 0;
		add_source(u, i, &all);
	}
	/* newest first; of one date, as the sources and their pages list them */
	linklist_sort_newest(&all);
	for (size_t i = 0; i < all.n; i++) {
		if (listed(p, all.v[i].url)) {
			free(all.v[i].title);	/* named by two sources: listed once */
			free(all.v[i].url);
			free(all.v[i].snippet);
			free(all.v[i].date);
			continue;
		}
		linklist_push(&p->headlines, all.v[i].title, all.v[i].url, all.v[i].snippet,
		    all.v[i].date);
	}
	free(all.v);
	free(p->title);
	p->title = waiting > 0 ?
	    xasprintf(_("All the news: %zu unread (%zu sources still loading)"), p->headlines.n, waiting) :
	    xasprintf(_("All the news: %zu unread"), p->headlines.n);
	return p;
}

void
ui_act_news(struct ui *u)
{
	struct view *v = ui_view(u);

	if (ui_source_count(u) == 0) {
		ui_message(u, 1, _("No news to list: the config lists no sources"));
		return;
	}
	if (v == NULL || v->kind != VIEW_NEWS)
		ui_push_screen(u, VIEW_NEWS, news_page);
	ui_sources_recount(u);
}
