//===--- LossTargetDTypeCheck.cpp - torch-loss-target-dtype ---------------===//

#include "LossTargetDTypeCheck.h"
#include "fixits/FixItBuilder.h"
#include "fixits/TargetRepairs.h"

using torchtidy::LossFailure;
using torchtidy::Outcome;

namespace clang::tidy::torch {

namespace {

std::string dtypeConstant(DType T) {
  return "torch::k" + std::string(torchtidy::dtypeName(T));
}

/// The floating dtype a repaired target takes: the input's.
DType floatingFor(const LossCallFacts &Facts) {
  DType I = Facts.Input.Type;
  return torchtidy::isFloating(I) == Tri::True ? I : DType::Float;
}

/// Whether the target's values are a one-hot encoding: the last step that
/// is not a copy into a variable is one_hot's.
bool isOneHot(const TensorFact &T) {
  for (const OriginStep *S : T.Origin.recentFirst(/*Max=*/64))
    if (S->Kind != StepKind::Assignment)
      return S->Kind == StepKind::OneHot && S->Result == T.Sizes;
  return false;
}

} // namespace

void LossTargetDTypeCheck::diagnose(const LossCall &Call,
                                    const LossCallFacts &Facts,
                                    ASTContext &Ctx) {
  const torchtidy::LossVerdict &V = Facts.Verdict;
  if (V.Result != Outcome::Throws ||
      torchtidy::checkFor(V.Failure) != torchtidy::LossCheck::TargetDType)
    return;
  const SymbolTable &Symbols = *Facts.Symbols;
  const TensorFact &T = Facts.Target;
  const Shape &Input = Facts.Input.Sizes;
  llvm::StringRef Name = lossName(Call);
  llvm::StringRef TypeName = torchtidy::dtypeName(T.Type);
  std::string Throws = "throws '" + V.Message + "'";

  // A repair that changes the target's dtype, when the rules say the
  // repaired call does not throw.
  auto Retyped = [&](DType To) -> std::optional<std::vector<FixItHint>> {
    if (!isCleanRepair(verdictWithTarget(Call, Facts, T.Sizes, To)))
      return std::nullopt;
    return appendMethodCall(Call.Target, "to(" + dtypeConstant(To) + ")", Ctx);
  };

  switch (V.Failure) {
  case LossFailure::ClassIndexDType: {
    auto Diag = diag(Call.Target->getBeginLoc(),
                     "target of dtype %0 does not fit '%1': class indices of "
                     "dtype Long expected")
                << TypeName << Name << Call.Target->getSourceRange();
    if (auto Fix = Retyped(DType::Long))
      if (Facts.MayRepair)
        Diag << *Fix;
    break;
  }
  case LossFailure::ProbabilityDType: {
    std::optional<Shape> Want = torchtidy::classIndexTargetShape(Input);
    auto Diag =
        diag(Call.Target->getBeginLoc(),
             "target of shape %0 and dtype %1 is read as class probabilities "
             "by '%2': floating probabilities%select{|, or class indices of "
             "shape %4,}3 expected")
        << T.Sizes.str(&Symbols) << TypeName << Name << Want.has_value()
        << (Want ? Want->str(&Symbols) : "") << Call.Target->getSourceRange();
    // A one-hot encoding of class indices: take the indices back.
    if (Want && Input.rank() <= 2 && isOneHot(T) &&
        isCleanRepair(verdictWithTarget(Call, Facts, *Want, DType::Long)))
      if (auto Fix = appendMethodCall(
              Call.Target, Input.rank() == 1 ? "argmax(0)" : "argmax(1)", Ctx))
        if (Facts.MayRepair)
          Diag << *Fix;
    break;
  }
  case LossFailure::IgnoreIndexProbabilities:
    diag(Call.Target->getBeginLoc(),
         "target of shape %0 and dtype %1 is read as class probabilities by "
         "'%2', which does not support ignore_index with them")
        << T.Sizes.str(&Symbols) << TypeName << Name
        << Call.Target->getSourceRange();
    break;
  case LossFailure::TargetDTypeMismatch:
  case LossFailure::ResultTypeCast:
  case LossFailure::IntegralTarget: {
    DType To = V.Failure == LossFailure::TargetDTypeMismatch
                   ? Facts.Input.Type
                   : floatingFor(Facts);
    auto Diag = diag(Call.Target->getBeginLoc(),
                     "target of dtype %0 does not fit '%1': %select{a "
                     "floating dtype|the input's dtype %3}2 expected")
                << TypeName << Name
                << (V.Failure == LossFailure::TargetDTypeMismatch)
                << torchtidy::dtypeName(To) << Call.Target->getSourceRange();
    if (auto Fix = Retyped(To))
      if (Facts.MayRepair)
        Diag << *Fix;
    break;
  }
  case LossFailure::CTCLengthsDType: {
    bool In = llvm::StringRef(V.Message).starts_with("input_lengths");
    const Expr *Arg = In ? Call.InputLengths : Call.TargetLengths;
    const torchtidy::LengthsOperand &L =
        In ? Facts.Operands.InputLengths : Facts.Operands.TargetLengths;
    {
      auto Diag = diag(Arg->getBeginLoc(),
                       "%0 of dtype %1 do not fit '%2': integral lengths "
                       "expected")
                  << (In ? "input_lengths" : "target_lengths")
                  << torchtidy::dtypeName(L.Type) << Name
                  << Arg->getSourceRange();
      // Both lengths are converted when neither is integral: one fix-it
      // alone would only reach the other's error.
      torchtidy::LossOperands Ops = Facts.Operands;
      bool Both = torchtidy::isIntegral(Facts.Operands.TargetLengths.Type) ==
                  Tri::False;
      Ops.InputLengths.Type = In || Both ? DType::Long : Ops.InputLengths.Type;
      Ops.TargetLengths.Type = DType::Long;
      if (isCleanRepair(verdictWith(Call, Facts, Ops))) {
        std::vector<FixItHint> Hints;
        bool Complete = true;
        for (const Expr *A : {Call.InputLengths, Call.TargetLengths}) {
          if (A != Arg && !(Both && A == Call.TargetLengths))
            continue;
          std::optional<std::vector<FixItHint>> Fix =
              appendMethodCall(A, "to(torch::kLong)", Ctx);
          Complete &= Fix.has_value();
          if (Fix)
            Hints.insert(Hints.end(), Fix->begin(), Fix->end());
        }
        if (Complete)
          if (Facts.MayRepair)
            Diag << Hints;
      }
    }
    emitNotes(Call, Throws, nullptr, Symbols);
    return;
  }
  default:
    return;
  }
  emitNotes(Call, Throws, &T, Symbols);
}

} // namespace clang::tidy::torch
