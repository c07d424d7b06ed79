//===--- CallerIndex.cpp - Where the TU's own functions are called --------===//

#include "CallerIndex.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::torch {

namespace {

class CallCollector : public RecursiveASTVisitor<CallCollector> {
  using Base = RecursiveASTVisitor<CallCollector>;

public:
  CallCollector(const SourceManager &SM,
                llvm::DenseMap<const FunctionDecl *, std::vector<CallSite>> &Out)
      : SM(SM), Out(Out) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D || isa<TranslationUnitDecl>(D))
      return Base::TraverseDecl(D);
    // Library code: system headers and LibTorch's and the standard
    // library's namespaces (LibTorch's headers may not be system headers).
    SourceLocation L = D->getLocation();
    if (L.isValid() && SM.isInSystemHeader(L))
      return true;
    if (const auto *NS = dyn_cast<NamespaceDecl>(D))
      if (NS->getIdentifier() &&
          llvm::is_contained({"torch", "at", "c10", "std", "caffe2"},
                             NS->getName()))
        return true;
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody())
      return Base::TraverseDecl(D);
    const FunctionDecl *Saved = Current;
    Current = FD;
    bool R = Base::TraverseDecl(D);
    Current = Saved;
    return R;
  }

  bool VisitCallExpr(CallExpr *CE) {
    if (Current && !Current->isDependentContext())
      if (const FunctionDecl *Callee = CE->getDirectCallee())
        Out[Callee->getCanonicalDecl()].push_back({CE, Current});
    return true;
  }

private:
  const SourceManager &SM;
  llvm::DenseMap<const FunctionDecl *, std::vector<CallSite>> &Out;
  const FunctionDecl *Current = nullptr;
};

} // namespace

CallerIndex::CallerIndex(ASTContext &Ctx) {
  CallCollector(Ctx.getSourceManager(), Sites)
      .TraverseDecl(Ctx.getTranslationUnitDecl());
}

llvm::ArrayRef<CallSite> CallerIndex::callsOf(const FunctionDecl *Callee) const {
  auto It = Sites.find(Callee->getCanonicalDecl());
  if (It == Sites.end())
    return {};
  return It->second;
}

} // namespace clang::tidy::torch
