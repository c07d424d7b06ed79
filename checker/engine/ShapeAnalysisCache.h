//===--- ShapeAnalysisCache.h - One analysis per function, on demand ------===//

#ifndef TORCH_TIDY_ENGINE_SHAPEANALYSISCACHE_H
#define TORCH_TIDY_ENGINE_SHAPEANALYSISCACHE_H

#include "CallerIndex.h"
#include "ShapeDataflow.h"

#include "llvm/ADT/DenseMap.h"

#include <memory>

namespace clang::tidy::torch {

/// Analyzes a function the first time a check asks about it, so that a
/// translation unit without loss calls costs nothing beyond the matchers.
class ShapeAnalysisCache {
public:
  const FunctionShapes &get(const FunctionDecl *Fn, ASTContext &Ctx);

  /// \p Fn analyzed as one of its calls in the translation unit runs it.
  struct CallContext {
    CallSite Site;
    std::unique_ptr<FunctionShapes> Shapes;
  };
  /// Calls of a function beyond this many are not followed (a helper used
  /// everywhere is analyzed on its own only).
  static constexpr unsigned MaxCallContexts = 8;
  /// \p Fn analyzed once per call of it in the user's code (template
  /// instantiations included), with the arguments' facts as the caller's
  /// own analysis found them (one level of callers). None when \p Fn has no
  /// parameters or is called more than MaxCallContexts times.
  const std::vector<CallContext> &contextsOf(const FunctionDecl *Fn,
                                             ASTContext &Ctx);

  /// Drops every result (their declarations die with the translation unit).
  void clear() {
    Results.clear();
    Contexts.clear();
    Callers.reset();
  }

  /// The cache the checks running on this thread share, so that a function
  /// is analyzed once however many torch-* checks ask about it. Each check
  /// clears it when a translation unit starts (before any match); clangd
  /// checks each translation unit on one thread.
  static ShapeAnalysisCache &shared();

private:
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionShapes>> Results;
  llvm::DenseMap<const FunctionDecl *, std::vector<CallContext>> Contexts;
  std::unique_ptr<CallerIndex> Callers;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_SHAPEANALYSISCACHE_H
