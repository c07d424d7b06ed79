//===--- OpTable.h - Transfer rules of LibTorch ops, one entry per op -----===//
//
// Part of torch-tidy. Each entry names a LibTorch op, the ways it may be
// spelled (a Tensor method, a free function of ::torch / ::at taking the
// tensor first, a factory), and a transfer function computing the result's
// facts from the arguments'. Adding an op is adding one entry.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_OPTABLE_H
#define TORCH_TIDY_ENGINE_OPTABLE_H

#include "Value.h"

#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::torch {

class ExprEvaluator;

/// One call of an op, as its transfer function sees it.
struct OpCall {
  const Expr *Call;
  llvm::StringRef Name;
  /// The tensor operated on: the object of a method call, the first
  /// argument of a free function. Null for factories.
  const TensorFact *Self;
  /// The arguments after the tensor operated on, default ones included.
  llvm::ArrayRef<const Expr *> Args;
  /// Parameter names of the called declaration, parallel to Args (empty
  /// when unknown): LibTorch's overloads are told apart by them.
  llvm::ArrayRef<llvm::StringRef> ParamNames;
  ExprEvaluator &Eval;

  /// The argument for the parameter named \p Name, or null.
  const Expr *arg(llvm::StringRef Name) const;
  /// The argument at \p I, or null.
  const Expr *arg(unsigned I) const {
    return I < Args.size() ? Args[I] : nullptr;
  }
};

using OpTransfer = Value (*)(const OpCall &);

/// How an op may be called.
enum OpForm : unsigned {
  Method = 1,       ///< x.op(...)
  Function = 2,     ///< torch::op(x, ...) / at::op(x, ...)
  Factory = 4,      ///< torch::op(...), no tensor operated on
  InPlace = 8,      ///< x.op_(...) changes x to the transfer's result
  InPlaceSame = 16, ///< x.op_(...) leaves x's sizes and dtype as they were
};

struct OpEntry {
  llvm::StringLiteral Name;
  unsigned Forms;
  OpTransfer Transfer;
};

/// The entry for \p Name called as \p Form (Method, Function or Factory);
/// \p InPlace tells whether the name had a trailing underscore.
const OpEntry *findOp(llvm::StringRef Name, OpForm Form, bool InPlace);

/// Every entry, for documentation and tests.
llvm::ArrayRef<OpEntry> allOps();

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_OPTABLE_H
