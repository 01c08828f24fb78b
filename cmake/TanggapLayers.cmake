# Layering the build enforces.
#
# A target of src/ does not see the src/ tree: its include directory holds links to the
# headers of its own folder only (build/layers/<target>/<folder>/*.hpp), and it sees another
# folder's headers only by linking that folder's target, as CMake passes PUBLIC include
# directories along links. So an #include of a layer the target does not link fails to compile.
#
# tanggap_write_layer_map(), called once every target exists, writes what each folder may
# include (its own targets' link closure) and each target's links in the order the top-level
# CMakeLists adds the folders (inner first). The layering.check test (tests/layering) reads that
# map and fails on an #include outside it, on a link to an outer layer, on any header but the
# standard library's in the layers that must stay pure (core, i18n, domain, sla), and when the picture
# in ARCHITECTURE.md does not list these targets in this order.

define_property(TARGET PROPERTY TANGGAP_FOLDER
    BRIEF_DOCS "The folder under src/ whose headers the target exposes"
    FULL_DOCS "Set by tanggap_expose_headers(); read by tanggap_write_layer_map().")

# Exposes the headers of the calling folder through the target's own include directory.
# Targets outside src/ (tests, benchmarks) keep their own include settings.
function(tanggap_expose_headers target)
    cmake_parse_arguments(E "TEST" "" "" ${ARGN})
    file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR}/src ${CMAKE_CURRENT_SOURCE_DIR})
    if(folder MATCHES "^\\.\\.")
        return()
    endif()
    get_target_property(type ${target} TYPE)
    set(scope PUBLIC)
    if(type STREQUAL "INTERFACE_LIBRARY")
        set(scope INTERFACE)
    endif()
    set(root ${CMAKE_BINARY_DIR}/layers/${target})
    # Headers are found, not listed, so that a new header needs no CMake edit; CONFIGURE_DEPENDS
    # makes a new one reconfigure the build.
    file(GLOB headers CONFIGURE_DEPENDS
        ${CMAKE_CURRENT_SOURCE_DIR}/*.hpp ${CMAKE_CURRENT_SOURCE_DIR}/*.ipp)
    file(REMOVE_RECURSE ${root})
    file(MAKE_DIRECTORY ${root}/${folder})
    foreach(header IN LISTS headers)
        get_filename_component(name ${header} NAME)
        file(CREATE_LINK ${header} ${root}/${folder}/${name} SYMBOLIC)
    endforeach()
    target_include_directories(${target} ${scope} ${root})
    if(NOT E_TEST)
        set_property(TARGET ${target} PROPERTY TANGGAP_FOLDER ${folder})
        set_property(GLOBAL APPEND PROPERTY TANGGAP_LAYER_TARGETS ${target})
    endif()
endfunction()

# Our own targets among `property` of `target` (a list of links). Entries that are not targets,
# such as $<LINK_ONLY:...> (a static library's private links, not visible to its consumers),
# and third-party targets are left out.
function(_tanggap_own_links target property out)
    set(own "")
    get_target_property(links ${target} ${property})
    if(links)
        foreach(link IN LISTS links)
            if(TARGET ${link} AND link MATCHES "^tanggap_")
                list(APPEND own ${link})
            endif()
        endforeach()
    endif()
    set(${out} ${own} PARENT_SCOPE)
endfunction()

# The folders whose headers a consumer of `target` sees: its own and, along PUBLIC links,
# theirs.
function(_tanggap_public_folders target out)
    set(folders "")
    get_target_property(folder ${target} TANGGAP_FOLDER)
    if(folder)
        list(APPEND folders ${folder})
    endif()
    _tanggap_own_links(${target} INTERFACE_LINK_LIBRARIES links)
    foreach(link IN LISTS links)
        _tanggap_public_folders(${link} more)
        list(APPEND folders ${more})
    endforeach()
    list(REMOVE_DUPLICATES folders)
    set(${out} ${folders} PARENT_SCOPE)
endfunction()

function(tanggap_write_layer_map file)
    get_property(targets GLOBAL PROPERTY TANGGAP_LAYER_TARGETS)
    set(content "# Written by cmake/TanggapLayers.cmake at configure time; read by tests/layering.\n")
    set(order "")
    foreach(target IN LISTS targets)
        get_target_property(folder ${target} TANGGAP_FOLDER)
        list(APPEND order ${folder})
    endforeach()
    list(REMOVE_DUPLICATES order)
    string(APPEND content "set(LAYER_ORDER ${order})\n")
    string(APPEND content "set(LAYER_TARGETS ${targets})\n")
    foreach(target IN LISTS targets)
        get_target_property(folder ${target} TANGGAP_FOLDER)
        get_target_property(type ${target} TYPE)
        set(property LINK_LIBRARIES)
        if(type STREQUAL "INTERFACE_LIBRARY")
            set(property INTERFACE_LINK_LIBRARIES)
        endif()
        _tanggap_own_links(${target} ${property} links)
        set(sees ${folder})
        set(ours "")
        foreach(link IN LISTS links)
            get_target_property(link_folder ${link} TANGGAP_FOLDER)
            if(link_folder)
                list(APPEND ours "${link}=${link_folder}")
            endif()
            _tanggap_public_folders(${link} more)
            list(APPEND sees ${more})
        endforeach()
        list(REMOVE_DUPLICATES sees)
        string(MAKE_C_IDENTIFIER "${folder}" id)
        string(APPEND content "list(APPEND SEES_${id} ${sees})\n")
        string(APPEND content "list(APPEND TARGETS_${id} ${target})\n")
        string(APPEND content "set(LINKS_${target} ${ours})\n")
    endforeach()
    file(WRITE ${file} "${content}")
endfunction()
