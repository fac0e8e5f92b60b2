#ifndef VANBAN_CFUZZER_H
#define VANBAN_CFUZZER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (linked by -sanitize=fuzzer): the fuzz targets' entry points call it with
// their test function, since SwiftPM names an executable's entry point after its module.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

#endif
