//===--- LossRules.h - What LibTorch does with a loss's input and target --===//
//
// Part of torch-tidy. Each rule set replays, in LibTorch 1.13's order, the
// checks a loss entry point runs on its tensors, over facts that may be
// partly unknown. The first check that certainly fails decides the outcome;
// a check that may or may not fail makes the outcome unknown. A call that
// passes every check may still broadcast its input and target to a bigger
// shape: the verdict says so, and which warning LibTorch prints on the way.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_CORE_LOSSRULES_H
#define TORCH_TIDY_CORE_LOSSRULES_H

#include "DType.h"
#include "LossCatalog.h"
#include "Shape.h"

#include <optional>
#include <string>
#include <vector>

namespace torchtidy {

/// What is known of one tensor argument.
struct TensorOperand {
  Shape Sizes;
  DType Type = DType::Unknown;
};

/// What is known of a CTC lengths argument: a tensor, or an IntArrayRef
/// (a 1-d list of Long whose values may be known).
struct LengthsOperand {
  Shape Sizes;
  DType Type = DType::Unknown;
  /// The lengths themselves, when every one is known.
  std::optional<std::vector<Dim>> Values;
};

/// Every tensor a loss call takes; the ones a loss does not take are unused.
struct LossOperands {
  TensorOperand Input;
  TensorOperand Target;
  /// input2 of CosineEmbedding and MarginRanking; TripletMargin's negative.
  TensorOperand Input2;
  LengthsOperand InputLengths;
  LengthsOperand TargetLengths;
};

/// Loss options that change an outcome (every other option changes only
/// the output's shape or value).
struct LossOptions {
  /// CrossEntropy's ignore_index >= 0 rejects class-probability targets.
  /// The default (-100) is negative.
  Tri IgnoreIndexNonNegative = Tri::False;
  /// TripletMargin's swap also broadcasts positive against negative.
  Tri Swap = Tri::False;
  /// CTC's blank label.
  Dim CTCBlank = Dim::constant(0);
};

/// The error LibTorch raises, one value per distinct message. Each maps to
/// exactly one check (checkFor).
enum class LossFailure {
  None,
  // Class-index targets with too many dims.
  MultiTarget,           ///< 0D or 1D target tensor expected, multi-target ...
  SpatialTarget,         ///< only batches of spatial targets supported (3D ...
  MultiMarginTargetSize, ///< inconsistent target size, got: [..]
  // Sizes that do not fit.
  SpatialInput,          ///< only batches of spatial inputs supported (4D ...
  BatchMismatch,         ///< Expected input batch_size (4) to match target ...
  SizeMismatch,          ///< size mismatch (got input: [..], target: [..])
  TargetSize,            ///< Expected target size [4, 5], got [4, 1, 5]
  InputRank,             ///< Expected 2 or more dimensions (got 1), ...
  IndexError,            ///< Dimension out of range / specified as ...
  SameSizeRequired,      ///< BCE / BCEWithLogits front end: sizes must equal
  BroadcastMismatch,     ///< The size of tensor a (x) must match ...
  OutputBroadcast,       ///< output with shape [..] doesn't match the ...
  MarginInput,           ///< Expected non-empty vector or matrix with ...
  MultiLabelTargetSize,  ///< inconsistent size [..] for argument #2 'target'
  CosineTargetRank,      ///< 1D target tensor expects 2D input tensors, ...
  SameRankRequired,      ///< margin_ranking_loss / triplet: same dims
  CTCLogProbsRank,       ///< Expected 3-dimensional tensor, but got ...
  CTCTargetsRank,        ///< Expected 1 to 2 dimensions, but got ...
  CTCLengthsSize,        ///< input_lengths must be of size batch_size
  CTCTargetsSize,        ///< Expected tensor to have size 4 at dimension 0 ...
  CTCLengthValue,        ///< Expected input_lengths to have value at most ...
  // Dtypes that do not fit.
  ProbabilityDType,      ///< Expected floating point type for target with ...
  IgnoreIndexProbabilities, ///< ignore_index is not supported for ...
  ClassIndexDType,       ///< expected scalar type Long but found Float
  TargetDTypeMismatch,   ///< Found dtype Long but expected Float
  ResultTypeCast,        ///< result type Float can't be cast to the ...
  IntegralTarget,        ///< kl_div: Integral inputs not supported.
  CTCLengthsDType,       ///< input_lengths must be integral
};

/// The checks that report LibTorch's errors.
enum class LossCheck { TargetRank, TargetShape, TargetDType };

/// The one check that reports \p F (which must not be None).
LossCheck checkFor(LossFailure F);

enum class Outcome { Ok, Throws, Unknown };

struct LossVerdict {
  Outcome Result = Outcome::Unknown;
  LossFailure Failure = LossFailure::None;
  /// LibTorch 1.13's message, with symbolic sizes by name.
  std::string Message;
  /// The first sentence of a shape warning LibTorch certainly prints on the
  /// way (even when a later check throws), without its final period.
  std::string Warning;
  /// The shape the loss computes its elementwise terms over, when the call
  /// runs and the loss broadcasts its input and target.
  std::optional<Shape> Broadcast;
  /// Whether that shape certainly differs from the input's: the loss is
  /// taken over more terms than the input has (a wrong loss).
  Tri Enlarges = Tri::False;
};

/// Runs \p Rules on the operands.
LossVerdict evaluateLoss(LossRuleSet Rules, const LossOperands &Operands,
                         const LossOptions &Opts, const SymbolTable *Symbols);

/// The class-index target a class-index loss expects for \p Input: the input
/// without its class dim ([N, C] -> [N], [N, C, H, W] -> [N, H, W],
/// [C] -> []). Nothing for a 0-d input or an unknown rank.
std::optional<Shape> classIndexTargetShape(const Shape &Input);

/// The target shape \p Rules accept for \p Input when there is one obvious
/// choice: class indices for class-index losses, one label per sample for
/// MultiMargin and CosineEmbedding, the input's own shape for the
/// elementwise losses. Nothing when it is not known or not unique (CTC).
std::optional<Shape> expectedTargetShape(LossRuleSet Rules,
                                         const Shape &Input);

/// Whether \p Rules read the target as class indices (Long).
bool takesClassIndices(LossRuleSet Rules);

} // namespace torchtidy

#endif // TORCH_TIDY_CORE_LOSSRULES_H
