//===--- LossCheck.cpp - What the torch-loss-* checks share ---------------===//

#include "LossCheck.h"
#include "Compat.h"
#include "fixits/ShapeNotes.h"

namespace clang::tidy::torch {

namespace {
// Read with getLocalOrGlobal: one `LossWrappers` setting serves every check.
constexpr llvm::StringLiteral WrappersOptionName = "LossWrappers";

/// The torch-loss-* checks, all reading LossWrappers (TorchTidyModule.cpp
/// registers them).
constexpr llvm::StringLiteral LossCheckNames[] = {
    "torch-loss-broadcast", "torch-loss-target-dtype", "torch-loss-target-rank",
    "torch-loss-target-shape"};
} // namespace

LossCheckBase::LossCheckBase(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      WrapperOption(Options.getLocalOrGlobal(WrappersOptionName, "")),
      Wrappers(WrapperOption, BadWrappers) {
  // A global setting is read by every loss check, and said wrong once: by
  // the first one enabled. A check's own setting is its own to report.
  ReportsBadWrappers = Options.get(WrappersOptionName).has_value();
  for (llvm::StringRef Check : LossCheckNames)
    if (Context->isCheckEnabled(Check)) {
      ReportsBadWrappers |= Check == Name;
      break;
    }
}

void LossCheckBase::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, WrappersOptionName, WrapperOption);
}

void LossCheckBase::registerMatchers(ast_matchers::MatchFinder *Finder) {
  registerLossCallMatchers(Finder, this);
}

void LossCheckBase::onStartOfTranslationUnit() {
  ShapeAnalysisCache::shared().clear();
  Wrappers.clear();
  if (ReportsBadWrappers)
    for (const std::string &Bad : BadWrappers)
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
  diag(compat::callBegin(Call.Call), "LibTorch %0 here", DiagnosticIDs::Note) << What;
  if (Call.Wrapper) {
    if (Call.LibTorchCall)
      diag(compat::callBegin(Call.LibTorchCall), "'%0' calls '%1' here",
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
