/* extract_declared: a platform's statement under a reposted story, its
 * label its own ("新浪看点 声明：…不意味着赞同其观点"); see
 * extract_declared.c. */
#ifndef KANBAO_EXTRACT_DECLARED_H
#define KANBAO_EXTRACT_DECLARED_H

/* Is s a statement: a short label ending in 声明 / 聲明 before its colon
 * (平台声明：, "NAME 声明：") and a text saying the story is not the
 * platform's view (不代表, 不意味着)?  A story's line quoting someone's
 * 声明 says no such thing and stays. */
int is_platform_statement(const char *s);

#endif
