/* extract_urldate: the day a story's address gives; see extract_urldate.c. */
#ifndef KANBAO_EXTRACT_URLDATE_H
#define KANBAO_EXTRACT_URLDATE_H

/* The day the path of url names, "YYYY-MM-DD", new, or NULL. */
char *url_date(const char *url);

#endif
