//===--- AstUtils.cpp - AST idioms the engine and the checks share --------===//

#include "AstUtils.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::torch {

unsigned objectArgumentCount(const CallExpr *Call) {
  return isa<CXXOperatorCallExpr>(Call) &&
                 isa_and_nonnull<CXXMethodDecl>(Call->getDirectCallee())
             ? 1
             : 0;
}

llvm::ArrayRef<const Expr *> parameterArguments(const CallExpr *Call) {
  llvm::ArrayRef<const Expr *> All(Call->getArgs(), Call->getNumArgs());
  return All.drop_front(std::min<std::size_t>(objectArgumentCount(Call),
                                              All.size()));
}

const Expr *ignoreConversions(const Expr *E) {
  return E ? E->IgnoreUnlessSpelledInSource() : nullptr;
}

const Expr *ignoreWrappers(const Expr *E) {
  while (E) {
    if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MT->getSubExpr();
    else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BT->getSubExpr();
    else if (const auto *FE = dyn_cast<FullExpr>(E))
      E = FE->getSubExpr();
    else if (const auto *CE = dyn_cast<CastExpr>(E))
      E = CE->getSubExpr();
    else if (const auto *PE = dyn_cast<ParenExpr>(E))
      E = PE->getSubExpr();
    else
      return E;
  }
  return E;
}

const InitListExpr *writtenBracedList(const Expr *E) {
  while ((E = ignoreWrappers(E))) {
    if (const auto *IL = dyn_cast<InitListExpr>(E))
      return IL;
    if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E))
      E = SIL->getSubExpr();
    else if (const auto *CC = dyn_cast<CXXConstructExpr>(E);
             CC && CC->getNumArgs() == 1)
      E = CC->getArg(0); // ArrayRef(initializer_list), a converting ctor
    else
      return nullptr;
  }
  return nullptr;
}

bool isReadableExpr(const Expr *E) {
  if (!E || E->getType().isNull() || E->isTypeDependent() ||
      E->isValueDependent() || E->containsErrors() || isa<RecoveryExpr>(E))
    return false;
  // `auto x = <error>;` leaves an invalid declaration that later uses name.
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    return !DRE->getDecl()->isInvalidDecl();
  return true;
}

std::optional<int64_t> constantIntOf(const Expr *E, const ASTContext &Ctx) {
  // Reading a dependent expression, or one that holds errors or has no type
  // (code broken by a missing header), crashes the constant evaluator.
  if (!isReadableExpr(E) || !E->getType()->isIntegralOrEnumerationType())
    return std::nullopt;
  Expr::EvalResult R;
  if (!E->EvaluateAsInt(R, Ctx) || !R.Val.isInt())
    return std::nullopt;
  return R.Val.getInt().tryExtValue();
}

bool isInTemplateInstantiation(const Decl *D) {
  for (; D; D = dyn_cast_or_null<Decl>(D->getDeclContext())) {
    if (const auto *FD = dyn_cast<FunctionDecl>(D);
        FD && FD->isTemplateInstantiation())
      return true;
    if (const auto *RD = dyn_cast<CXXRecordDecl>(D)) {
      TemplateSpecializationKind K = RD->getTemplateSpecializationKind();
      if (K != TSK_Undeclared && K != TSK_ExplicitSpecialization)
        return true;
    }
  }
  return false;
}

CFG::BuildOptions shapeCFGOptions() {
  CFG::BuildOptions Options;
  // Every expression is an element, so that its value is computed (and
  // kept) in evaluation order.
  Options.setAllAlwaysAdd();
  // Destructors, lifetimes and member initializers change no shape; the
  // dataflow reads a constructor's initializers itself.
  Options.AddImplicitDtors = false;
  Options.AddTemporaryDtors = false;
  Options.AddLifetime = false;
  Options.AddInitializers = false;
  return Options;
}

} // namespace clang::tidy::torch
