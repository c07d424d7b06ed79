//===--- LossCallAnalysis.cpp - Facts and LibTorch's verdict at a loss call ===//

#include "LossCallAnalysis.h"

namespace clang::tidy::torch {

namespace {
torchtidy::TensorOperand operand(const TensorFact &F) {
  return torchtidy::TensorOperand{F.Sizes, F.Type};
}

/// Options are not followed yet: an explicit options argument may set
/// CrossEntropy's ignore_index.
torchtidy::LossOptions optionsOf(const LossCall &Call) {
  torchtidy::LossOptions Opts;
  Opts.IgnoreIndexNonNegative = torchtidy::Tri::Unknown;
  return Opts;
}
} // namespace

std::optional<LossCallFacts> analyzeLossCall(const LossCall &Call,
                                             ShapeAnalysisCache &Cache,
                                             ASTContext &Ctx) {
  const FunctionShapes &Shapes = Cache.get(Call.Function, Ctx);
  if (!Shapes.complete())
    return std::nullopt;
  std::optional<TensorFact> Target = Shapes.tensorFact(Call.Target);
  if (!Target)
    return std::nullopt;
  LossCallFacts Facts;
  Facts.Target = std::move(*Target);
  if (std::optional<TensorFact> Input = Shapes.tensorFact(Call.Input))
    Facts.Input = std::move(*Input);
  Facts.Symbols = &Shapes.symbols();
  Facts.Verdict =
      torchtidy::evaluateLoss(Call.Entry->Rules, operand(Facts.Input),
                              operand(Facts.Target), optionsOf(Call),
                              Facts.Symbols);
  return Facts;
}

torchtidy::LossVerdict verdictWithTarget(const LossCall &Call,
                                         const LossCallFacts &Facts,
                                         const Shape &TargetSizes) {
  return torchtidy::evaluateLoss(
      Call.Entry->Rules, operand(Facts.Input),
      torchtidy::TensorOperand{TargetSizes, Facts.Target.Type},
      optionsOf(Call), Facts.Symbols);
}

} // namespace clang::tidy::torch
