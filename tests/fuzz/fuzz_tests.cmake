# The libFuzzer harnesses of tests/fuzz as ctest tests (label fuzz), included by the top-level
# CMakeLists. fuzz.build builds them with clang into build/<preset>/fuzz; each fuzz.<name> then
# runs its harness for TANGGAP_FUZZ_SECONDS (20) from the committed seeds (corpus/<name>/),
# growing a scratch corpus in the build directory. A crash, a sanitizer report or an aborted
# property fails the test and leaves the input as crash-* beside the scratch corpus; turn it
# into a regression test in the parser's own suite and add it to the seeds.
find_program(TANGGAP_CLANGXX clang++ REQUIRED)
set(TANGGAP_FUZZ_SECONDS 20 CACHE STRING "How long make test runs each fuzzer")
set(fuzz_source ${CMAKE_CURRENT_LIST_DIR})
set(fuzz_binary ${CMAKE_BINARY_DIR}/fuzz)

add_test(NAME fuzz.build
    COMMAND sh -c "'${CMAKE_COMMAND}' -S '${fuzz_source}' -B '${fuzz_binary}' -G Ninja \
-DCMAKE_CXX_COMPILER='${TANGGAP_CLANGXX}' > '${fuzz_binary}.configure.log' 2>&1 \
|| { cat '${fuzz_binary}.configure.log'; exit 1; }; '${CMAKE_COMMAND}' --build '${fuzz_binary}' -j 2")
set_tests_properties(fuzz.build PROPERTIES LABELS fuzz FIXTURES_SETUP fuzzers TIMEOUT 900)

foreach(name json_body multipart meta_webhook personal_data route photo)
    set(work ${fuzz_binary}/run/${name})
    add_test(NAME fuzz.${name}
        COMMAND sh -c "rm -rf '${work}' && mkdir -p '${work}/corpus' && \
exec '${fuzz_binary}/fuzz_${name}' -max_total_time=${TANGGAP_FUZZ_SECONDS} -max_len=65536 \
-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix='${work}/' \
'${work}/corpus' '${fuzz_source}/corpus/${name}'")
    set_tests_properties(fuzz.${name} PROPERTIES
        LABELS fuzz FIXTURES_REQUIRED fuzzers TIMEOUT 300)
endforeach()
