#ifndef VANBAN_CFUZZER_H
#define VANBAN_CFUZZER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (linked by -sanitize=fuzzer).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

// Runs libFuzzer's driver on `test`, the target's LLVMFuzzerTestOneInput (SwiftPM names an
// executable's entry point after its module, so each target's main calls this; and links
// libFuzzer's main too: whichever runs, the same test runs). An input without bytes is skipped.
int vanban_fuzz_main(int argc, char **argv, int (*test)(const uint8_t *_Nonnull data, size_t size));

#endif
