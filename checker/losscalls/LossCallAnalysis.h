//===--- LossCallAnalysis.h - Facts and LibTorch's verdict at a loss call -===//

#ifndef TORCH_TIDY_LOSSCALLANALYSIS_H
#define TORCH_TIDY_LOSSCALLANALYSIS_H

#include "LossCallMatcher.h"
#include "core/LossRules.h"
#include "engine/ShapeAnalysisCache.h"

#include <optional>

namespace clang::tidy::torch {

/// What the engine knows at one loss call, and what LibTorch will do there.
struct LossCallFacts {
  /// Whether a fix-it at the call is certain: false for facts of one
  /// caller's context when other code may call the function too.
  bool MayRepair = true;
  TensorFact Input;
  TensorFact Target;
  TensorFact Input2;
  /// What the rules were run on.
  torchtidy::LossOperands Operands;
  torchtidy::LossOptions Options;
  torchtidy::LossVerdict Verdict;
  const SymbolTable *Symbols = nullptr;
};

/// Analyzes the function around \p Call (once, through \p Cache) and runs
/// the loss's rules on its operands; nothing when the call is unreachable
/// or the function could not be analyzed.
std::optional<LossCallFacts> analyzeLossCall(const LossCall &Call,
                                             ShapeAnalysisCache &Cache,
                                             ASTContext &Ctx);
/// The same with \p Shapes as the facts of the function around \p Call (one
/// caller's context of it).
std::optional<LossCallFacts> analyzeLossCallWith(const LossCall &Call,
                                                 const FunctionShapes &Shapes,
                                                 ShapeAnalysisCache &Cache,
                                                 ASTContext &Ctx);

/// The rules' verdict for \p Call with other operands: a repaired call.
torchtidy::LossVerdict
verdictWith(const LossCall &Call, const LossCallFacts &Facts,
            const torchtidy::LossOperands &Operands);

/// The rules' verdict for \p Call with another target.
torchtidy::LossVerdict verdictWithTarget(const LossCall &Call,
                                         const LossCallFacts &Facts,
                                         const Shape &Sizes, DType Type);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_LOSSCALLANALYSIS_H
