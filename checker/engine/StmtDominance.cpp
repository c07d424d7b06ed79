//===--- StmtDominance.cpp - Whether a statement runs before another ------===//

#include "StmtDominance.h"
#include "AstUtils.h"

namespace clang::tidy::torch {

StmtDominance::StmtDominance(const FunctionDecl *Fn, ASTContext &Ctx) {
  Stmt *Body = Fn ? Fn->getBody() : nullptr;
  if (!Body)
    return;
  // The shape dataflow's options: the statements it evaluates are the
  // elements here.
  Graph = CFG::buildCFG(Fn, Body, &Ctx, shapeCFGOptions());
  if (!Graph)
    return;
  Parents = std::make_unique<ParentMap>(Body);
  Tree.buildDominatorTree(Graph.get());
  for (const CFGBlock *B : *Graph) {
    if (!B)
      continue;
    unsigned I = 0;
    for (const CFGElement &E : *B) {
      if (std::optional<CFGStmt> S = E.getAs<CFGStmt>())
        Positions[S->getStmt()] = {B, I};
      ++I;
    }
  }
}

std::optional<std::pair<const CFGBlock *, unsigned>>
StmtDominance::position(const Stmt *S) const {
  for (int Depth = 0; S && Depth < 256; ++Depth) {
    auto It = Positions.find(S);
    if (It != Positions.end())
      return It->second;
    S = Parents->getParent(S);
  }
  return std::nullopt;
}

bool StmtDominance::dominates(const Stmt *A, const Stmt *B) const {
  if (!Graph || A == B)
    return false;
  auto PA = position(A), PB = position(B);
  if (!PA || !PB)
    return false;
  if (PA->first == PB->first)
    return PA->second < PB->second;
  return Tree.dominates(PA->first, PB->first);
}

} // namespace clang::tidy::torch
