//===--- ClangdDefaults.h - The torch checks on by default in clangd ------===//
//
// Part of torch-tidy. See ClangdDefaults.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_CLANGD_CLANGDDEFAULTS_H
#define TORCH_TIDY_CLANGD_CLANGDDEFAULTS_H

namespace clang::tidy::torch::clangd_defaults {

/// Where torch-clangd's `FastCheckFilter: Loose` default stands.
enum class FilterDefault {
  /// clangd reads no config files (--enable-config=false).
  NotAsked,
  /// Under the project's .clangd and the user's config.yaml.
  Installed,
  /// clangd reads config files, but the default could not be made.
  Failed,
};

FilterDefault filterDefault();

} // namespace clang::tidy::torch::clangd_defaults

#endif // TORCH_TIDY_CLANGD_CLANGDDEFAULTS_H
