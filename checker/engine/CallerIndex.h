//===--- CallerIndex.h - Where the TU's own functions are called ----------===//
//
// Part of torch-tidy. The call sites of each function of the translation
// unit, in the user's code (not LibTorch's, not system headers), template
// instantiations included: what a helper's parameters or a templated
// training loop's loader hold comes from there (ShapeAnalysisCache's caller
// contexts). Built once per translation unit, on first use.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_CALLERINDEX_H
#define TORCH_TIDY_ENGINE_CALLERINDEX_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"

#include <vector>

namespace clang::tidy::torch {

/// One call of a function: the call and the function it is written in.
struct CallSite {
  const CallExpr *Call;
  const FunctionDecl *Caller;
};

class CallerIndex {
public:
  /// Indexes every call in the user's code of \p Ctx's translation unit.
  explicit CallerIndex(ASTContext &Ctx);

  /// The calls of \p Callee (any of its declarations).
  llvm::ArrayRef<CallSite> callsOf(const FunctionDecl *Callee) const;

private:
  llvm::DenseMap<const FunctionDecl *, std::vector<CallSite>> Sites;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_CALLERINDEX_H
