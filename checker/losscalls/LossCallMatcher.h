//===--- LossCallMatcher.h - Finding the loss calls of the catalog --------===//

#ifndef TORCH_TIDY_LOSSCALLMATCHER_H
#define TORCH_TIDY_LOSSCALLMATCHER_H

#include "core/LossCatalog.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <optional>

namespace clang::tidy::torch {

class LossWrappers;

/// One call of a LibTorch loss, in any spelling of the catalog, or of a
/// project's function that forwards to one.
struct LossCall {
  const torchtidy::LossEntry *Entry = nullptr;
  /// The call as written in the checked function.
  const CallExpr *Call = nullptr;
  const Expr *Input = nullptr;
  const Expr *Target = nullptr;
  /// input2 / negative, and CTC's lengths, when the loss takes them.
  const Expr *Input2 = nullptr;
  const Expr *InputLengths = nullptr;
  const Expr *TargetLengths = nullptr;
  /// The function whose body holds the call (a lambda's call operator for a
  /// call in a lambda).
  const FunctionDecl *Function = nullptr;
  /// The LibTorch call whose options apply, and the function it is in: the
  /// call itself, or the loss call in a wrapper's body. Null when unknown
  /// (a wrapper declared by the LossWrappers option).
  const CallExpr *LibTorchCall = nullptr;
  const FunctionDecl *LibTorchFunction = nullptr;
  /// The wrapper called, for a call through one.
  const FunctionDecl *Wrapper = nullptr;
};

/// Matches the functions of the translation unit (not LibTorch's, not
/// template instantiations) whose body holds a statement matching \p Inner;
/// binds each such function for getLossCall and DebugShapeCheck.
ast_matchers::DeclarationMatcher
userFunctionWith(const ast_matchers::StatementMatcher &Inner);

/// The function a userFunctionWith match bound.
const FunctionDecl *
matchedFunction(const ast_matchers::MatchFinder::MatchResult &Result);

/// Registers the matchers of every loss entry of the catalog, and of calls
/// to functions that may be wrappers.
void registerLossCallMatchers(ast_matchers::MatchFinder *Finder,
                              ast_matchers::MatchFinder::MatchCallback *Check);

/// The loss call of a match from registerLossCallMatchers, when it is one
/// the checks should look at (written code inside a function body).
std::optional<LossCall>
getLossCall(const ast_matchers::MatchFinder::MatchResult &Result,
            LossWrappers &Wrappers);

/// \p Call read as a call of a catalog entry (its arguments, not where it
/// is), or nothing.
std::optional<LossCall> catalogCall(const CallExpr *Call);

/// The module object of a module entry's call (the holder of `loss(x, y)`,
/// the object of `loss->forward(x, y)`), or null.
const Expr *moduleObject(const CallExpr *Call);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_LOSSCALLMATCHER_H
