//===--- LossCheck.h - What the torch-loss-* checks share -----------------===//
//
// Part of torch-tidy. Every loss check runs the same flow: match a loss call
// (or a call of a project's wrapper), compute the facts at it, run
// LibTorch's rules, then report the part of the verdict the check owns.
// This base runs the flow and holds the LossWrappers option; each check
// says what it owns and how it words it.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_LOSSCHECK_H
#define TORCH_TIDY_LOSSCHECK_H

#include "losscalls/LossCallAnalysis.h"
#include "losscalls/LossWrappers.h"
#include "engine/ShapeAnalysisCache.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::torch {

/// The flow every torch-loss-* check shares: loss call -> facts -> verdict.
class LossCheckBase : public ClangTidyCheck {
public:
  LossCheckBase(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus17;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) final;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) final;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;

protected:
  /// Reports what this check owns of the verdict at \p Call.
  virtual void diagnose(const LossCall &Call, const LossCallFacts &Facts,
                        ASTContext &Ctx) = 0;

  /// The notes under a warning: what LibTorch does at the call (\p What,
  /// e.g. "throws '...'"), the wrapper the call goes through, and where
  /// \p Fact's shape came from (when not null).
  void emitNotes(const LossCall &Call, llvm::StringRef What,
                 const TensorFact *Fact, const SymbolTable &Symbols);

  /// How the call's loss is named in messages.
  static llvm::StringRef lossName(const LossCall &Call);

private:
  /// `;`-separated wrapper declarations (see LossWrappers).
  const std::string WrapperOption;
  /// The entries of WrapperOption that do not parse, reported once.
  std::vector<std::string> BadWrappers;
  /// Whether this check reports them (see the constructor).
  bool ReportsBadWrappers = false;
  LossWrappers Wrappers;
  /// Loss calls whose verdict was decided (a template's written call and
  /// its instantiations share a location).
  llvm::DenseSet<SourceLocation> Decided;
  /// The caller's call whose arguments the reported facts hold, if any.
  const CallSite *Context = nullptr;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_LOSSCHECK_H
