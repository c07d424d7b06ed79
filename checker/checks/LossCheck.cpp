//===--- LossCheck.cpp - What the torch-loss-* checks share ---------------===//

#include "LossCheck.h"
#include "fixits/ShapeNotes.h"

#include "llvm/ADT/StringSet.h"

namespace clang::tidy::torch {

namespace {
// Read with getLocalOrGlobal: one `LossWrappers` setting serves every check.
constexpr llvm::StringLiteral WrappersOptionName = "LossWrappers";

/// Where a call starts as written: `criterion(x, y)` starts at `criterion`
/// (clang 22 puts a call operator's begin at its parenthesis).
SourceLocation callBegin(const CallExpr *Call) {
  if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(Call);
      OCE && OCE->getOperator() == OO_Call && OCE->getNumArgs() > 0)
    return OCE->getArg(0)->getBeginLoc();
  return Call->getBeginLoc();
}
} // namespace

LossCheckBase::LossCheckBase(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      WrapperOption(Options.getLocalOrGlobal(WrappersOptionName, "")),
      Wrappers(WrapperOption, BadWrappers) {}

void LossCheckBase::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, WrappersOptionName, WrapperOption);
}

void LossCheckBase::registerMatchers(ast_matchers::MatchFinder *Finder) {
  registerLossCallMatchers(Finder, this);
}

void LossCheckBase::onStartOfTranslationUnit() {
  ShapeAnalysisCache::shared().clear();
  Wrappers.clear();
  // Every loss check reads the (usually global) option: say it once.
  static llvm::StringSet<> Reported;
  for (const std::string &Bad : BadWrappers)
    if (Reported.insert(Bad).second)
      configurationDiag("invalid LossWrappers entry '%0': expected "
                        "'function[(parameters)]=loss'")
          << Bad;
  BadWrappers.clear();
}

void LossCheckBase::check(
    const ast_matchers::MatchFinder::MatchResult &Result) {
  std::optional<LossCall> Call = getLossCall(Result, Wrappers);
  if (!Call)
    return;
  std::optional<LossCallFacts> Facts =
      analyzeLossCall(*Call, ShapeAnalysisCache::shared(), *Result.Context);
  if (!Facts)
    return;
  diagnose(*Call, *Facts, *Result.Context);
}

void LossCheckBase::emitNotes(const LossCall &Call, llvm::StringRef What,
                              const TensorFact *Fact,
                              const SymbolTable &Symbols) {
  diag(callBegin(Call.Call), "LibTorch %0 here", DiagnosticIDs::Note) << What;
  if (Call.Wrapper) {
    if (Call.LibTorchCall)
      diag(callBegin(Call.LibTorchCall), "'%0' calls '%1' here",
           DiagnosticIDs::Note)
          << Call.Wrapper->getName() << Call.Entry->DisplayName;
    else
      diag(Call.Wrapper->getLocation(),
           "'%0' forwards to '%1' (LossWrappers option)", DiagnosticIDs::Note)
          << Call.Wrapper->getName() << Call.Entry->DisplayName;
  }
  if (Fact)
    emitOriginNotes(*this, *Fact, Symbols);
}

llvm::StringRef LossCheckBase::lossName(const LossCall &Call) {
  if (Call.Wrapper && Call.Wrapper->getIdentifier())
    return Call.Wrapper->getName();
  return Call.Entry->DisplayName;
}

} // namespace clang::tidy::torch
