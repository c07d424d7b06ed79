//===--- LossTargetRankCheck.h - torch-loss-target-rank -------------------===//

#ifndef TORCH_TIDY_LOSSTARGETRANKCHECK_H
#define TORCH_TIDY_LOSSTARGETRANKCHECK_H

#include "engine/ShapeAnalysisCache.h"

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::torch {

/// Finds class-index losses (CrossEntropyLoss, NLLLoss) whose target has
/// more dims than LibTorch accepts: "0D or 1D target tensor expected,
/// multi-target not supported" and its spatial twin.
///
/// For the user-facing documentation see:
/// docs/checks/torch-loss-target-rank.md
class LossTargetRankCheck : public ClangTidyCheck {
public:
  LossTargetRankCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context) {}
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus17;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override { Cache.clear(); }

private:
  ShapeAnalysisCache Cache;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_LOSSTARGETRANKCHECK_H
