//===--- Value.h - Abstract values of the shape engine --------------------===//
//
// Part of torch-tidy. What the engine knows of an expression or a variable:
// a tensor (TensorFact), an integer (a Dim), a list of integers (sizes), a
// dtype or TensorOptions, a module (ModuleValue: its sizes, or a loss's
// options), the settings of an options struct (RecordValue), a tuple of
// tensors, or an empty optional. std::monostate is "unknown".
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_VALUE_H
#define TORCH_TIDY_ENGINE_VALUE_H

#include "../core/DType.h"
#include "../core/Shape.h"

#include "clang/Basic/SourceLocation.h"

namespace clang {
class CXXRecordDecl;
class CXXConstructorDecl;
} // namespace clang
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace clang::tidy::torch {

using torchtidy::Dim;
using torchtidy::DType;
using torchtidy::Shape;
using torchtidy::SymbolTable;
using torchtidy::Tri;

/// What made one step of a tensor's history.
enum class StepKind : unsigned char {
  Made,       ///< an op, a factory, a module or a call, named by its Op
  OneHot,     ///< one_hot: the values are a one-hot encoding
  Assignment, ///< a copy into Var
  Annotation, ///< the sizes of Var's shape annotation
};

/// One step of a tensor's history, kept to explain a warning.
struct OriginStep {
  SourceRange Range;
  /// The op, factory, module or function as written (`view`, `randint`);
  /// empty for an assignment or an annotation.
  std::string Op;
  /// The variable the result was stored in, if any.
  std::string Var;
  Shape Result;
  StepKind Kind = StepKind::Made;
  bool operator==(const OriginStep &O) const {
    return Range == O.Range && Op == O.Op && Var == O.Var &&
           Result == O.Result && Kind == O.Kind;
  }
};

/// A tensor's history, most recent step first. Shared between copies of a
/// fact (facts are copied at every statement), so copying costs a
/// reference count, not the steps.
class OriginChain {
public:
  bool empty() const { return !Head; }
  /// The most recent step.
  const OriginStep &back() const { return Head->Step; }
  void push(OriginStep Step);
  /// The most recent step, named after the variable \p Var now holding it.
  void nameLast(std::string Var);
  /// The most recent step, its op renamed to \p Op (as written).
  void renameLastOp(std::string Op);
  /// The most recent step, made by a step of kind \p Kind.
  void markLast(StepKind Kind);
  /// Up to \p Max steps, most recent first.
  std::vector<const OriginStep *> recentFirst(unsigned Max) const;
  /// The same history with each step's result rewritten by \p F.
  template <typename Fn> OriginChain mapped(Fn F, unsigned Max) const {
    std::vector<const OriginStep *> Steps = recentFirst(Max);
    OriginChain R;
    for (auto It = Steps.rbegin(); It != Steps.rend(); ++It) {
      OriginStep S = **It;
      F(S);
      R.push(std::move(S));
    }
    return R;
  }
  /// The same history (shared), not merely equal steps.
  bool operator==(const OriginChain &O) const { return Head == O.Head; }

private:
  struct Node {
    OriginStep Step;
    std::shared_ptr<const Node> Previous;
  };
  std::shared_ptr<const Node> Head;
};

/// Everything known of one tensor.
struct TensorFact {
  Shape Sizes;
  DType Type = DType::Unknown;
  /// Which tensor object (TensorImpl) this is: handles with the same id
  /// alias, so an in-place op through one changes the other. 0: may alias
  /// any tensor.
  unsigned Object = 0;
  OriginChain Origin;

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

/// One row of the module table (ModuleModels.cpp): a kind of module.
struct ModuleModel;

/// A module (or its options) whose sizes decide its forward's result, or a
/// loss module with its options.
struct ModuleValue {
  /// Which module this is; set in every module value.
  const ModuleModel *Model = nullptr;
  /// Linear's and Embedding's features, Conv's channels.
  Dim In, Out;
  /// Spatial dims of convolution and pooling (1, 2 or 3).
  unsigned Rank = 0;
  /// Per spatial dim; Kernel is the output size of an adaptive pooling.
  std::vector<Dim> Kernel, Stride, Padding, Dilation;
  /// padding=torch::kSame: the output keeps the input's spatial sizes.
  bool SamePadding = false;
  /// Flatten's dims.
  Dim StartDim, EndDim;
  /// Sequential's modules, in order.
  std::vector<ModuleValue> Children;
  /// A loss module's options.
  RecordValue Options;

  /// Whether this is a loss module (its value is its Options).
  bool isLoss() const;

  bool operator==(const ModuleValue &O) const {
    return Model == O.Model && In == O.In && Out == O.Out && Rank == O.Rank &&
           Kernel == O.Kernel && Stride == O.Stride && Padding == O.Padding &&
           Dilation == O.Dilation && SamePadding == O.SamePadding &&
           StartDim == O.StartDim && EndDim == O.EndDim &&
           Children == O.Children && Options == O.Options;
  }
};

/// A std::tuple of tensors (max(dim), min(dim), sort, ...).
struct TupleValue {
  std::vector<TensorFact> Elements;
};

/// c10::nullopt, or an empty optional.
struct NoneValue {};

/// A std::vector of tensors (and the TensorList made from one or from a
/// braced list). Known element by element while short (Elements, in
/// order); otherwise Count elements, each with the facts of Each (a loop's
/// push_back: how many is known when the loop's trip count is).
struct TensorListValue {
  /// Lists longer than this are kept as Count and Each.
  static constexpr std::size_t MaxElements = 64;

  bool Exact = true;
  std::vector<TensorFact> Elements;
  TensorFact Each;
  Dim Count;

  /// How many elements the list has.
  Dim count() const;
  /// What holds of every element (unknown for an empty list).
  TensorFact each() const;
  /// The list with \p F appended.
  TensorListValue pushed(TensorFact F) const;
  /// The same elements, kept as Count and Each.
  TensorListValue uniform() const;
  /// Whether some element may be the tensor object \p Object (0: any).
  bool mayHold(unsigned Object) const;
  bool sameFacts(const TensorListValue &O) const;
};

/// A torch::data value (DataModels.cpp): one example, a dataset, or a data
/// loader.
struct DataValue {
  enum class Kind : unsigned char {
    Example, ///< an Example<>: Data and Target
    Dataset, ///< Data and Target are one example's, as its get() makes it
    Loader,  ///< Data and Target are one batch's, as the loader yields it
             ///< (unstacked: one example's, and Size the batch's count)
    Examples, ///< an unstacked batch, std::vector<Example<>>: Data and
              ///< Target are each example's, Size how many there are
  };
  Kind What = Kind::Example;
  TensorFact Data, Target;
  /// Example<Tensor, NoTarget>: Target is not there.
  bool HasTarget = true;
  /// A dataset: Stack<> collates its batches (a loader yields one stacked
  /// Example per batch; without it, a std::vector of examples).
  bool Stacked = false;
  /// A dataset: how many examples it has; an unstacked loader or batch:
  /// how many examples each batch has; unknown when not known.
  Dim Size;
  /// Where the Stack<> was mapped, for the notes.
  SourceRange StackedAt;

  bool sameFacts(const DataValue &O) const {
    return What == O.What && Data.sameFacts(O.Data) &&
           Target.sameFacts(O.Target) && HasTarget == O.HasTarget &&
           Stacked == O.Stacked && Size == O.Size;
  }
};

/// A torch::data value as a Value holds it: shared and immutable, as
/// modules are.
struct DataRef {
  /*implicit*/ DataRef(DataValue D)
      : Data(std::make_shared<const DataValue>(std::move(D))) {}
  std::shared_ptr<const DataValue> Data;
};

/// A module as a Value holds it: shared and immutable. A ModuleValue is
/// several hundred bytes and facts are copied at every statement; held
/// inline it would make every Value, tensor facts included, that large.
struct ModuleRef {
  /*implicit*/ ModuleRef(ModuleValue M)
      : Module(std::make_shared<const ModuleValue>(std::move(M))) {}
  std::shared_ptr<const ModuleValue> Module;
};

/// An object of one of the translation unit's classes (a user module, a
/// trainer) and the constructor call that made it (ObjectValue below).
struct ObjectValue;
struct ObjectRef {
  std::shared_ptr<const ObjectValue> Object;
};

using Value = std::variant<std::monostate, TensorFact, IntValue, IntListValue,
                           OptionsValue, ModuleRef, TupleValue, NoneValue,
                           RecordValue, DataRef, ObjectRef, TensorListValue>;

/// An object of the user's class \p Class made by \p Ctor with \p Args (one
/// value per parameter): its fields are what that constructor leaves in
/// them (`Net net(20, 5)` sizes its Linear by the arguments).
struct ObjectValue {
  const clang::CXXRecordDecl *Class = nullptr;
  const clang::CXXConstructorDecl *Ctor = nullptr;
  std::vector<Value> Args;
};

/// The object \p V holds, or null.
inline const ObjectValue *asObject(const Value &V) {
  const auto *R = std::get_if<ObjectRef>(&V);
  return R ? R->Object.get() : nullptr;
}
inline Value objectValue(ObjectValue O) {
  return ObjectRef{std::make_shared<const ObjectValue>(std::move(O))};
}

/// The module \p V holds, or null.
inline const ModuleValue *asModule(const Value &V) {
  const auto *R = std::get_if<ModuleRef>(&V);
  return R ? R->Module.get() : nullptr;
}

/// The torch::data value \p V holds, or null.
inline const DataValue *asData(const Value &V) {
  const auto *R = std::get_if<DataRef>(&V);
  return R ? R->Data.get() : nullptr;
}

/// Whether two values hold the same facts (histories are not compared, so a
/// loop converges once the facts do).
bool sameFacts(const Value &A, const Value &B);

/// What two paths agree on; the history of \p A is kept.
Value join(const Value &A, const Value &B);
TensorFact join(const TensorFact &A, const TensorFact &B);

/// The number of origin steps shown per tensor.
constexpr unsigned MaxOriginSteps = 4;

/// Appends \p Step to \p Fact's history (notes show its MaxOriginSteps most
/// recent steps).
void addOrigin(TensorFact &Fact, OriginStep Step);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_VALUE_H
