//===--- LossBroadcastCheck.cpp - torch-loss-broadcast --------------------===//

#include "LossBroadcastCheck.h"
#include "fixits/FixItBuilder.h"
#include "fixits/TargetRepairs.h"

using torchtidy::Outcome;

namespace clang::tidy::torch {

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
    // Only a target that holds the input's elements is repaired.
    if (Facts.MayRepair)
      Diag << sameShapeTargetFix(Call, Facts, /*MayReshape=*/true, Ctx);
  }
  emitNotes(Call,
            V.Warning.empty() ? "silently broadcasts to " + To
                              : "warns '" + V.Warning + "'",
            &Facts.Target, Symbols);
}

} // namespace clang::tidy::torch
