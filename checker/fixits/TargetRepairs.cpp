//===--- TargetRepairs.cpp - Repairs of a loss call's target --------------===//

#include "TargetRepairs.h"
#include "FixItBuilder.h"

#include "core/ShapeOps.h"

namespace clang::tidy::torch {

using torchtidy::Dim;
using torchtidy::Shape;
using torchtidy::Tri;

bool isCleanRepair(const torchtidy::LossVerdict &Repaired) {
  return Repaired.Result != torchtidy::Outcome::Throws &&
         Repaired.Enlarges != Tri::True;
}

namespace {
Dim at(std::size_t D) { return Dim::constant(static_cast<int64_t>(D)); }
} // namespace

std::optional<TargetRepair>
sameElementsRepair(const Shape &T, const Shape &I,
                   const std::optional<std::string> &InputText) {
  if (!T.hasRank() || !I.hasRank())
    return std::nullopt;
  if (T.rank() + 1 == I.rank())
    for (std::size_t D = 0; D < I.rank(); ++D) {
      Shape S = torchtidy::unsqueezeShape(T, at(D));
      if (S.equals(I) == Tri::True)
        return TargetRepair{"unsqueeze(" + std::to_string(D) + ")", S};
    }
  if (T.rank() == I.rank() + 1)
    for (std::size_t D = T.rank(); D-- > 0;) {
      if (T[D].equals(1) != Tri::True)
        continue;
      Shape S = torchtidy::squeezeDimShape(T, at(D));
      if (S.equals(I) == Tri::True)
        return TargetRepair{"squeeze(" + std::to_string(D) + ")", S};
    }
  // reshape_as, not view_as: a view of a non-contiguous target throws.
  std::optional<Dim> NT = T.numel(), NI = I.numel();
  if (InputText && NT && NI && NT->equals(*NI) == Tri::True)
    return TargetRepair{"reshape_as(" + *InputText + ")", I};
  return std::nullopt;
}

std::vector<FixItHint> sameShapeTargetFix(const LossCall &Call,
                                          const LossCallFacts &Facts,
                                          bool MayReshape,
                                          const ASTContext &Ctx) {
  const Shape &Input = Facts.Input.Sizes;
  std::optional<Shape> Want =
      torchtidy::expectedTargetShape(Call.Entry->Rules, Input);
  if (Call.Input2 || !Want || Want->equals(Input) != Tri::True)
    return {};
  std::optional<TargetRepair> R = sameElementsRepair(
      Facts.Target.Sizes, Input,
      MayReshape ? repeatableText(Call.Input, Ctx) : std::nullopt);
  if (!R || !isCleanRepair(verdictWithTarget(Call, Facts, R->Result,
                                             Facts.Target.Type)))
    return {};
  return appendMethodCall(Call.Target, R->Call, Ctx)
      .value_or(std::vector<FixItHint>());
}

} // namespace clang::tidy::torch
