//===--- ShapeState.h - The dataflow state: what each variable holds ------===//

#ifndef TORCH_TIDY_ENGINE_SHAPESTATE_H
#define TORCH_TIDY_ENGINE_SHAPESTATE_H

#include "Value.h"

#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::torch {

/// The facts about local variables (tensors, integers, modules) at one
/// program point. A variable without an entry is unknown.
class ShapeState {
public:
  const Value *lookup(const ValueDecl *D) const;
  void set(const ValueDecl *D, Value V);
  void forget(const ValueDecl *D) { Vars.erase(D); }

  /// Whether both hold the same facts.
  bool sameFacts(const ShapeState &Other) const;
  /// Keeps what both paths agree on.
  void joinWith(const ShapeState &Other);
  /// Forgets every variable whose facts differ from \p Previous: bounds the
  /// number of visits of a loop.
  void widenFrom(const ShapeState &Previous);

  /// Keeps only the variables \p Keep accepts.
  void retainIf(llvm::function_ref<bool(const ValueDecl *)> Keep);

  /// Calls \p F on every tensor variable.
  void forEachValue(
      llvm::function_ref<void(const ValueDecl *, const Value &)> F) const;
  void forEachTensor(
      llvm::function_ref<void(const ValueDecl *, TensorFact &)> F);

private:
  llvm::DenseMap<const ValueDecl *, Value> Vars;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_SHAPESTATE_H
