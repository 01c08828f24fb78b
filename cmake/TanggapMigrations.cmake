# tanggap_embed_migrations(<out_var> <namespace> <file.sql>...): a rule that compiles a back end's
# numbered migrations into a .cpp (src/store/sql/embed_migrations.cmake), so the binary does not
# need the source tree at run time; <out_var> receives the .cpp to add to the back end's library.
# List the files in order; no globbing.
function(tanggap_embed_migrations out_var namespace)
    set(output ${CMAKE_CURRENT_BINARY_DIR}/embedded_migrations.cpp)
    set(script ${PROJECT_SOURCE_DIR}/src/store/sql/embed_migrations.cmake)
    set(files "")
    foreach(file IN LISTS ARGN)
        get_filename_component(file "${file}" ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
        list(APPEND files ${file})
    endforeach()
    string(REPLACE ";" "|" inputs "${files}")
    add_custom_command(
        OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DNAMESPACE=${namespace}
                -DINPUTS=${inputs} -P ${script}
        DEPENDS ${files} ${script}
        COMMENT "Embedding ${namespace} migrations"
        VERBATIM)
    set(${out_var} ${output} PARENT_SCOPE)
endfunction()
