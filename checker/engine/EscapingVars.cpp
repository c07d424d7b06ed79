//===--- EscapingVars.cpp - Variables the dataflow cannot follow ----------===//

#include "EscapingVars.h"
#include "TorchTypes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::torch {

namespace {

/// The variable an lvalue expression names, through casts and through
/// methods that return a reference to their object (x.unsqueeze_(0)).
const ValueDecl *rootVar(const Expr *E) {
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = MT->getSubExpr();
      continue;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl();
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E)) {
      if (!MCE->getType()->isReferenceType() && !MCE->isLValue())
        return nullptr;
      E = MCE->getImplicitObjectArgument();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

class EscapeFinder : public RecursiveASTVisitor<EscapeFinder> {
public:
  llvm::DenseSet<const ValueDecl *> Escaping;

  bool VisitUnaryOperator(UnaryOperator *UO) {
    // &x: a pointer may change x anywhere later.
    if (UO->getOpcode() == UO_AddrOf)
      if (const ValueDecl *D = rootVar(UO->getSubExpr()))
        Escaping.insert(D);
    return true;
  }

  bool VisitLambdaExpr(LambdaExpr *LE) {
    // [&x] / [&]: the lambda may change x whenever it is called. So may
    // [x] for a tensor x: the copy is a handle to the same tensor, and
    // LibTorch's in-place ops are const methods.
    for (const LambdaCapture &C : LE->captures())
      if (C.capturesVariable() &&
          (C.getCaptureKind() == LCK_ByRef ||
           isTensorType(C.getCapturedVar()->getType())))
        Escaping.insert(C.getCapturedVar());
    return true;
  }

  bool VisitVarDecl(VarDecl *VD) {
    // T& r = x: changes through r are changes of x.
    if (VD->getType()->isReferenceType() && VD->getInit() && !VD->isImplicit())
      if (const ValueDecl *D = rootVar(VD->getInit()))
        Escaping.insert(D);
    // [t = x] for a tensor x: a handle to x's tensor in the lambda, as above.
    if (VD->isInitCapture() && isTensorType(VD->getType()) && VD->getInit()) {
      const Expr *Init = VD->getInit()->IgnoreImplicit();
      if (const auto *CE = dyn_cast<CXXConstructExpr>(Init);
          CE && CE->getNumArgs() == 1)
        Init = CE->getArg(0);
      if (const ValueDecl *D = rootVar(Init))
        Escaping.insert(D);
    }
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    // f(x, t) in a template, with t dependent: which f is called, and
    // whether it takes x by non-const reference, is known only per
    // instantiation. The same holds for the object of x.f(t), even when
    // clang already names the one candidate.
    if (!CE->isTypeDependent())
      return true;
    for (const Expr *A : CE->arguments())
      if (const ValueDecl *D = rootVar(A))
        Escaping.insert(D);
    const Expr *Callee = CE->getCallee()->IgnoreParenImpCasts();
    const Expr *Base = nullptr;
    if (const auto *ME = dyn_cast<MemberExpr>(Callee))
      Base = ME->getBase();
    else if (const auto *DME = dyn_cast<CXXDependentScopeMemberExpr>(Callee))
      Base = DME->isImplicitAccess() ? nullptr : DME->getBase();
    else if (const auto *UME = dyn_cast<UnresolvedMemberExpr>(Callee))
      Base = UME->isImplicitAccess() ? nullptr : UME->getBase();
    if (const ValueDecl *D = rootVar(Base))
      Escaping.insert(D);
    return true;
  }

  bool VisitCXXUnresolvedConstructExpr(CXXUnresolvedConstructExpr *CE) {
    // T(x) in a template: T's constructor may take x by non-const reference.
    for (const Expr *A : CE->arguments())
      if (const ValueDecl *D = rootVar(A))
        Escaping.insert(D);
    return true;
  }

  bool shouldVisitLambdaBody() const { return true; }
};

} // namespace

llvm::DenseSet<const ValueDecl *> findEscapingVars(const Stmt *Body) {
  EscapeFinder F;
  if (Body)
    F.TraverseStmt(const_cast<Stmt *>(Body));
  return std::move(F.Escaping);
}

} // namespace clang::tidy::torch
