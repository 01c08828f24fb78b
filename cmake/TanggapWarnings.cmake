# Warnings and sanitizers as INTERFACE targets, linked PRIVATE by our own code only,
# so third-party headers are never compiled under -Werror.
add_library(tanggap_warnings INTERFACE)
target_compile_options(tanggap_warnings INTERFACE -Wall -Wextra -Wpedantic)
# g++ 12 at -O2/-O3 reports -Wrestrict on ordinary std::string concatenation (GCC PR 105329,
# fixed in 13); the debug build keeps the warning.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(tanggap_warnings INTERFACE $<$<NOT:$<CONFIG:Debug>>:-Wno-restrict>)
endif()
if(TANGGAP_WERROR)
    target_compile_options(tanggap_warnings INTERFACE -Werror)
endif()

add_library(tanggap_sanitizers INTERFACE)
if(TANGGAP_SANITIZE)
    target_compile_options(tanggap_sanitizers INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(tanggap_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# Every target of ours links both, and sees only the headers of its layer and of the layers it
# links (cmake/TanggapLayers.cmake). TEST marks a test executable, left out of the layer map.
function(tanggap_target_defaults target)
    get_target_property(type ${target} TYPE)
    if(NOT type STREQUAL "INTERFACE_LIBRARY")
        target_link_libraries(${target} PRIVATE tanggap_warnings tanggap_sanitizers)
    endif()
    tanggap_expose_headers(${target} ${ARGN})
endfunction()
