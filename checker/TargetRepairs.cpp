//===--- TargetRepairs.cpp - Reshaping a target into its input's shape ----===//

#include "TargetRepairs.h"

#include "core/ShapeOps.h"

namespace clang::tidy::torch {

using torchtidy::Dim;
using torchtidy::Shape;
using torchtidy::Tri;

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

} // namespace clang::tidy::torch
