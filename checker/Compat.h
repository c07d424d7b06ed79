//===--- Compat.h - The one place that knows LLVM versions ----------------===//
//
// Part of torch-tidy. Every difference between the LLVM releases we build
// against (19 and 22) is bridged here, so no other file tests
// LLVM_VERSION_MAJOR or works around what one release does differently.
// (torch-clangd's link-time wraps of clangd are in checker/clangd/.)
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_COMPAT_H
#define TORCH_TIDY_COMPAT_H

#include "clang/AST/ExprCXX.h"
#include "llvm/Config/llvm-config.h"

namespace clang::tidy::torch::compat {

/// The LLVM major version this build of torch-tidy is for.
constexpr int BuiltForLLVMMajor = LLVM_VERSION_MAJOR;

/// Where a call starts as written: `criterion(x, y)` starts at `criterion`
/// (clang 22 puts a call operator's begin at its parenthesis, clang 19 at
/// the object).
inline SourceLocation callBegin(const CallExpr *Call) {
  if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(Call);
      OCE && OCE->getOperator() == OO_Call && OCE->getNumArgs() > 0)
    return OCE->getArg(0)->getBeginLoc();
  return Call->getBeginLoc();
}

} // namespace clang::tidy::torch::compat

#endif // TORCH_TIDY_COMPAT_H
