/*
 * url: links found in pages, made absolute and safe to print and follow.
 * Pure: no I/O.
 *
 * The policy: a page may link to http and https only; a page that is
 * itself a local file (a saved page, the demo edition) may also link to
 * file: URLs.  javascript:, data:, vbscript:, mailto: and fragment-only
 * links are never links.  Extraction applies it to every link it keeps;
 * the reader applies it again before it fetches, prefetches or hands a
 * URL to a browser, so a link that slips through (a site rule, a feed)
 * is refused with a message rather than followed.  Returned strings are
 * new; the caller frees them.
 */
#ifndef KANBAO_URL_H
#define KANBAO_URL_H

/* href made absolute against base, with what libxml2's URI parser rejects
 * (a second '#', a stray '%', spaces, bytes past ASCII) percent-encoded
 * first.  No policy; NULL when it cannot be parsed. */
char *url_absolute(const char *base, const char *href);

/* href as a link a reader may follow from the page at page_url: absolute
 * (against base), allowed by the policy above, cleaned and percent-encoded
 * where a terminal or a JSON consumer could be confused.  NULL otherwise. */
char *url_resolve(const char *base, const char *href, const char *page_url);

/* 1 for an http:// or https:// URL: what a browser is given. */
int url_is_web(const char *url);

/* 1 when the page at from (NULL: none) may take the reader to the
 * absolute url, by the policy above. */
int url_followable(const char *from, const char *url);

#define URL_SCHEME_MAX 16

/* The scheme of url in lower case, for messages, or "?". */
void url_scheme(const char *url, char out[URL_SCHEME_MAX + 1]);

#endif
