//===--- TensorLists.h - std::vector<torch::Tensor> in the dataflow -------===//
//
// Part of torch-tidy. What the dataflow needs to follow a std::vector of
// tensors: which of its methods read it, append to it or change it some
// other way, and the counted loops whose trip count says how many elements
// a push_back in their body appends:
//
//   for (int64_t i = 0; i < n; ++i)   // trip count n
//     labels.push_back(torch::tensor({i % 10}));
//
// A loop counts only when nothing can leave an iteration early or skip the
// push (no break, continue or goto in its body), the index and the bound
// are only read in the loop, and the vector is named once in the loop, by
// the push_back written as one of the body's own statements. A range-for
// over a variable the body does not name counts the same way: its trip
// count is the variable's count (an unstacked batch's B examples).
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_TENSORLISTS_H
#define TORCH_TIDY_ENGINE_TENSORLISTS_H

#include "Value.h"

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::torch {

/// Whether \p T is std::vector<at::Tensor> (through references).
bool isTensorVector(QualType T);

/// What a method of std::vector does to the vector.
enum class ListEffect : unsigned char {
  Reads,   ///< size(), empty(), reserve(), [i], at(i), front(), back(): a
           ///< write through an element reference is seen where it is made
  Appends, ///< push_back(t), emplace_back(t)
  Clears,  ///< clear()
  Changes, ///< anything else (insert, erase, resize, begin(), data(), ...)
};
ListEffect listEffectOf(llvm::StringRef Method);

/// A loop whose every iteration appends once to each of Appended: a
/// counted for loop, or a range-for over a variable (an unstacked batch, a
/// vector of tensors) that the loop does not name otherwise.
struct CountedLoop {
  const Expr *Begin = nullptr; ///< the index's initial value
  const Expr *End = nullptr;   ///< the bound
  bool Inclusive = false;      ///< `i <= End`
  const Expr *Range = nullptr; ///< a range-for's range
  /// The local vectors and fields (of the method's object) appended to.
  llvm::SmallVector<const ValueDecl *, 2> Appended;
};

/// The counted loops of \p Body (see the file comment), by loop statement.
llvm::DenseMap<const Stmt *, CountedLoop> findCountedLoops(const Stmt *Body);

/// The std::move / std::forward calls that are the argument of a push_back
/// or emplace_back of a vector of tensors: the tensor moves into the vector
/// (it is not changed in place).
llvm::DenseSet<const Expr *> findMovesIntoLists(const Stmt *Body);

/// How many times a counted loop runs, from its bounds' values at its
/// entry: End - Begin (+1) when both are numbers (0 if negative); End when
/// Begin is 0, End is a symbol and the loop is not inclusive. A symbol may
/// be negative (the loop then does not run): the count is then only used
/// where an empty list makes LibTorch throw anyway.
Dim tripCount(const Dim &Begin, const Dim &End, bool Inclusive);

/// \p AtExit (the list as the loop's exit finds it, its count lost to the
/// loop's join) with the count the loop gives when it started with
/// \p AtEntry and ran \p Trip times; nullopt when that is not known.
std::optional<TensorListValue> listAfterLoop(const TensorListValue &AtEntry,
                                             const TensorListValue &AtExit,
                                             const Dim &Trip);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_TENSORLISTS_H
