//===--- ShapeAnalysisCache.cpp - One analysis per function, on demand ----===//

#include "ShapeAnalysisCache.h"
#include "AstUtils.h"

namespace clang::tidy::torch {

const FunctionShapes &ShapeAnalysisCache::get(const FunctionDecl *Fn,
                                              ASTContext &Ctx) {
  std::unique_ptr<FunctionShapes> &Slot = Results[Fn];
  if (!Slot)
    Slot = analyzeFunction(Fn, Ctx);
  return *Slot;
}

const std::vector<ShapeAnalysisCache::CallContext> &
ShapeAnalysisCache::contextsOf(const FunctionDecl *Fn, ASTContext &Ctx) {
  auto Found = Contexts.find(Fn);
  if (Found != Contexts.end())
    return Found->second;
  std::vector<CallContext> Out;
  if (Fn && Fn->getNumParams() > 0) {
    if (!Callers)
      Callers = std::make_unique<CallerIndex>(Ctx);
    llvm::ArrayRef<CallSite> Sites = Callers->callsOf(Fn);
    if (Sites.size() <= MaxCallContexts) {
      for (const CallSite &Site : Sites) {
        // Recursion: the function's own calls of itself say nothing new.
        if (Site.Caller->getCanonicalDecl() == Fn->getCanonicalDecl())
          continue;
        const FunctionShapes &Caller = get(Site.Caller, Ctx);
        if (!Caller.complete())
          continue;
        llvm::ArrayRef<const Expr *> Args = parameterArguments(Site.Call);
        llvm::DenseMap<const ValueDecl *, Value> Bindings;
        for (unsigned I = 0; I < Args.size() && I < Fn->getNumParams(); ++I)
          if (std::optional<Value> V = Caller.value(Args[I]))
            Bindings[Fn->getParamDecl(I)] = std::move(*V);
        if (Bindings.empty())
          continue;
        Out.push_back(
            {Site, analyzeFunctionInContext(Fn, Ctx, Bindings, Caller)});
      }
    }
  }
  return Contexts.try_emplace(Fn, std::move(Out)).first->second;
}

ShapeAnalysisCache &ShapeAnalysisCache::shared() {
  thread_local ShapeAnalysisCache Cache;
  return Cache;
}

} // namespace clang::tidy::torch
