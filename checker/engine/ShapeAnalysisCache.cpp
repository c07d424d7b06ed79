//===--- ShapeAnalysisCache.cpp - One analysis per function, on demand ----===//

#include "ShapeAnalysisCache.h"

namespace clang::tidy::torch {

const FunctionShapes &ShapeAnalysisCache::get(const FunctionDecl *Fn,
                                              ASTContext &Ctx) {
  std::unique_ptr<FunctionShapes> &Slot = Results[Fn];
  if (!Slot)
    Slot = analyzeFunction(Fn, Ctx);
  return *Slot;
}

ShapeAnalysisCache &ShapeAnalysisCache::shared() {
  thread_local ShapeAnalysisCache Cache;
  return Cache;
}

} // namespace clang::tidy::torch
