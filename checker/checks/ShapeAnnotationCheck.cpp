//===--- ShapeAnnotationCheck.cpp - torch-shape-annotation ----------------===//

#include "ShapeAnnotationCheck.h"
#include "fixits/ShapeNotes.h"
#include "engine/StmtDominance.h"

#include "core/AnnotationMatch.h"
#include "engine/AnnotatedFacts.h"
#include "engine/AstUtils.h"
#include "engine/TorchTypes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
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

struct ShapeAnnotationCheck::FlowSite {
  enum Kind : unsigned char { Variable, Field, Result, Argument };
  FlowSite(Kind K, const Expr *Value, const NamedDecl *Target,
           const FunctionDecl *Callee, const DeclAnnotation *Annotation,
           const void *Scope = nullptr)
      : K(K), Value(Value), Target(Target), Callee(Callee),
        Annotation(Annotation), Scope(Scope) {}

  Kind K;
  /// The expression whose tensor flows in.
  const Expr *Value;
  /// The annotated variable, field or parameter, or the function (Result).
  const NamedDecl *Target;
  /// Argument: the function called.
  const FunctionDecl *Callee = nullptr;
  const DeclAnnotation *Annotation;
  /// Where its names bind: null for the function checked, an object for a
  /// field, the call for an argument.
  const void *Scope = nullptr;

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

/// Collects the flow sites of one function body (not of the lambdas and
/// local classes inside it, which are functions of their own).
class SiteCollector : public RecursiveASTVisitor<SiteCollector> {
public:
  using Site = ShapeAnnotationCheck::FlowSite;

  SiteCollector(const FunctionDecl *Fn, AnnotationFinder &Finder)
      : Fn(Fn), Finder(Finder) {
    ResultAnnotation = annotationOk(Finder.findResult(Fn));
  }

  std::vector<Site> Sites;

  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }

  // `auto labels = ...; // shape: [B]`
  bool VisitVarDecl(VarDecl *VD) {
    if (!VD->isLocalVarDecl() || !VD->getInit())
      return true;
    if (const DeclAnnotation *A = annotationOk(Finder.find(VD)))
      Sites.emplace_back(Site::Variable, VD->getInit(), VD, nullptr, A);
    return true;
  }

  // `labels = ...;`, `this->labels_ = ...;`, `batch.target = ...;`
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OCE) {
    if (OCE->getOperator() != OO_Equal || OCE->getNumArgs() != 2)
      return true;
    const Expr *LHS = OCE->getArg(0)->IgnoreParenImpCasts();
    const Expr *RHS = OCE->getArg(1);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(LHS)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (!VD || isa<ParmVarDecl>(VD))
        return true;
      if (const DeclAnnotation *A = annotationOk(Finder.find(VD)))
        Sites.emplace_back(Site::Variable, RHS, VD, nullptr, A,
                           VD->hasGlobalStorage() ? VD : nullptr);
    } else if (const auto *ME = dyn_cast<MemberExpr>(LHS)) {
      const ValueDecl *D = ME->getMemberDecl();
      if (const DeclAnnotation *A = annotationOk(Finder.find(D))) {
        if (isa<FieldDecl>(D))
          Sites.emplace_back(Site::Field, RHS, D, nullptr, A,
                             objectScopeOf(ME->getBase(), OCE));
        else
          Sites.emplace_back(Site::Variable, RHS, D, nullptr, A, D);
      }
    }
    return true;
  }

  // `return logits;` in a function whose result is annotated.
  bool VisitReturnStmt(ReturnStmt *RS) {
    if (ResultAnnotation && RS->getRetValue())
      Sites.push_back(
          {Site::Result, RS->getRetValue(), Fn, nullptr, ResultAnnotation});
    return true;
  }

  // `step(logits, labels)` where step's parameters are annotated.
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD || isInTorchLibrary(FD))
      return true;
    unsigned Offset = objectArgumentCount(Call);
    for (unsigned I = Offset; I < Call->getNumArgs(); ++I) {
      unsigned P = I - Offset;
      if (P >= FD->getNumParams() || isa<CXXDefaultArgExpr>(Call->getArg(I)))
        continue;
      if (const DeclAnnotation *A = annotationOk(Finder.findParameter(FD, P)))
        Sites.emplace_back(Site::Argument, Call->getArg(I), FD->getParamDecl(P),
                           FD, A, Call);
    }
    return true;
  }

private:
  static const DeclAnnotation *annotationOk(const DeclAnnotation *A) {
    return A && A->ok() ? A : nullptr;
  }
  const FunctionDecl *Fn;
  AnnotationFinder &Finder;
  const DeclAnnotation *ResultAnnotation = nullptr;
};

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
  // The matchers are bare: check() leaves out LibTorch's own declarations
  // before it asks anything costly (a location in a system header, a body,
  // a template instantiation), since each question may read part of a
  // precompiled <torch/torch.h>, and isInstantiated() would build the
  // parent map of the whole translation unit.
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
  SiteCollector Collector(Fn, finder(Ctx));
  Collector.TraverseStmt(Fn->getBody());
  std::vector<FlowSite> &Sites = Collector.Sites;
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
