//===--- LossBroadcastCheck.cpp - torch-loss-broadcast --------------------===//

#include "LossBroadcastCheck.h"
#include "FixItBuilder.h"

#include "core/ShapeOps.h"

using torchtidy::Outcome;

namespace clang::tidy::torch {

namespace {

Dim at(std::size_t D) { return Dim::constant(static_cast<int64_t>(D)); }

/// A repair of the target that gives it the input's shape with the same
/// elements: a size-1 dim added or removed, or a reshape.
struct Repair {
  std::string Call;
  Shape Result;
};

std::optional<Repair> sameElements(const Shape &T, const Shape &I,
                                   const std::optional<std::string> &Input) {
  if (!T.hasRank() || !I.hasRank())
    return std::nullopt;
  if (T.rank() + 1 == I.rank())
    for (std::size_t D = 0; D < I.rank(); ++D) {
      Shape S = torchtidy::unsqueezeShape(T, at(D));
      if (S.equals(I) == Tri::True)
        return Repair{"unsqueeze(" + std::to_string(D) + ")", S};
    }
  if (T.rank() == I.rank() + 1)
    for (std::size_t D = T.rank(); D-- > 0;) {
      if (T[D].equals(1) != Tri::True)
        continue;
      Shape S = torchtidy::squeezeDimShape(T, at(D));
      if (S.equals(I) == Tri::True)
        return Repair{"squeeze(" + std::to_string(D) + ")", S};
    }
  // reshape_as, not view_as: a view of a non-contiguous target throws.
  std::optional<Dim> NT = T.numel(), NI = I.numel();
  if (Input && NT && NI && NT->equals(*NI) == Tri::True)
    return Repair{"reshape_as(" + *Input + ")", I};
  return std::nullopt;
}

} // namespace

void LossBroadcastCheck::diagnose(const LossCall &Call,
                                  const LossCallFacts &Facts, ASTContext &Ctx) {
  const torchtidy::LossVerdict &V = Facts.Verdict;
  if (V.Result != Outcome::Ok || V.Enlarges != Tri::True || !V.Broadcast)
    return;
  const SymbolTable &Symbols = *Facts.Symbols;
  const torchtidy::LossEntry &E = *Call.Entry;
  const Shape &Input = Facts.Input.Sizes, &Target = Facts.Target.Sizes;
  std::string To = V.Broadcast->str(&Symbols);
  {
    auto Diag = diag(Call.Target->getBeginLoc(),
                     "%0 of shape %1 broadcasts against %2 %3 of '%4' to %5")
                << llvm::StringRef(E.TargetName) << Target.str(&Symbols)
                << llvm::StringRef(E.InputName) << Input.str(&Symbols)
                << lossName(Call) << To << Call.Target->getSourceRange();
    // Only a target that holds the input's elements is repaired, and only
    // where the input alone decides the shape.
    std::optional<Shape> Want = torchtidy::expectedTargetShape(E.Rules, Input);
    if (!Call.Input2 && Want && Want->equals(Input) == Tri::True)
      if (std::optional<Repair> R =
              sameElements(Target, Input, repeatableText(Call.Input, Ctx))) {
        torchtidy::LossVerdict Fixed =
            verdictWithTarget(Call, Facts, R->Result, Facts.Target.Type);
        if (Fixed.Result == Outcome::Ok && Fixed.Enlarges == Tri::False)
          if (auto Fix = appendMethodCall(Call.Target, R->Call, Ctx))
            for (const FixItHint &H : *Fix)
              Diag << H;
      }
  }
  emitNotes(Call,
            V.Warning.empty() ? "silently broadcasts to " + To
                              : "warns '" + V.Warning + "'",
            &Facts.Target, Symbols);
}

} // namespace clang::tidy::torch
