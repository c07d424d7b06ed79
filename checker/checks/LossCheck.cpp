//===--- LossCheck.cpp - What the torch-loss-* checks share ---------------===//

#include "LossCheck.h"
#include "Compat.h"
#include "engine/AstUtils.h"
#include "fixits/ShapeNotes.h"

#include "clang/AST/DeclTemplate.h"

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
  Decided.clear();
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
  ShapeAnalysisCache &Cache = ShapeAnalysisCache::shared();
  ASTContext &Ctx = *Result.Context;
  // A template's call is found in its written code and in each
  // instantiation: it is reported once.
  SourceLocation Where = Call->Call->getExprLoc();
  if (Decided.count(Where))
    return;
  auto Definite = [](const LossCallFacts &F) {
    return F.Verdict.Result == torchtidy::Outcome::Throws ||
           F.Verdict.Enlarges == Tri::True;
  };
  std::optional<LossCallFacts> Facts = analyzeLossCall(*Call, Cache, Ctx);
  if (Facts && Facts->Verdict.Result != torchtidy::Outcome::Unknown) {
    Decided.insert(Where);
    // An instantiation's facts hold for it alone; the written code it
    // shares with the others is not repaired.
    Facts->MayRepair = !isInTemplateInstantiation(Call->Function);
    diagnose(*Call, *Facts, Ctx);
    return;
  }
  // What the function's own code leaves unknown may be known where it is
  // called: a helper given the batch, a training loop templated on its
  // loader. The first call whose arguments make the loss fail is reported,
  // with a note at that call.
  const std::vector<ShapeAnalysisCache::CallContext> &Contexts =
      Cache.contextsOf(Call->Function, Ctx);
  // The repair is certain only for the one call there can be: a function
  // no other translation unit calls (an instantiation, or internal
  // linkage), called once here.
  const FunctionDecl *Fn = Call->Function;
  bool OnlyCall = false;
  if (Contexts.size() == 1) {
    if (const FunctionTemplateDecl *T = Fn->getPrimaryTemplate())
      OnlyCall = llvm::size(T->specializations()) == 1;
    else if (!isInTemplateInstantiation(Fn))
      OnlyCall = !Fn->isExternallyVisible();
  }
  for (const ShapeAnalysisCache::CallContext &C : Contexts) {
    // A call of a loss wrapper is checked as a loss call where it is.
    if (Wrappers.callThrough(C.Site.Call, Fn))
      continue;
    std::optional<LossCallFacts> InContext =
        analyzeLossCallWith(*Call, *C.Shapes, Cache, Ctx);
    if (!InContext || !Definite(*InContext))
      continue;
    InContext->MayRepair = OnlyCall;
    Decided.insert(Where);
    Context = &C.Site;
    diagnose(*Call, *InContext, Ctx);
    Context = nullptr;
    return;
  }
}

void LossCheckBase::emitNotes(const LossCall &Call, llvm::StringRef What,
                              const TensorFact *Fact,
                              const SymbolTable &Symbols) {
  diag(compat::callBegin(Call.Call), "LibTorch %0 here", DiagnosticIDs::Note) << What;
  if (Context && Context->Caller->getIdentifier() &&
      Call.Function->getIdentifier())
    diag(compat::callBegin(Context->Call), "when '%0' calls '%1' here",
         DiagnosticIDs::Note)
        << Context->Caller->getName() << Call.Function->getName();
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
