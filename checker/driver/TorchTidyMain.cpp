//===--- TorchTidyMain.cpp - clang-tidy with the torch module built in ----===//
//
// Part of torch-tidy. The same command line as clang-tidy, for setups that
// cannot load plugins.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/tool/ClangTidyMain.h"

namespace clang::tidy {
extern volatile int TorchModuleAnchorSource;
// Keeps the torch module's registration in the link.
[[maybe_unused]] static int TorchModuleAnchorDestination =
    TorchModuleAnchorSource;
} // namespace clang::tidy

int main(int argc, const char **argv) {
  return clang::tidy::clangTidyMain(argc, argv);
}
