/*
 * replay: runs a fuzz target's LLVMFuzzerTestOneInput over the files
 * named on the command line, without libFuzzer, so that `make check`
 * (plain and under ASan and UBSan) replays fuzz/regressions and the seeds
 * with any compiler.  Linked once per target.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "util.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
main(int argc, char **argv)
{
	int failed = 0;

	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		struct buf b = {0};
		char chunk[65536];
		size_t n;

		if (f == NULL) {
			perror(argv[i]);
			failed = 1;
			continue;
		}
		while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
			buf_add(&b, chunk, n);
		fclose(f);
		LLVMFuzzerTestOneInput((const unsigned char *)(b.s ? b.s : ""), b.len);
		free(b.s);
	}
	return failed;
}
