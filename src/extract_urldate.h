/* extract_urldate: the day a story's address gives; see extract_urldate.c. */
#ifndef KANBAO_EXTRACT_URLDATE_H
#define KANBAO_EXTRACT_URLDATE_H

/* The day the path of url names, "YYYY-MM-DD", new, or NULL. */
char *url_date(const char *url);

/* The year and month of url's /YYYY/MM/ folders: 1 with y m set, or 0. */
int url_month(const char *url, int *y, int *m);

#endif
