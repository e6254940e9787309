/*
 * bench_jpeg: writes a photograph-like JPEG of about KB kilobytes for
 * bench/picture.sh: a gradient under fine noise (which is what makes a
 * photograph's JPEG large), quality 90, growing the picture until the
 * file is that large.  Prints its size and dimensions.
 *   bench/bench_jpeg OUT.jpg [KB]      (1024 unless told)
 */
#include <stdio.h>
#include <stdlib.h>

#include <jpeglib.h>

/* The JPEG of a width x height picture into *out; its size. */
static unsigned long
encode(unsigned width, unsigned height, unsigned char **out)
{
	struct jpeg_compress_struct cinfo;
	struct jpeg_error_mgr jerr;
	unsigned long size = 0;
	unsigned char *row = malloc((size_t)width * 3);
	unsigned seed = 19;

	*out = NULL;
	cinfo.err = jpeg_std_error(&jerr);
	jpeg_create_compress(&cinfo);
	jpeg_mem_dest(&cinfo, out, &size);
	cinfo.image_width = width;
	cinfo.image_height = height;
	cinfo.input_components = 3;
	cinfo.in_color_space = JCS_RGB;
	jpeg_set_defaults(&cinfo);
	jpeg_set_quality(&cinfo, 90, TRUE);
	jpeg_start_compress(&cinfo, TRUE);
	for (unsigned y = 0; y < height; y++) {
		for (unsigned x = 0; x < width; x++) {
			seed = seed * 1103515245u + 12345u;
			int noise = (int)((seed >> 16) % 48) - 24;
			int v[3] = {(int)(x * 200 / width), (int)(y * 180 / height) + 40, 140};

			for (int c = 0; c < 3; c++) {
				int p = v[c] + noise;
				row[x * 3 + c] = (unsigned char)(p < 0 ? 0 : p > 255 ? 255 : p);
			}
		}
		jpeg_write_scanlines(&cinfo, &row, 1);
	}
	jpeg_finish_compress(&cinfo);
	jpeg_destroy_compress(&cinfo);
	free(row);
	return size;
}

int
main(int argc, char **argv)
{
	unsigned long want = (argc > 2 ? strtoul(argv[2], NULL, 10) : 1024) * 1024, size = 0;
	unsigned width = 400, height = 300;
	unsigned char *jpeg = NULL;
	FILE *f;

	if (argc < 2) {
		fprintf(stderr, "usage: bench_jpeg OUT.jpg [KB]\n");
		return 1;
	}
	while ((size = encode(width, height, &jpeg)) < want && width < 8000) {
		free(jpeg);
		width = width * 11 / 10;
		height = height * 11 / 10;
	}
	if ((f = fopen(argv[1], "wb")) == NULL || fwrite(jpeg, 1, size, f) != size ||
	    fclose(f) != 0) {
		perror(argv[1]);
		return 1;
	}
	free(jpeg);
	printf("%lu %u %u\n", size, width, height);
	return 0;
}
