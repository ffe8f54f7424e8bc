# Project-wide compile settings, carried by one INTERFACE target that every
# Patronage target links.
add_library(patronage_options INTERFACE)
target_compile_features(patronage_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(patronage_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2)
target_compile_definitions(patronage_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PATRONAGE_VERSION="${PROJECT_VERSION}")
# Sanitizers for the whole build: cmake -B build-asan -DPATRONAGE_SANITIZE=ON
option(PATRONAGE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(PATRONAGE_FUZZ "Build the libFuzzer targets (clang only)" OFF)
if(PATRONAGE_SANITIZE)
    target_compile_options(patronage_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(patronage_options INTERFACE -fsanitize=address,undefined)
endif()
if(PATRONAGE_FUZZ)
    # Coverage for libFuzzer in every object the targets link.
    target_compile_options(patronage_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# Includes are rooted at the repository root: #include "core/csv/CsvReader.h"
target_include_directories(patronage_options INTERFACE ${PROJECT_SOURCE_DIR})
