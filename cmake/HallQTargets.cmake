# One helper per target kind; project-wide flags live on one INTERFACE target.

add_library(hallq_common_cfg INTERFACE)
add_library(HallQ::CommonCfg ALIAS hallq_common_cfg)
target_compile_features(hallq_common_cfg INTERFACE cxx_std_20)
target_compile_options(hallq_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
if(HALLQ_WERROR)
    target_compile_options(hallq_common_cfg INTERFACE -Werror)
endif()
target_compile_definitions(hallq_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH)

# hallq_add_library(NAME ALIAS SOURCES ... PUBLIC_LIBS ... PRIVATE_LIBS ...)
# A static library whose public headers are included as "module/Header.h"
# relative to the parent of its folder.
function(hallq_add_library name)
    cmake_parse_arguments(ARG "" "ALIAS" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    list(FILTER ARG_SOURCES INCLUDE REGEX ".*\\.cpp$")
    get_filename_component(parent ${CMAKE_CURRENT_SOURCE_DIR} DIRECTORY)
    if(NOT ARG_SOURCES)
        # A layer whose code has not landed yet: headers only.
        add_library(${name} INTERFACE)
        target_include_directories(${name} INTERFACE ${parent})
        target_link_libraries(${name} INTERFACE ${ARG_PUBLIC_LIBS})
        if(ARG_ALIAS)
            add_library(HallQ::${ARG_ALIAS} ALIAS ${name})
        endif()
        return()
    endif()
    file(GLOB headers CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    add_library(${name} STATIC ${ARG_SOURCES} ${headers})
    if(ARG_ALIAS)
        add_library(HallQ::${ARG_ALIAS} ALIAS ${name})
    endif()
    target_include_directories(${name} PUBLIC ${parent})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE hallq_common_cfg ${ARG_PRIVATE_LIBS})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
endfunction()

# hallq_add_executable(NAME SOURCES ... LIBS ...)
function(hallq_add_executable name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE hallq_common_cfg ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES AUTOMOC ON
        RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
endfunction()

# hallq_add_test(NAME SOURCES ... LIBS ... [MAIN main-library] [LABELS ...] [SERIAL])
# A Catch2 binary whose test cases are registered one by one with ctest.
# Discovery runs the binary at build time: tests/CMakeLists.txt guards the
# total count so a binary that aborts at discovery cannot pass as "0 tests".
function(hallq_add_test name)
    cmake_parse_arguments(ARG "SERIAL" "MAIN" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_MAIN)
        set(ARG_MAIN hallq_test_main)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE hallq_common_cfg ${ARG_MAIN} ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES AUTOMOC ON
        RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
    set(serial FALSE)
    if(ARG_SERIAL)
        set(serial TRUE)
    endif()
    catch_discover_tests(${name}
        TEST_PREFIX "${name}: "
        PROPERTIES LABELS "${ARG_LABELS}" RUN_SERIAL ${serial})
endfunction()

# hallq_add_benchmark(NAME SOURCES ... LIBS ...): built with the tests, run by scripts/bench.
function(hallq_add_benchmark name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE hallq_common_cfg ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES AUTOMOC ON
        RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bench)
endfunction()
