/*
 * curl_lazy: the libcurl functions fetch.c, fetch_http.c and fetch_finish.c
 * call, each forwarding to libcurl.so.4 opened on first use.  Linked at
 * start-up, libcurl brings in some twenty libraries (OpenSSL, GnuTLS,
 * nghttp2, LDAP, Kerberos, ssh2, rtmp ...) whose loading was most of the
 * CPU time of a dump of a local file, which never fetches; now only the
 * first http(s) job pays.
 *
 * The program is linked without -rdynamic, so these definitions are not
 * exported and cannot take the place of libcurl's own inside libcurl.
 */
#include "config.h"

#include <dlfcn.h>
#include <stdarg.h>

/* the type-checking macros of curl.h would rewrite curl_easy_setopt here */
#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>

#include "util.h"

#define LIBCURL "libcurl.so.4"

/* The address of libcurl's NAME, loading libcurl first if need be.  A
 * libcurl that cannot be loaded is fatal, said in words: the fetcher has no
 * way to go on without it. */
static void *
sym(const char *name)
{
	static void *lib;
	void *p;

	if (lib == NULL && (lib = dlopen(LIBCURL, RTLD_NOW | RTLD_LOCAL)) == NULL)
		fatal("cannot load libcurl: %s", dlerror());
	if ((p = dlsym(lib, name)) == NULL)
		fatal("cannot load libcurl: %s", dlerror());
	return p;
}

/* REAL: a static pointer `real` to libcurl's own FN, of FN's type */
#define REAL(fn) \
	static __typeof__(fn) *real; \
	if (real == NULL) \
		*(void **)&real = sym(#fn)

CURLcode
curl_global_init(long flags)
{
	REAL(curl_global_init);
	return real(flags);
}

CURL *
curl_easy_init(void)
{
	REAL(curl_easy_init);
	return real();
}

/* The option's number says the type of its argument (curl.h's
 * CURLOPTTYPE_ ranges); it is read as that type and passed on. */
CURLcode
curl_easy_setopt(CURL *e, CURLoption opt, ...)
{
	va_list ap;
	CURLcode rc;

	REAL(curl_easy_setopt);
	va_start(ap, opt);
	if (opt < CURLOPTTYPE_OBJECTPOINT)
		rc = real(e, opt, va_arg(ap, long));
	else if (opt < CURLOPTTYPE_FUNCTIONPOINT)
		rc = real(e, opt, va_arg(ap, void *));
	else if (opt < CURLOPTTYPE_OFF_T)
		rc = real(e, opt, va_arg(ap, void (*)(void)));
	else if (opt < CURLOPTTYPE_BLOB)
		rc = real(e, opt, va_arg(ap, curl_off_t));
	else
		rc = real(e, opt, va_arg(ap, void *));
	va_end(ap);
	return rc;
}

/* every CURLINFO_ takes a pointer to where the answer goes */
CURLcode
curl_easy_getinfo(CURL *e, CURLINFO info, ...)
{
	va_list ap;
	void *p;

	REAL(curl_easy_getinfo);
	va_start(ap, info);
	p = va_arg(ap, void *);
	va_end(ap);
	return real(e, info, p);
}

const char *
curl_easy_strerror(CURLcode rc)
{
	REAL(curl_easy_strerror);
	return real(rc);
}

/* the frees of nothing, as fetch.c calls them for every job, do not
 * load libcurl: libcurl's own do nothing either */
void
curl_easy_cleanup(CURL *e)
{
	if (e == NULL)
		return;
	REAL(curl_easy_cleanup);
	real(e);
}

struct curl_slist *
curl_slist_append(struct curl_slist *l, const char *s)
{
	REAL(curl_slist_append);
	return real(l, s);
}

void
curl_slist_free_all(struct curl_slist *l)
{
	if (l == NULL)
		return;
	REAL(curl_slist_free_all);
	real(l);
}

CURLM *
curl_multi_init(void)
{
	REAL(curl_multi_init);
	return real();
}

CURLMcode
curl_multi_add_handle(CURLM *m, CURL *e)
{
	REAL(curl_multi_add_handle);
	return real(m, e);
}

CURLMcode
curl_multi_remove_handle(CURLM *m, CURL *e)
{
	REAL(curl_multi_remove_handle);
	return real(m, e);
}

CURLMcode
curl_multi_poll(CURLM *m, struct curl_waitfd *fds, unsigned int n,
    int timeout_ms, int *numfds)
{
	REAL(curl_multi_poll);
	return real(m, fds, n, timeout_ms, numfds);
}

CURLMcode
curl_multi_perform(CURLM *m, int *running)
{
	REAL(curl_multi_perform);
	return real(m, running);
}

CURLMsg *
curl_multi_info_read(CURLM *m, int *left)
{
	REAL(curl_multi_info_read);
	return real(m, left);
}

CURLMcode
curl_multi_cleanup(CURLM *m)
{
	REAL(curl_multi_cleanup);
	return real(m);
}
