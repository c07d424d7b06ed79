//===--- ShapeAnalysisCache.h - One analysis per function, on demand ------===//

#ifndef TORCH_TIDY_ENGINE_SHAPEANALYSISCACHE_H
#define TORCH_TIDY_ENGINE_SHAPEANALYSISCACHE_H

#include "ShapeDataflow.h"

#include "llvm/ADT/DenseMap.h"

#include <memory>

namespace clang::tidy::torch {

/// Analyzes a function the first time a check asks about it, so that a
/// translation unit without loss calls costs nothing beyond the matchers.
class ShapeAnalysisCache {
public:
  const FunctionShapes &get(const FunctionDecl *Fn, ASTContext &Ctx);
  /// Drops every result (their declarations die with the translation unit).
  void clear() { Results.clear(); }

  /// The cache the checks running on this thread share, so that a function
  /// is analyzed once however many torch-* checks ask about it. Each check
  /// clears it when a translation unit starts (before any match); clangd
  /// checks each translation unit on one thread.
  static ShapeAnalysisCache &shared();

private:
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionShapes>> Results;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_SHAPEANALYSISCACHE_H
