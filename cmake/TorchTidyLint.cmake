# torch_tidy_lint(): lint targets with torch-tidy during their build, through
# CMake's CXX_CLANG_TIDY. Part of the TorchTidy package (TorchTidyConfig.cmake
# sets TorchTidy_PLUGIN and TorchTidy_LLVM_MAJOR before including this).

option(TORCH_TIDY_WARNINGS_AS_ERRORS
  "Make torch-* warnings fail the build of every target linted with torch-tidy" OFF)

# The plugin only loads into the clang-tidy of its own LLVM major: find that
# one, and refuse another (it would load the plugin and report nothing, or
# stop at the plugin's version guard on every file).
function(_torch_tidy_check_clang_tidy path out)
  execute_process(COMMAND "${path}" --version OUTPUT_VARIABLE text
                  ERROR_QUIET RESULT_VARIABLE rc)
  if(rc EQUAL 0 AND text MATCHES "LLVM version ${TorchTidy_LLVM_MAJOR}\\.")
    set(${out} TRUE PARENT_SCOPE)
  else()
    set(${out} FALSE PARENT_SCOPE)
  endif()
endfunction()

if(NOT TorchTidy_CLANG_TIDY)
  find_program(TorchTidy_CLANG_TIDY
    NAMES clang-tidy-${TorchTidy_LLVM_MAJOR} clang-tidy
    HINTS "${TorchTidy_LLVM_TOOLS_DIR}" "/usr/lib/llvm-${TorchTidy_LLVM_MAJOR}/bin"
    DOC "The clang-tidy that loads TorchTidy's plugin (LLVM ${TorchTidy_LLVM_MAJOR})")
endif()
if(NOT TorchTidy_CLANG_TIDY)
  message(FATAL_ERROR "TorchTidy: clang-tidy-${TorchTidy_LLVM_MAJOR} not found; "
          "install it, or set TorchTidy_CLANG_TIDY")
endif()
_torch_tidy_check_clang_tidy("${TorchTidy_CLANG_TIDY}" _torch_tidy_ok)
if(NOT _torch_tidy_ok)
  message(FATAL_ERROR "TorchTidy: ${TorchTidy_CLANG_TIDY} is not clang-tidy "
          "${TorchTidy_LLVM_MAJOR}, the version TorchTidy.so was built for; "
          "set TorchTidy_CLANG_TIDY to clang-tidy-${TorchTidy_LLVM_MAJOR}")
endif()

# The CXX_CLANG_TIDY value for the given options, in `out`.
function(torch_tidy_command out)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "WARNINGS_AS_ERRORS" "CHECKS" "ARGS")
  if(NOT ARG_CHECKS)
    set(ARG_CHECKS "-*,torch-*")
  endif()
  set(cmd "${TorchTidy_CLANG_TIDY}" "--load=${TorchTidy_PLUGIN}"
          "--checks=${ARG_CHECKS}" --quiet)
  if(ARG_WARNINGS_AS_ERRORS OR TORCH_TIDY_WARNINGS_AS_ERRORS)
    list(APPEND cmd "--warnings-as-errors=torch-*")
  endif()
  list(APPEND cmd ${ARG_ARGS})
  set(${out} "${cmd}" PARENT_SCOPE)
endfunction()

# torch_tidy_lint(<target>... [WARNINGS_AS_ERRORS] [CHECKS <globs>]
#                 [ARGS <clang-tidy arguments>...])
# Runs the torch checks (or CHECKS, default '-*,torch-*') on each C++ source
# of the targets as it compiles; WARNINGS_AS_ERRORS (or the cache option
# TORCH_TIDY_WARNINGS_AS_ERRORS) makes a torch-* warning fail the build.
function(torch_tidy_lint)
  set(targets "")
  set(options "")
  set(in_options FALSE)
  foreach(arg IN LISTS ARGN)
    if(arg STREQUAL "WARNINGS_AS_ERRORS" OR arg STREQUAL "CHECKS" OR arg STREQUAL "ARGS")
      set(in_options TRUE)
    endif()
    if(in_options)
      list(APPEND options "${arg}")
    else()
      list(APPEND targets "${arg}")
    endif()
  endforeach()
  if(NOT targets)
    message(FATAL_ERROR "torch_tidy_lint: no target given")
  endif()
  torch_tidy_command(cmd ${options})
  foreach(target IN LISTS targets)
    set_property(TARGET "${target}" PROPERTY CXX_CLANG_TIDY "${cmd}")
  endforeach()
endfunction()

torch_tidy_command(TorchTidy_CXX_CLANG_TIDY)
