//===--- ShapeState.cpp - The dataflow state: what each variable holds ----===//

#include "ShapeState.h"

#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::torch {

namespace {
bool isUseless(const Value &V) {
  if (std::holds_alternative<std::monostate>(V))
    return true;
  if (const auto *T = std::get_if<TensorFact>(&V))
    return T->isUnknown() && T->Object == 0;
  if (const auto *I = std::get_if<IntValue>(&V))
    return !I->Value.isKnown();
  return false;
}
} // namespace

const Value *ShapeState::lookup(const ValueDecl *D) const {
  auto It = Vars.find(D);
  return It == Vars.end() ? nullptr : &It->second;
}

void ShapeState::set(const ValueDecl *D, Value V) {
  if (isUseless(V))
    Vars.erase(D);
  else
    Vars[D] = std::move(V);
}

bool ShapeState::sameFacts(const ShapeState &Other) const {
  if (Vars.size() != Other.Vars.size())
    return false;
  for (const auto &[D, V] : Vars) {
    const Value *O = Other.lookup(D);
    if (!O || !torch::sameFacts(V, *O))
      return false;
  }
  return true;
}

void ShapeState::joinWith(const ShapeState &Other) {
  llvm::SmallVector<const ValueDecl *, 8> Gone;
  for (auto &[D, V] : Vars) {
    const Value *O = Other.lookup(D);
    if (!O) {
      Gone.push_back(D);
      continue;
    }
    V = join(V, *O);
    if (isUseless(V))
      Gone.push_back(D);
  }
  for (const ValueDecl *D : Gone)
    Vars.erase(D);
}

void ShapeState::widenFrom(const ShapeState &Previous) {
  llvm::SmallVector<const ValueDecl *, 8> Gone;
  for (const auto &[D, V] : Vars) {
    const Value *P = Previous.lookup(D);
    if (!P || !torch::sameFacts(V, *P))
      Gone.push_back(D);
  }
  for (const ValueDecl *D : Gone)
    Vars.erase(D);
}

void ShapeState::retainIf(
    llvm::function_ref<bool(const ValueDecl *)> Keep) {
  // Rebuilt rather than erased from: a DenseMap keeps its buckets, and the
  // states copied at every block would carry them all.
  llvm::DenseMap<const ValueDecl *, Value> Kept;
  for (auto &Entry : Vars)
    if (Keep(Entry.first))
      Kept.try_emplace(Entry.first, std::move(Entry.second));
  Vars = std::move(Kept);
}

void ShapeState::forEachValue(
    llvm::function_ref<void(const ValueDecl *, const Value &)> F) const {
  for (const auto &[D, V] : Vars)
    F(D, V);
}

void ShapeState::forEachTensor(
    llvm::function_ref<void(const ValueDecl *, TensorFact &)> F) {
  for (auto &[D, V] : Vars)
    if (auto *T = std::get_if<TensorFact>(&V))
      F(D, *T);
}

} // namespace clang::tidy::torch
