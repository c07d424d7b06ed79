//===--- AstUtils.h - AST idioms the engine and the checks share ----------===//
//
// Part of torch-tidy. Small questions about clang's AST that more than one
// part of torch-tidy asks, answered once (as clang-tidy's utils/ does).
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_ASTUTILS_H
#define TORCH_TIDY_ENGINE_ASTUTILS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/ArrayRef.h"

#include <optional>

namespace clang::tidy::torch {

/// The arguments of \p Call that bind to its callee's parameters, in order:
/// a member operator's object (`m(x)`'s `m`) is an argument of the call but
/// not a parameter.
llvm::ArrayRef<const Expr *> parameterArguments(const CallExpr *Call);

/// How many leading arguments of \p Call are not parameters (1 for a call
/// of a member operator, else 0).
unsigned objectArgumentCount(const CallExpr *Call);

/// \p E without what clang adds and the source does not spell: implicit
/// casts, temporaries, parentheses, implicit conversions by constructor or
/// by conversion operator.
const Expr *ignoreConversions(const Expr *E);

/// \p E without parentheses, casts, temporaries and full-expression
/// wrappers (constructor calls are kept).
const Expr *ignoreWrappers(const Expr *E);

/// The braced list \p E was written as (`{8, 1}`), through the
/// std::initializer_list, ArrayRef and conversion wrappers clang adds.
const InitListExpr *writtenBracedList(const Expr *E);

/// Whether torch-tidy may read \p E at all: it is there, has a type, is not
/// type- or value-dependent (a template's pattern), holds no compile error
/// (a RecoveryExpr, an undeclared name, a call that does not resolve: code
/// broken by a missing header) and names no invalid declaration. Clang's
/// constant evaluator crashes on the others, and their types are
/// guesses: every read of an expression's value or type starts here.
bool isReadableExpr(const Expr *E);

/// The value of \p E when it is a constant integer (or enumerator)
/// expression. Nothing for expressions isReadableExpr rejects. The only
/// call of clang's constant evaluator in torch-tidy.
std::optional<int64_t> constantIntOf(const Expr *E, const ASTContext &Ctx);

/// Whether \p D is, or lies inside, a template instantiation. Walks the
/// declaration contexts rather than the parent map, which costs seconds to
/// build on a LibTorch translation unit.
bool isInTemplateInstantiation(const Decl *D);

/// The options of every CFG torch-tidy builds, so that the statements the
/// shape dataflow evaluates are the elements other analyses see.
CFG::BuildOptions shapeCFGOptions();

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_ASTUTILS_H
