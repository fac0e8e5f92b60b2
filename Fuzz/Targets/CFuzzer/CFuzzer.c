#include "CFuzzer.h"

static int (*vanban_test)(const uint8_t *_Nonnull, size_t);

static int vanban_test_input(const uint8_t *data, size_t size) {
    return data ? vanban_test(data, size) : 0;
}

int vanban_fuzz_main(int argc, char **argv, int (*test)(const uint8_t *_Nonnull data, size_t size)) {
    vanban_test = test;
    return LLVMFuzzerRunDriver(&argc, &argv, vanban_test_input);
}
