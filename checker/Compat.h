//===--- Compat.h - The one place that knows LLVM versions ----------------===//
//
// Part of torch-tidy. Every difference between the LLVM releases we build
// against (19 and 22) is bridged here, so no other file tests
// LLVM_VERSION_MAJOR.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_COMPAT_H
#define TORCH_TIDY_COMPAT_H

#include "llvm/Config/llvm-config.h"

namespace clang::tidy::torch::compat {

/// The LLVM major version this build of torch-tidy is for.
constexpr int BuiltForLLVMMajor = LLVM_VERSION_MAJOR;

} // namespace clang::tidy::torch::compat

#endif // TORCH_TIDY_COMPAT_H
