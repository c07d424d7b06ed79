//===--- EscapingVars.h - Variables the dataflow cannot follow ------------===//

#ifndef TORCH_TIDY_ENGINE_ESCAPINGVARS_H
#define TORCH_TIDY_ENGINE_ESCAPINGVARS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::torch {

/// The local variables of \p Body that something else may change behind the
/// dataflow's back for the rest of the function: their address is taken, a
/// lambda captures them by reference (a tensor: even by copy), a reference
/// is bound to them, or (in a template) a call resolved only at
/// instantiation takes them.
llvm::DenseSet<const ValueDecl *> findEscapingVars(const Stmt *Body);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_ESCAPINGVARS_H
