//===--- ShapeAnnotationCheck.cpp - torch-shape-annotation ----------------===//

#include "ShapeAnnotationCheck.h"
#include "fixits/ShapeNotes.h"
#include "engine/StmtDominance.h"

#include "core/AnnotationMatch.h"
#include "engine/AnnotatedFacts.h"
#include "engine/AnnotationFlowSites.h"
#include "engine/AstUtils.h"
#include "engine/TorchTypes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"

#include <optional>
#include <string>
#include <vector>

using namespace clang::ast_matchers;
using torchtidy::NameUse;
using torchtidy::SpecMatch;

namespace clang::tidy::torch {

namespace {

constexpr llvm::StringLiteral DeclId = "annotated-decl";
constexpr llvm::StringLiteral FunctionId = "function";
constexpr llvm::StringLiteral LambdaId = "lambda";

/// Written code of the user: not implicit, not LibTorch's, not inside a
/// template instantiation, not in a system header. Asked inside the
/// matchers, so that the hundreds of thousands of declarations of a
/// LibTorch translation unit never reach check() (that alone cost ~1.5 s).
AST_MATCHER(Decl, isWrittenUserCode) {
  return !Node.isImplicit() && !isInTorchLibrary(&Node) &&
         !isInTemplateInstantiation(&Node) &&
         !Finder->getASTContext().getSourceManager().isInSystemHeader(
             Node.getLocation());
}

/// `'name'` (`'operator()'` for an operator), or a placeholder for an
/// unnamed parameter.
std::string quoted(const NamedDecl *D) {
  if (D && !D->getDeclName().isEmpty())
    return "'" + D->getNameAsString() + "'";
  return "an unnamed declaration";
}

} // namespace

struct ShapeAnnotationCheck::FlowSite : AnnotationFlowSite {
  FlowSite(const AnnotationFlowSite &S) : AnnotationFlowSite(S) {}

  // Filled in from the analysis.
  bool HasFact = false;
  TensorFact Fact;
  SpecMatch Match;
  /// Whether its own annotation gives one name two sizes (`[N, N]` met by
  /// `[8, 5]`): it then binds nothing for the other sites.
  bool SelfConflicting = false;

  /// `'labels'`, `field 'target'`, `the result of 'f'`, `parameter 'y' of
  /// 'f'`: what the annotation is of.
  std::string describe() const {
    switch (K) {
    case Variable:
      return quoted(Target);
    case Field:
      return "field " + quoted(Target);
    case Result:
      return "the result of " + quoted(Target);
    case Argument:
      return "parameter " + quoted(Target) + " of " + quoted(Callee);
    }
    return "";
  }
};

namespace {

/// A size, or the dims a variadic name covers, as in a shape.
std::string sizeOf(const NameUse &U, const SymbolTable &Symbols) {
  if (U.Variadic)
    return Shape::of(U.Sizes).str(&Symbols);
  return U.Sizes.front().str(&Symbols);
}

std::string nameOf(const NameUse &U) {
  return (U.Variadic ? "*" : "") + U.Name;
}

} // namespace

void ShapeAnnotationCheck::onStartOfTranslationUnit() {
  ShapeAnalysisCache::shared().clear();
  Annotations.reset();
  CheckedFunctions.clear();
  ReportedMalformed.clear();
}

AnnotationFinder &ShapeAnnotationCheck::finder(ASTContext &Ctx) {
  if (!Annotations)
    Annotations = std::make_unique<AnnotationFinder>(Ctx);
  return *Annotations;
}

void ShapeAnnotationCheck::registerMatchers(MatchFinder *Finder) {
  // Declarations that may carry an annotation (their grammar is checked),
  // and function bodies, where tensors flow into annotated declarations.
  // isWrittenUserCode leaves out LibTorch's own declarations inside the
  // matcher, before anything costly is asked (a location in a system
  // header, a body), since each question may read part of a precompiled
  // <torch/torch.h>; and it walks declaration contexts where the stock
  // isInstantiated() would build the parent map of the whole translation
  // unit.
  Finder->addMatcher(
      decl(anyOf(varDecl(), fieldDecl(), functionDecl()), isWrittenUserCode())
          .bind(DeclId),
      this);
  Finder->addMatcher(
      functionDecl(isDefinition(), isWrittenUserCode()).bind(FunctionId), this);
  // A lambda's body is a function of its own.
  Finder->addMatcher(lambdaExpr().bind(LambdaId), this);
}

void ShapeAnnotationCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  if (const auto *D = Result.Nodes.getNodeAs<Decl>(DeclId))
    checkMalformed(D, Ctx);
  if (const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>(FunctionId))
    checkFunction(Fn, Ctx);
  if (const auto *LE = Result.Nodes.getNodeAs<LambdaExpr>(LambdaId))
    checkFunction(LE->getCallOperator(), Ctx);
}

void ShapeAnnotationCheck::checkMalformed(const Decl *D, ASTContext &Ctx) {
  // Written code only: once in a template, never in a system header (asked
  // before the type, which may have to be read from a precompiled header).
  if (D->isImplicit() || isInTorchLibrary(D) ||
      Ctx.getSourceManager().isInSystemHeader(D->getLocation()) ||
      !isAnnotatable(D) || isInTemplateInstantiation(D))
    return;
  const DeclAnnotation *A = finder(Ctx).find(D);
  if (!A || A->ok() ||
      !ReportedMalformed.insert(A->Begin.getRawEncoding()).second)
    return;
  const torchtidy::SpecError &E = *A->Parse.Error;
  diag(A->locationOf(E.Offset, Ctx), "malformed shape annotation '%0': %1")
      << torchtidy::quoteForDiagnostic(A->Text) << E.Message;
}

