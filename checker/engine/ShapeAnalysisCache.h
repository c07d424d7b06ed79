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

private:
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionShapes>> Results;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_SHAPEANALYSISCACHE_H
