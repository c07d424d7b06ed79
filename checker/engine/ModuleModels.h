//===--- ModuleModels.h - torch::nn modules the engine knows --------------===//
//
// Part of torch-tidy. The classes of torch::nn as the engine reads them: a
// module (or its holder) built from sizes or from its options struct
// (`Conv2d(1, 32, 3)`, `Conv2dOptions(1, 32, 3).stride(2)`,
// `Sequential(Linear(..), ReLU(), ...)`), what its forward returns, and a
// loss module with its options. Each module LibTorch has is one row of the
// table in the .cpp: its name, how its sizes are read, what its forward
// gives. Adding a module is adding a row.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_MODULEMODELS_H
#define TORCH_TIDY_ENGINE_MODULEMODELS_H

#include "Value.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

#include <optional>

namespace clang::tidy::torch {

class ExprEvaluator;

/// What a construction of a torch::nn class gives: a module or its holder
/// (`Linear(784, 10)`, `CrossEntropyLoss(opts)`, a copy of a holder), a
/// module's options (`Conv2dOptions(1, 32, 3)`), a loss's options
/// (`CrossEntropyLossOptions()`). Nothing when \p E builds no such class;
/// monostate when it does but its value is unknown.
std::optional<Value> constructNNClass(const CXXConstructExpr *E,
                                      ExprEvaluator &Eval);

/// What a method of a torch::nn class gives: an options setter
/// (`stride(2)`, `ignore_index(0)`) or a module's forward. Nothing when the
/// object is no such class.
std::optional<Value> callNNMethod(const CXXMemberCallExpr *E,
                                  ExprEvaluator &Eval);

/// What calling \p Module (a module value) on \p Args gives: its forward's
/// result, a new tensor made by \p Call. Unknown when LibTorch would throw
/// or the sizes cannot be known.
Value forwardModule(const Expr *Call, const Value &Module,
                    llvm::ArrayRef<const Expr *> Args, ExprEvaluator &Eval);

/// A max / avg pooling function's module (`torch::max_pool2d(x, 2)`) of
/// \p Rank spatial dims, its sizes left for the caller to set.
ModuleValue poolingModule(unsigned Rank);
/// The same for adaptive pooling (`adaptive_avg_pool2d(x, {1, 1})`).
ModuleValue adaptivePoolingModule(unsigned Rank);

/// The sizes \p M's forward gives \p In; an unknown shape when LibTorch
/// would throw or the sizes cannot be known.
Shape forwardShape(const ModuleValue &M, const Shape &In);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_MODULEMODELS_H
