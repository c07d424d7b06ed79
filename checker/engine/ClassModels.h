//===--- ClassModels.h - LibTorch's value classes the engine reads --------===//
//
// Part of torch-tidy. The small value classes LibTorch's API passes sizes,
// dims and dtypes in (c10::ArrayRef<int64_t>, c10::OptionalArrayRef,
// c10::TensorOptions, optional, c10::Scalar, torch::ExpandingArray,
// variant), and the standard functions that pass values on (std::get,
// std::move, std::forward): one row each, saying what a construction or a
// call gives. A class or function without a row is unknown. The classes of
// torch::nn live in ModuleModels; tensor ops in OpTable.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_CLASSMODELS_H
#define TORCH_TIDY_ENGINE_CLASSMODELS_H

#include "Value.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::torch {

class ExprEvaluator;

/// How the engine reads one class.
struct ClassModel {
  /// The namespace the class is declared in, and its name.
  llvm::StringLiteral Namespace;
  llvm::StringLiteral Name;
  /// The value a construction gives.
  Value (*Construct)(const CXXConstructExpr *E, ExprEvaluator &Eval);
  /// What method \p Name called on \p Self gives; null: unknown.
  Value (*Method)(llvm::StringRef Name, const Value &Self,
                  llvm::ArrayRef<const Expr *> Args, ExprEvaluator &Eval);
};

/// The row of \p RD, or null.
const ClassModel *findClassModel(const CXXRecordDecl *RD);

/// How the engine reads one free function.
struct FunctionModel {
  llvm::StringLiteral Namespace;
  llvm::StringLiteral Name;
  Value (*Call)(const CallExpr *E, const FunctionDecl *FD,
                llvm::ArrayRef<const Expr *> Args, ExprEvaluator &Eval);
};

/// The row of \p FD, or null.
const FunctionModel *findFunctionModel(const FunctionDecl *FD);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_CLASSMODELS_H
