//===--- StmtDominance.h - Whether a statement runs before another --------===//

#ifndef TORCH_TIDY_STMTDOMINANCE_H
#define TORCH_TIDY_STMTDOMINANCE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/Analyses/Dominators.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <utility>

namespace clang::tidy::torch {

/// Answers, for two statements of one function, whether every path from the
/// function's entry to the second passes the first: the first dominates the
/// second in clang's CFG. Built on demand, once per function.
class StmtDominance {
public:
  StmtDominance(const FunctionDecl *Fn, ASTContext &Ctx);

  /// Whether \p A runs before \p B on every path that reaches \p B. False
  /// when either is not in the CFG (or the CFG could not be built), and
  /// when \p A and \p B are the same statement.
  bool dominates(const Stmt *A, const Stmt *B) const;

private:
  /// The block of \p S (or of its nearest ancestor in the CFG) and its index
  /// in that block.
  std::optional<std::pair<const CFGBlock *, unsigned>>
  position(const Stmt *S) const;

  std::unique_ptr<CFG> Graph;
  std::unique_ptr<ParentMap> Parents;
  CFGDomTree Tree;
  llvm::DenseMap<const Stmt *, std::pair<const CFGBlock *, unsigned>> Positions;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_STMTDOMINANCE_H
