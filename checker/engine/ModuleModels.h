//===--- ModuleModels.h - torch::nn modules the engine knows --------------===//
//
// Part of torch-tidy. Each model reads a module's sizes from its
// construction (`Conv2d(1, 32, 3)`, `Conv2dOptions(1, 32, 3).stride(2)`,
// `Sequential(Linear(..), ReLU(), ...)`) and computes what its forward
// returns. Adding a module is adding a row to the table in the .cpp.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_MODULEMODELS_H
#define TORCH_TIDY_ENGINE_MODULEMODELS_H

#include "Value.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"

#include <optional>

namespace clang::tidy::torch {

class ExprEvaluator;

/// The module a construction of \p Class (a module Impl, a holder's Impl,
/// or an options struct) from \p Args describes, when the model knows it.
std::optional<ModuleValue> constructModule(const CXXRecordDecl *Class,
                                           llvm::ArrayRef<const Expr *> Args,
                                           ExprEvaluator &Eval);

/// Whether \p Class is the options struct of a modeled module.
bool isModuleOptions(const CXXRecordDecl *Class);

/// An options setter (`stride(2)`, `padding(torch::kSame)`, `bias(false)`).
ModuleValue applyOptionSetter(ModuleValue M, llvm::StringRef Setter,
                              const Expr *Arg, ExprEvaluator &Eval);

/// The sizes and dtype \p M's forward gives \p In; an unknown shape when
/// LibTorch would throw or the sizes cannot be known.
Shape forwardShape(const ModuleValue &M, const Shape &In);
DType forwardDType(const ModuleValue &M, DType In);
/// Whether LibTorch's forward takes an input of dtype \p In (False: it
/// throws, so the result is unknown).
Tri acceptsDType(const ModuleValue &M, DType In);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_MODULEMODELS_H
