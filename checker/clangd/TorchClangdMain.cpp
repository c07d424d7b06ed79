//===--- TorchClangdMain.cpp - clangd with the torch module built in ------===//
//
// Part of torch-tidy. clangd cannot load clang-tidy plugins: it runs the
// checks linked into it. This is clangd's own main with the torch module
// linked in, so editors show torch-* warnings and offer their fix-its, with
// no configuration: the torch checks are on by default (ClangdDefaults.cpp),
// and a setting that turns them off is shown in the editor once
// (DroppedChecks.cpp, through NoticeRelay.h).
//
//===----------------------------------------------------------------------===//

#include "NoticeRelay.h"

namespace clang::clangd {
// Declared in clangd's tool/ClangdMain.h, which LLVM's packages do not
// install; the definition comes from the clangdMain library.
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

namespace clang::tidy {
extern volatile int TorchModuleAnchorSource;
// Keeps the torch module's registration in the link.
[[maybe_unused]] static int TorchModuleAnchorDestination =
    TorchModuleAnchorSource;
} // namespace clang::tidy

int main(int argc, char *argv[]) {
  namespace relay = clang::tidy::torch::clangd_relay;
  relay::start();
  int Status = clang::clangd::clangdMain(argc, argv);
  relay::finish();
  return Status;
}
