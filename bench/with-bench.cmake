# Builds bench/ in a tree whose top-level CMakeLists.txt does not (yet) say
# add_subdirectory(bench):
#   cmake -S . -B build-bench -DCMAKE_PROJECT_StatForm_INCLUDE=$PWD/bench/with-bench.cmake
# The bench's CMakeLists.txt is included at the end of the top-level file, when
# the libraries and LO_PROGRAM_DIR exist (CMake allows no add_subdirectory
# there), and skipped when the top level already added bench/ itself.
function(statform_add_bench_once)
  if(NOT TARGET statform_bench)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/CMakeLists.txt")
  endif()
endfunction()
cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL statform_add_bench_once)
