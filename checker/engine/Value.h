//===--- Value.h - Abstract values of the shape engine --------------------===//
//
// Part of torch-tidy. What the engine knows of an expression or a variable:
// a tensor (TensorFact), an integer (a Dim), a list of integers (sizes), a
// dtype or TensorOptions, a module with known sizes, a tuple of tensors.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_VALUE_H
#define TORCH_TIDY_ENGINE_VALUE_H

#include "../core/DType.h"
#include "../core/Shape.h"

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <variant>
#include <vector>

namespace clang::tidy::torch {

using torchtidy::Dim;
using torchtidy::DType;
using torchtidy::Shape;
using torchtidy::SymbolTable;
using torchtidy::Tri;

/// One step of a tensor's history, kept to explain a warning.
struct OriginStep {
  SourceRange Range;
  /// The op or factory (`view`, `randint`), or empty for an assignment.
  std::string Op;
  /// The variable the result was stored in, if any.
  std::string Var;
  Shape Result;
  bool operator==(const OriginStep &O) const {
    return Range == O.Range && Op == O.Op && Var == O.Var && Result == O.Result;
  }
};

/// Everything known of one tensor.
struct TensorFact {
  Shape Sizes;
  DType Type = DType::Unknown;
  /// Which tensor object (TensorImpl) this is: handles with the same id
  /// alias, so an in-place op through one changes the other. 0: may alias
  /// any tensor.
  unsigned Object = 0;
  /// Most recent last; bounded.
  std::vector<OriginStep> Origin;

  bool isUnknown() const { return !Sizes.hasRank() && Type == DType::Unknown; }
  /// Same facts, whatever their history.
  bool sameFacts(const TensorFact &O) const {
    return Sizes == O.Sizes && Type == O.Type && Object == O.Object;
  }
};

/// An integer: a size, a dim index, a bool flag.
struct IntValue {
  Dim Value;
};

/// A list of integers of known length (IntArrayRef, sizes()).
struct IntListValue {
  std::vector<Dim> Elements;
};

/// A c10::ScalarType or TensorOptions; \p Type is Unknown when the options
/// leave the dtype to the default.
struct OptionsValue {
  bool HasType = false;
  DType Type = DType::Unknown;
};

/// The settings of a torch::nn options struct (CrossEntropyLossOptions,
/// ...) made by its setters; a setting not made has its default.
struct RecordValue {
  /// Sorted by name; an unknown size means set to something unknown.
  std::vector<std::pair<std::string, Dim>> Fields;

  /// What a setter gave \p Name, or null when it keeps its default.
  const Dim *field(llvm::StringRef Name) const;
  void set(llvm::StringRef Name, Dim Value);
  bool operator==(const RecordValue &O) const { return Fields == O.Fields; }
};

/// A module (or its options) whose sizes decide its forward's result, or a
/// loss module with its options.
struct ModuleValue {
  enum Kind { Linear, Loss } K = Linear;
  Dim In, Out;
  /// A loss module's options.
  RecordValue Options;
};

/// A std::tuple of tensors (max(dim), min(dim), sort, ...).
struct TupleValue {
  std::vector<TensorFact> Elements;
};

/// c10::nullopt, or an empty optional.
struct NoneValue {};

using Value = std::variant<std::monostate, TensorFact, IntValue, IntListValue,
                           OptionsValue, ModuleValue, TupleValue, NoneValue,
                           RecordValue>;

/// Whether two values hold the same facts (histories are not compared, so a
/// loop converges once the facts do).
bool sameFacts(const Value &A, const Value &B);

/// What two paths agree on; the history of \p A is kept.
Value join(const Value &A, const Value &B);
TensorFact join(const TensorFact &A, const TensorFact &B);

/// The number of origin steps kept per tensor.
constexpr unsigned MaxOriginSteps = 4;

/// Appends \p Step to \p Fact's history, dropping the oldest beyond the bound.
void addOrigin(TensorFact &Fact, OriginStep Step);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_VALUE_H
