# Sanitizer and fuzzing flags (docs/hardening.md). Included by the top-level CMakeLists.txt.

# TW_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer for every target, stopping at the
# first report (-fno-sanitize-recover), so that a test run fails on any finding.
if(TW_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# TW_BUILD_FUZZERS: libFuzzer targets in fuzz/. Needs clang; the whole tree is instrumented for
# coverage (fuzzer-no-link) and the fuzz targets link the libFuzzer main (-fsanitize=fuzzer).
if(TW_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TW_BUILD_FUZZERS needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
