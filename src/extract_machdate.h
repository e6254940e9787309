/*
 * extract_machdate: the dates a page gives machines (<meta>, schema.org,
 * <time datetime>), for extract_pubdate.c.
 */
#ifndef KANBAO_EXTRACT_MACHDATE_H
#define KANBAO_EXTRACT_MACHDATE_H

#include "extract_dom.h"

/* The string value of "key" in JSON text, read to its closing quote, new;
 * NULL when the key is missing or its value is no string. */
char *json_string(const char *json, const char *key);
/* schema.org datePublished (an itemprop or JSON-LD), new, or NULL. */
char *schema_date(struct ctx *c);
/* itemprop=datePublished or RDFa property=dc:created: a machine date's element */
int is_date_mark(struct hnode *n);
/* The <meta> date of publication (Open Graph, PubDate ...), new, or NULL. */
char *meta_date(struct ctx *c);
/* Does this <time> date an update (class "updated" alone, "modified",
 * itemprop dateModified)? */
int is_update_time(struct hnode *n);
/* <time datetime> of the i-th <time>, new, or NULL when it dates an update. */
char *time_date(struct ctx *c, size_t i);
/* shown, or the entry's <time class="published"> of another day when
 * shown is the day of an update's <time> beside it (shown is freed then). */
char *past_update(struct ctx *c, char *shown);
/* The datetime of a <time> showing an age ("Published 2 days ago") in
 * segment seg, new, or NULL. */
char *age_in_time(const struct ctx *c, size_t seg);

#endif
