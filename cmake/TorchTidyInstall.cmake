# `cmake --install build [--prefix P]`: the plugin, the torch-tidy and
# torch-clangd executables, the SARIF converter, the annotation header, the
# check pages (the converter reads them) and a CMake package, so that a
# project can write
#
#   find_package(TorchTidy REQUIRED)
#   torch_tidy_lint(my_target WARNINGS_AS_ERRORS)
#
# Layout under the prefix:
#   bin/torch-tidy, bin/torch-clangd, bin/torch-tidy-sarif
#   lib/TorchTidy.so                       (lib/<multiarch> for /usr)
#   include/torch_tidy/shape.h
#   share/torch-tidy/docs/checks/*.md
#   lib/cmake/TorchTidy/TorchTidyConfig.cmake (+ Version, Lint)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(TORCH_TIDY_VERSION 0.1.0)
set(TORCH_TIDY_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/TorchTidy")

install(TARGETS TorchTidy LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}")
install(TARGETS torch-tidy RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
if(TARGET torch-clangd)
  install(TARGETS torch-clangd RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
  set(TORCH_TIDY_HAS_CLANGD 1)
else()
  set(TORCH_TIDY_HAS_CLANGD 0)
endif()
install(PROGRAMS "${PROJECT_SOURCE_DIR}/tools/torch-tidy-sarif"
        DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/checks/"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/torch-tidy/docs/checks"
        FILES_MATCHING PATTERN "*.md")
# The annotation header (include/torch_tidy/shape.h), when the tree has it.
if(EXISTS "${PROJECT_SOURCE_DIR}/include/torch_tidy")
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/torch_tidy"
          DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
  set(TORCH_TIDY_HAS_HEADER 1)
else()
  set(TORCH_TIDY_HAS_HEADER 0)
endif()

set(TORCH_TIDY_INSTALL_PLUGIN "${CMAKE_INSTALL_LIBDIR}/TorchTidy${CMAKE_SHARED_MODULE_SUFFIX}")
set(TORCH_TIDY_INSTALL_BINDIR "${CMAKE_INSTALL_BINDIR}")
set(TORCH_TIDY_INSTALL_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/TorchTidyConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/cmake/TorchTidyConfig.cmake"
  INSTALL_DESTINATION "${TORCH_TIDY_CMAKE_DIR}"
  PATH_VARS TORCH_TIDY_INSTALL_PLUGIN TORCH_TIDY_INSTALL_BINDIR
            TORCH_TIDY_INSTALL_INCLUDEDIR)
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/cmake/TorchTidyConfigVersion.cmake"
  VERSION ${TORCH_TIDY_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/cmake/TorchTidyConfig.cmake"
  "${PROJECT_BINARY_DIR}/cmake/TorchTidyConfigVersion.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/TorchTidyLint.cmake"
  DESTINATION "${TORCH_TIDY_CMAKE_DIR}")
