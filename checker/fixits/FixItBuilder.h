//===--- FixItBuilder.h - Small, certain repairs of loss arguments --------===//

#ifndef TORCH_TIDY_FIXITBUILDER_H
#define TORCH_TIDY_FIXITBUILDER_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::torch {

/// Appends `.<Call>` to \p E (`y` -> `y.squeeze(1)`), parenthesizing \p E
/// when it is not a postfix expression. Nothing when \p E comes from a macro.
std::optional<std::vector<FixItHint>>
appendMethodCall(const Expr *E, llvm::StringRef Call, const ASTContext &Ctx);

/// Removes argument \p Arg and everything after \p Previous up to it
/// (`argmax(1, /*keepdim=*/true)` -> `argmax(1)`). Nothing inside macros.
std::optional<FixItHint> removeArgument(const Expr *Previous, const Expr *Arg,
                                        const ASTContext &Ctx);

/// The text \p E was written as, when it is a variable or a member (`y`,
/// `batch.target`): an expression that can be repeated in a fix-it or a
/// note. Nothing for anything else, or inside macros.
std::optional<std::string> repeatableText(const Expr *E, const ASTContext &Ctx);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_FIXITBUILDER_H
