# The layering test: cmake -DMAP=<build>/layer_map.cmake -DSOURCE_DIR=<checkout> -P check_layers.cmake
#
# Fails, naming each file and line, when
# - a file of src/<folder> includes a header of a folder its target does not link
#   (the map says what each folder sees, from CMake's own link graph);
# - a layer that must stay pure (core, i18n, domain, sla) includes anything but the standard library;
# - a target links a target of a folder added after its own in CMakeLists.txt (inner first);
# - a file of src/api opens a store transaction (names ReadTx/WriteTx or the store_await
#   bridge): handlers reach the store only through the service desks (service/*_desk.hpp);
# - the picture under "## Dependency direction" in ARCHITECTURE.md does not name exactly these
#   targets in this order (its lines that start with "tanggap"; test-only targets are marked so).
# Test code (*_test.cpp, *_bench.cpp, *_fixture.hpp) may include what its test target links.
cmake_minimum_required(VERSION 3.25)
include(${MAP})
set(pure_layers core i18n domain sla)
set(failures "")

foreach(folder IN LISTS LAYER_ORDER)
    string(MAKE_C_IDENTIFIER "${folder}" id)
    file(GLOB files ${SOURCE_DIR}/src/${folder}/*.cpp ${SOURCE_DIR}/src/${folder}/*.hpp
         ${SOURCE_DIR}/src/${folder}/*.ipp)
    foreach(file IN LISTS files)
        get_filename_component(name ${file} NAME)
        if(name MATCHES "_(test|bench)\\.cpp$|_fixture\\.hpp$")
            continue()
        endif()
        if(folder STREQUAL "api")
            file(READ ${file} text)
            string(REGEX MATCHALL "ReadTx|WriteTx|read_store|write_store|store_await" named "${text}")
            list(REMOVE_DUPLICATES named)
            foreach(word IN LISTS named)
                list(APPEND failures
                    "src/api/${name} names ${word}: a handler opens no transaction, it awaits a service desk")
            endforeach()
        endif()
        file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS includes)
            if(line MATCHES "include[ \t]*\"([^\"]+)\"")
                set(header ${CMAKE_MATCH_1})
                get_filename_component(header_folder ${header} DIRECTORY)
                if(NOT header_folder IN_LIST SEES_${id})
                    list(APPEND failures
                        "src/${folder}/${name}: #include \"${header}\": the targets of src/${folder} do not link src/${header_folder}")
                endif()
            elseif(line MATCHES "include[ \t]*<([^>]+)>" AND folder IN_LIST pure_layers)
                set(header ${CMAKE_MATCH_1})
                if(header MATCHES "[/.]")
                    list(APPEND failures
                        "src/${folder}/${name}: #include <${header}>: src/${folder} uses the standard library only")
                endif()
            endif()
        endforeach()
    endforeach()

    list(FIND LAYER_ORDER ${folder} own_place)
    foreach(target IN LISTS TARGETS_${id})
        foreach(link IN LISTS LINKS_${target})
            string(REPLACE "=" ";" link "${link}")
            list(GET link 0 link_target)
            list(GET link 1 link_folder)
            list(FIND LAYER_ORDER ${link_folder} link_place)
            if(link_place GREATER own_place)
                list(APPEND failures
                    "${target} (src/${folder}) links ${link_target} (src/${link_folder}), a layer added after it in CMakeLists.txt: dependencies point inward")
            endif()
        endforeach()
    endforeach()
endforeach()

# The picture: the first word of each line of the fenced block under "## Dependency direction".
if(EXISTS ${SOURCE_DIR}/ARCHITECTURE.md)
    file(READ ${SOURCE_DIR}/ARCHITECTURE.md architecture)
    string(FIND "${architecture}" "## Dependency direction" at)
    string(SUBSTRING "${architecture}" ${at} -1 section)
    string(REGEX MATCH "```\n([^`]*)```" block "${section}")
    string(REPLACE "\n" ";" picture_lines "${CMAKE_MATCH_1}")
    set(pictured "")
    foreach(line IN LISTS picture_lines)
        if(line MATCHES "^(tanggap[a-z0-9_]*) ")
            set(target ${CMAKE_MATCH_1})
            if(NOT line MATCHES "tests only")
                list(APPEND pictured ${target})
            endif()
        endif()
    endforeach()
    if(NOT "${pictured}" STREQUAL "${LAYER_TARGETS}")
        list(JOIN pictured " " pictured_text)
        list(JOIN LAYER_TARGETS " " targets_text)
        list(APPEND failures
            "ARCHITECTURE.md's picture lists ${pictured_text}, but the build has ${targets_text}")
    endif()
endif()

if(failures)
    list(LENGTH failures count)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "${count} layering violation(s):\n  ${text}")
endif()
list(LENGTH LAYER_ORDER layers)
message(STATUS "layering: ${layers} folders, every #include and link points inward")
