//===--- DebugShapeCheck.h - torchtidy-debug-shape (for tests) ------------===//

#ifndef TORCH_TIDY_DEBUGSHAPECHECK_H
#define TORCH_TIDY_DEBUGSHAPECHECK_H

#include "engine/ShapeAnalysisCache.h"

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::torch {

/// Reports what the shape engine knows of the tensor passed to any function
/// named `torch_tidy_show`: a test-only window into the engine, used by the
/// shape oracle. Not part of the torch-* checks.
class DebugShapeCheck : public ClangTidyCheck {
public:
  DebugShapeCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context) {}
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus17;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override {
    ShapeAnalysisCache::shared().clear();
  }
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_DEBUGSHAPECHECK_H
