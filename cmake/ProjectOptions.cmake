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
# Includes are rooted at the repository root: #include "core/csv/CsvReader.h"
target_include_directories(patronage_options INTERFACE ${PROJECT_SOURCE_DIR})