void ShapeAnnotationCheck::checkFunction(const FunctionDecl *Fn,
                                         ASTContext &Ctx) {
  if (!Fn || isInTorchLibrary(Fn) || !Fn->doesThisDeclarationHaveABody() ||
      Fn->isDependentContext() || isInTemplateInstantiation(Fn) ||
      Ctx.getSourceManager().isInSystemHeader(Fn->getLocation()) ||
      !CheckedFunctions.insert(Fn).second)
    return;
  std::vector<FlowSite> Sites;
  for (const AnnotationFlowSite &S : collectFlowSites(Fn, finder(Ctx)))
    Sites.emplace_back(S);
  if (Sites.empty())
    return;
  const FunctionShapes &Shapes = ShapeAnalysisCache::shared().get(Fn, Ctx);
  if (!Shapes.complete())
    return;
  const SymbolTable &Symbols = Shapes.symbols();
  for (FlowSite &S : Sites) {
    std::optional<TensorFact> F = Shapes.tensorFact(S.Value);
    if (!F)
      continue;
    S.HasFact = true;
    S.Fact = std::move(*F);
    S.Match =
        torchtidy::matchSpec(S.Annotation->spec(), S.Fact.Sizes, S.Fact.Type);
    if (S.Match.Mismatch)
      reportMismatch(S, Symbols);
  }
  reportConflicts(Sites, Fn, Symbols, Ctx);
}

void ShapeAnnotationCheck::reportMismatch(const FlowSite &S,
                                          const SymbolTable &Symbols) {
  const torchtidy::SpecMismatch &M = *S.Match.Mismatch;
  std::string What =
      M.K == torchtidy::SpecMismatch::DType
          ? "dtype " + std::string(torchtidy::dtypeName(S.Fact.Type))
          : "shape " + S.Fact.Sizes.str(&Symbols);
  unsigned Kind = S.K == FlowSite::Argument ? 1
                  : S.K == FlowSite::Result ? 2
                                            : 0;
  diag(S.Value->getBeginLoc(),
       "%select{tensor|argument|returned tensor}0 of "
       "%1 does not match the annotation '%2' of %3: %4")
      << Kind << What << S.Annotation->spec().str() << S.describe() << M.Reason
      << S.Value->getSourceRange();
  diag(S.Annotation->Begin, "%0 is annotated here", DiagnosticIDs::Note)
      << S.describe();
  emitOriginNotes(*this, S.Fact, Symbols);
}

void ShapeAnnotationCheck::reportConflicts(std::vector<FlowSite> &Sites,
                                           const FunctionDecl *Fn,
                                           const SymbolTable &Symbols,
                                           ASTContext &Ctx) {
  std::optional<StmtDominance> Order;
  for (std::size_t J = 0; J < Sites.size(); ++J) {
    FlowSite &Later = Sites[J];
    if (!Later.HasFact || Later.Match.Mismatch || Later.Match.Uses.empty())
      continue;
    // `[B, B]` met by `[8, 5]`.
    if (std::optional<torchtidy::NameConflict> C =
            torchtidy::findNameConflict(Later.Match.Uses)) {
      diag(Later.Value->getBeginLoc(),
           "'%0' is %1 at dim %2 but %3 at dim %4 of the shape %5 of %6")
          << nameOf(*C->Later) << sizeOf(*C->Later, Symbols)
          << static_cast<unsigned>(C->Later->TensorDim)
          << sizeOf(*C->Earlier, Symbols)
          << static_cast<unsigned>(C->Earlier->TensorDim)
          << Later.Fact.Sizes.str(&Symbols) << Later.describe()
          << Later.Value->getSourceRange();
      diag(Later.Annotation->Begin, "%0 is annotated here", DiagnosticIDs::Note)
          << Later.describe();
      Later.SelfConflicting = true;
      continue;
    }
    // An earlier site in the same scope: an earlier argument of the same
    // call, or a site that runs before this one on every path.
    for (std::size_t I = 0; I < Sites.size(); ++I) {
      const FlowSite &Earlier = Sites[I];
      if (I == J || Earlier.Scope != Later.Scope || !Earlier.HasFact ||
          Earlier.Match.Mismatch || Earlier.SelfConflicting ||
          Earlier.Match.Uses.empty())
        continue;
      bool Before;
      if (Later.K == FlowSite::Argument) {
        Before = I < J;
      } else {
        if (!Order)
          Order.emplace(Fn, Ctx);
        Before = Order->dominates(Earlier.Value, Later.Value);
      }
      if (!Before)
        continue;
      std::optional<torchtidy::NameConflict> C =
          torchtidy::findNameConflict(Earlier.Match.Uses, Later.Match.Uses);
      if (!C)
        continue;
      diag(Later.Value->getBeginLoc(),
           "'%0' is %1 in the shape %2 of %3, but %4 in the shape %5 of %6")
          << nameOf(*C->Later) << sizeOf(*C->Later, Symbols)
          << Later.Fact.Sizes.str(&Symbols) << Later.describe()
          << sizeOf(*C->Earlier, Symbols) << Earlier.Fact.Sizes.str(&Symbols)
          << Earlier.describe() << Later.Value->getSourceRange();
      diag(Earlier.Value->getBeginLoc(), "'%0' is %1 here", DiagnosticIDs::Note)
          << nameOf(*C->Earlier) << sizeOf(*C->Earlier, Symbols)
          << Earlier.Value->getSourceRange();
      break;
    }
  }
}

} // namespace clang::tidy::torch
