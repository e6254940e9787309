/*
 * cli_options: the command line, read into struct options (cli.h).  Each
 * option's value is checked here (a width of 1 to 10000, a timeout of 1
 * to 86400 seconds, a known format, --convert or --images mode); what
 * the options mean together (--dump needs an INPUT, --refresh goes
 * alone) is main's to say.  The words of --help and --version are here
 * too, so they stay beside the options they describe.
 */
#ifndef KANBAO_CLI_OPTIONS_H
#define KANBAO_CLI_OPTIONS_H

#include <stdio.h>

#include "cli.h"

/* Reads argv's options into o (getopt_long: optind is left at the first
 * INPUT); 0, or -1 after saying on stderr what was wrong.  --help and
 * --version print and exit 0. */
int cli_parse_options(int argc, char **argv, struct options *o);

/* The usage lines; on stdout the whole --help, on stderr the usage and
 * where to learn more. */
void cli_usage(FILE *f);

#endif
