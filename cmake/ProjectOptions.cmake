# Project-wide compile policy, linked PRIVATE by every target: C++20, warnings as errors, and Qt's
# strictness defines so that implicit conversions and context-less connects fail to compile.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

find_program(MUSIAIA_CCACHE ccache)
if(MUSIAIA_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${MUSIAIA_CCACHE}")
endif()

option(MUSIAIA_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" ON)

add_library(musiaia_options INTERFACE)
target_compile_features(musiaia_options INTERFACE cxx_std_20)
target_compile_options(musiaia_options INTERFACE
    -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Wcast-qual
    -Wno-missing-field-initializers
    $<$<BOOL:${MUSIAIA_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(musiaia_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

option(MUSIAIA_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(MUSIAIA_SANITIZE)
    target_compile_options(musiaia_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(musiaia_options INTERFACE -fsanitize=address,undefined)
endif()

# The fuzz preset: everything is instrumented for libFuzzer's coverage and checked by ASan + UBSan;
# only the fuzz targets (tests/fuzz) link libFuzzer's main.
if(MUSIAIA_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "MUSIAIA_BUILD_FUZZERS needs clang: use the \"fuzz\" preset.")
    endif()
    target_compile_options(musiaia_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(musiaia_options INTERFACE -fsanitize=address,undefined)
endif()
