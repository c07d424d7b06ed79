//===--- AnnotationFlowSites.cpp - Where tensors flow into annotations ----===//

#include "AnnotationFlowSites.h"
#include "AnnotatedFacts.h"
#include "AstUtils.h"
#include "TorchTypes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::torch {

namespace {

/// Collects the flow sites of one function body (not of the lambdas and
/// local classes inside it, which are functions of their own).
class SiteCollector : public RecursiveASTVisitor<SiteCollector> {
public:
  using Site = AnnotationFlowSite;

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

} // namespace

std::vector<AnnotationFlowSite> collectFlowSites(const FunctionDecl *Fn,
                                                 AnnotationFinder &Finder) {
  SiteCollector Collector(Fn, Finder);
  Collector.TraverseStmt(Fn->getBody());
  return std::move(Collector.Sites);
}

} // namespace clang::tidy::torch
