include(GoogleTest)

# tanggap_add_test(NAME name LABEL unit|integration|conformance SOURCES ... LIBS ...
#                  [PROPERTIES more ctest properties of every test, e.g. a fixture])
function(tanggap_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL" "SOURCES;LIBS;PROPERTIES" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    tanggap_target_defaults(${T_NAME} TEST)
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} GTest::gtest_main GTest::gmock)
    target_compile_definitions(${T_NAME} PRIVATE
        TANGGAP_BINARY="$<TARGET_FILE:tanggap>"
        TANGGAP_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    gtest_discover_tests(${T_NAME}
        PROPERTIES LABELS ${T_LABEL} ${T_PROPERTIES}
        DISCOVERY_TIMEOUT 60)
endfunction()
