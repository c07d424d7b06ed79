//===--- LossCallMatcher.h - Finding the loss calls of the catalog --------===//

#ifndef TORCH_TIDY_LOSSCALLMATCHER_H
#define TORCH_TIDY_LOSSCALLMATCHER_H

#include "core/LossCatalog.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <optional>

namespace clang::tidy::torch {

/// One call of a LibTorch loss, in any spelling of the catalog.
struct LossCall {
  const torchtidy::LossEntry *Entry;
  const Expr *Call;
  const Expr *Input;
  const Expr *Target;
  /// The function whose body holds the call (a lambda's call operator for a
  /// call in a lambda).
  const FunctionDecl *Function;
};

/// Matches the functions of the translation unit (not LibTorch's, not
/// template instantiations) whose body holds a statement matching \p Inner;
/// binds each such function for getLossCall and DebugShapeCheck.
ast_matchers::DeclarationMatcher
userFunctionWith(const ast_matchers::StatementMatcher &Inner);

/// The function a userFunctionWith match bound.
const FunctionDecl *
matchedFunction(const ast_matchers::MatchFinder::MatchResult &Result);

/// Registers the matchers of every loss entry of the catalog.
void registerLossCallMatchers(ast_matchers::MatchFinder *Finder,
                              ast_matchers::MatchFinder::MatchCallback *Check);

/// The loss call of a match from registerLossCallMatchers, when it is one
/// the checks should look at (written code inside a function body).
std::optional<LossCall>
getLossCall(const ast_matchers::MatchFinder::MatchResult &Result);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_LOSSCALLMATCHER_H
