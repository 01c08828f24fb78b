# Warnings and sanitizers as INTERFACE targets, linked PRIVATE by our own code only,
# so third-party headers are never compiled under -Werror.
add_library(tanggap_warnings INTERFACE)
target_compile_options(tanggap_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(TANGGAP_WERROR)
    target_compile_options(tanggap_warnings INTERFACE -Werror)
endif()

add_library(tanggap_sanitizers INTERFACE)
if(TANGGAP_SANITIZE)
    target_compile_options(tanggap_sanitizers INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(tanggap_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# Every target of ours links both.
function(tanggap_target_defaults target)
    target_link_libraries(${target} PRIVATE tanggap_warnings tanggap_sanitizers)
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src)
endfunction()
