/*
 * ui_url: the reader's rule for links.  A link is followed (or prefetched)
 * only to http(s), or to file: from a file: page; `o` hands only http(s)
 * to a browser.  Everything else (javascript:, data:, ftp:, file: from the
 * web ...) is refused.
 */
#ifndef KANBAO_UI_URL_H
#define KANBAO_UI_URL_H

/* 1 for an http: or https: URL. */
int ui_url_is_web(const char *url);

/* 1 when a page at from may take the reader to url. */
int ui_url_followable(const char *from, const char *url);

#define UI_SCHEME_MAX 16

/* The scheme of url in lower case (for messages), or "?". */
void ui_url_scheme(const char *url, char out[UI_SCHEME_MAX + 1]);

#endif
