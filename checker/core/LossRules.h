//===--- LossRules.h - What LibTorch does with a loss's input and target --===//
//
// Part of torch-tidy. Each rule set replays, in LibTorch 1.13's order, the
// checks a loss entry point runs on its input and target, over facts that
// may be partly unknown. The first check that certainly fails decides the
// outcome; a check that may or may not fail makes the outcome unknown.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_CORE_LOSSRULES_H
#define TORCH_TIDY_CORE_LOSSRULES_H

#include "DType.h"
#include "LossCatalog.h"
#include "Shape.h"

#include <optional>
#include <string>

namespace torchtidy {

/// What is known of one tensor argument.
struct TensorOperand {
  Shape Sizes;
  DType Type = DType::Unknown;
};

/// Loss options that change an outcome.
struct LossOptions {
  /// CrossEntropy's ignore_index >= 0 rejects class-probability targets.
  /// The default (-100) is negative.
  Tri IgnoreIndexNonNegative = Tri::False;
};

/// The error LibTorch raises, one value per distinct message.
enum class LossFailure {
  None,
  MultiTarget,       ///< 0D or 1D target tensor expected, multi-target ...
  SpatialTarget,     ///< only batches of spatial targets supported (3D ...
  SpatialInput,      ///< only batches of spatial inputs supported (4D ...
  BatchMismatch,     ///< Expected input batch_size (4) to match target ...
  SizeMismatch,      ///< size mismatch (got input: [..], target: [..])
  TargetSize,        ///< Expected target size [4, 5], got [4, 1, 5]
  InputRank,         ///< Expected 2 or more dimensions (got 1), ...
  IndexError,        ///< Dimension out of range / specified as ...
  ProbabilityDType,  ///< Expected floating point type for target with ...
  IgnoreIndexProbabilities, ///< ignore_index is not supported for ...
  ClassIndexDType,   ///< expected scalar type Long but found Float
};

enum class Outcome { Ok, Throws, Unknown };

struct LossVerdict {
  Outcome Result = Outcome::Unknown;
  LossFailure Failure = LossFailure::None;
  /// LibTorch 1.13's message, with symbolic sizes by name.
  std::string Message;
};

/// Runs \p Rules on the operands.
LossVerdict evaluateLoss(LossRuleSet Rules, const TensorOperand &Input,
                         const TensorOperand &Target, const LossOptions &Opts,
                         const SymbolTable *Symbols);

/// The class-index target a class-index loss expects for \p Input: the input
/// without its class dim ([N, C] -> [N], [N, C, H, W] -> [N, H, W],
/// [C] -> []). Nothing for a 0-d input or an unknown rank.
std::optional<Shape> classIndexTargetShape(const Shape &Input);

} // namespace torchtidy

#endif // TORCH_TIDY_CORE_LOSSRULES_H
