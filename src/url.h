/*
 * url: links found in pages, made absolute and safe to print and follow.
 * Pure: no I/O.
 *
 * The policy: a page may link to http and https only; a page that is
 * itself a local file (a saved page, the demo edition) may also link to
 * file: URLs.  javascript:, data:, vbscript:, mailto: and fragment-only
 * links are never links.  Returned strings are new; the caller frees them.
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

#endif
