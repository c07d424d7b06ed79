//===--- LossTargetShapeCheck.cpp - torch-loss-target-shape ---------------===//

#include "LossTargetShapeCheck.h"
#include "fixits/FixItBuilder.h"
#include "fixits/TargetRepairs.h"

#include "core/ShapeOps.h"

using torchtidy::LossFailure;
using torchtidy::LossRuleSet;
using torchtidy::Outcome;

namespace clang::tidy::torch {

namespace {

/// Which argument a failure is about (Swapped: TripletMargin's negative
/// against its positive).
enum class Culprit {
  Input,
  Input2,
  Swapped,
  Target,
  InputLengths,
  TargetLengths
};

Culprit culpritOf(const LossCall &Call, const LossCallFacts &Facts) {
  const torchtidy::LossVerdict &V = Facts.Verdict;
  switch (V.Failure) {
  case LossFailure::InputRank:
  case LossFailure::SpatialInput:
  case LossFailure::MarginInput:
  case LossFailure::CTCLogProbsRank:
    return Culprit::Input;
  case LossFailure::IndexError:
    // A 0-d input, except at::nll_loss's 2-d input with a 0-d target.
    return Facts.Input.Sizes.rank() == 0 ? Culprit::Input : Culprit::Target;
  case LossFailure::CTCLengthsSize:
    return llvm::StringRef(V.Message).starts_with("input_lengths")
               ? Culprit::InputLengths
               : Culprit::TargetLengths;
  case LossFailure::CTCLengthValue:
    return Culprit::InputLengths;
  case LossFailure::BroadcastMismatch:
  case LossFailure::SameRankRequired:
    // A loss of two inputs may fail on the inputs alone.
    if (Call.Input2 && Facts.Input2.Sizes.hasRank()) {
      const Shape &I = Facts.Input.Sizes, &I2 = Facts.Input2.Sizes;
      if (V.Failure == LossFailure::SameRankRequired
              ? I.rank() != I2.rank()
              : torchtidy::inferSize(I, I2).Fails == Tri::True)
        return Culprit::Input2;
      // With swap, the positive and the negative broadcast too.
      if (V.Failure == LossFailure::BroadcastMismatch &&
          Call.Entry->Loss == torchtidy::LossKind::TripletMargin &&
          torchtidy::inferSize(I, Facts.Target.Sizes).Fails == Tri::False)
        return Culprit::Swapped;
    }
    return Culprit::Target;
  default:
    return Culprit::Target;
  }
}

/// What an input of a rank the loss rejects should be.
std::string inputExpectation(const LossCall &Call, LossFailure F) {
  switch (F) {
  case LossFailure::InputRank:
    if (Call.Entry->Rules == LossRuleSet::NLLFrontEnd)
      return "2 or more dims";
    if (Call.Entry->Rules == LossRuleSet::NLLAten)
      return "1 or 2 dims";
    return "1 or more dims";
  case LossFailure::SpatialInput:
    return "4 dims ([N, C, H, W])";
  case LossFailure::MarginInput:
    return "a non-empty input of at most 2 dims";
  case LossFailure::CTCLogProbsRank:
    return "3 dims ([T, N, C]) or 2 ([T, C])";
  default:
    return "1 or more dims";
  }
}

} // namespace

void LossTargetShapeCheck::diagnose(const LossCall &Call,
                                    const LossCallFacts &Facts,
                                    ASTContext &Ctx) {
  const torchtidy::LossVerdict &V = Facts.Verdict;
  if (V.Result != Outcome::Throws ||
      torchtidy::checkFor(V.Failure) != torchtidy::LossCheck::TargetShape)
    return;
  const SymbolTable &Symbols = *Facts.Symbols;
  const torchtidy::LossEntry &E = *Call.Entry;
  const Shape &Input = Facts.Input.Sizes, &Target = Facts.Target.Sizes;
  const TensorFact *Explained = &Facts.Target;

  switch (Culprit C = culpritOf(Call, Facts)) {
  case Culprit::Input:
    diag(Call.Input->getBeginLoc(),
         "%0 of shape %1 %select{does|do}4 not fit '%2': %3 expected")
        << llvm::StringRef(E.InputName) << Input.str(&Symbols) << lossName(Call)
        << inputExpectation(Call, V.Failure)
        << llvm::StringRef(E.InputName).ends_with("s")
        << Call.Input->getSourceRange();
    Explained = &Facts.Input;
    break;
  case Culprit::Input2:
  case Culprit::Swapped:
    diag(Call.Input2->getBeginLoc(),
         "%0 of shape %1 does not fit %2 %3 of '%4'")
        << (E.Loss == torchtidy::LossKind::TripletMargin ? "negative"
                                                         : "input2")
        << Facts.Input2.Sizes.str(&Symbols)
        << llvm::StringRef(C == Culprit::Swapped ? E.TargetName : E.InputName)
        << (C == Culprit::Swapped ? Target : Input).str(&Symbols)
        << lossName(Call) << Call.Input2->getSourceRange();
    Explained = &Facts.Input2;
    break;
  case Culprit::InputLengths:
  case Culprit::TargetLengths: {
    Explained = nullptr;
    bool In = C == Culprit::InputLengths;
    const Expr *Arg = In ? Call.InputLengths : Call.TargetLengths;
    const torchtidy::LengthsOperand &L =
        In ? Facts.Operands.InputLengths : Facts.Operands.TargetLengths;
    if (V.Failure == LossFailure::CTCLengthValue)
      diag(Arg->getBeginLoc(),
           "input_lengths longer than the %0 time steps of %1 %2 of '%3'")
          << (Input[0].str(&Symbols)) << llvm::StringRef(E.InputName)
          << Input.str(&Symbols) << lossName(Call) << Arg->getSourceRange();
    else
      diag(Arg->getBeginLoc(),
           "%0 of shape %1 do not fit %2 %3 of '%4': one length per batch "
           "element expected")
          << (In ? "input_lengths" : "target_lengths") << L.Sizes.str(&Symbols)
          << llvm::StringRef(E.InputName) << Input.str(&Symbols)
          << lossName(Call) << Arg->getSourceRange();
    break;
  }
  case Culprit::Target: {
    std::optional<Shape> Want = torchtidy::expectedTargetShape(E.Rules, Input);
    std::string Expected;
    if (V.Failure == LossFailure::CosineTargetRank)
      Expected = std::to_string(Target.rank() == 1 ? 2 : 1) +
                 "-d inputs for a " + std::to_string(Target.rank()) +
                 "-d target";
    else if (V.Failure == LossFailure::SameRankRequired)
      Expected = "a " + std::to_string(Input.rank()) + "-d " +
                 std::string(E.TargetName);
    else if (Want && E.Loss != torchtidy::LossKind::CosineEmbedding)
      Expected = (torchtidy::takesClassIndices(E.Rules) &&
                          E.Loss != torchtidy::LossKind::MultiLabelMargin
                      ? "class indices of shape "
                      : "a " + std::string(E.TargetName) + " of shape ") +
                 Want->str(&Symbols);
    else if (Want)
      Expected = "labels of shape " + Want->str(&Symbols);
    auto Diag = diag(Call.Target->getBeginLoc(),
                     "%0 of shape %1 %select{does|do}7 not fit %2 %3 of "
                     "'%4'%select{|: %6 expected}5")
                << llvm::StringRef(E.TargetName) << Target.str(&Symbols)
                << llvm::StringRef(E.InputName) << Input.str(&Symbols)
                << lossName(Call) << !Expected.empty() << Expected
                << llvm::StringRef(E.TargetName).ends_with("s")
                << Call.Target->getSourceRange();
    // A target that must have the input's shape (BCE's [N] against [N, 1])
    // and differs from it by a size-1 dim only: add or remove that dim.
    if (Facts.MayRepair)
      Diag << sameShapeTargetFix(Call, Facts, /*MayReshape=*/false, Ctx);
    break;
  }
  }
  emitNotes(Call, "throws '" + V.Message + "'", Explained, Symbols);
  classDimNotes(Call, Facts, Ctx);
  timeFirstNote(Call, Facts, Ctx);
}

void LossTargetShapeCheck::classDimNotes(const LossCall &Call,
                                         const LossCallFacts &Facts,
                                         ASTContext &Ctx) {
  const Shape &I = Facts.Input.Sizes, &T = Facts.Target.Sizes;
  if (!torchtidy::takesClassIndices(Call.Entry->Rules) ||
      Call.Entry->Loss == torchtidy::LossKind::MultiMargin ||
      Call.Entry->Loss == torchtidy::LossKind::MultiLabelMargin ||
      !I.hasRank() || I.rank() < 3 || T.rank() + 1 != I.rank())
    return;
  // The classes are in the last dim: the target is the input without it.
  std::size_t R = I.rank();
  std::vector<Dim> Lead(I.dims().begin(), I.dims().end() - 1);
  if (T.equals(Shape::of(Lead)) != Tri::True)
    return;
  std::string In = repeatableText(Call.Input, Ctx).value_or("the input");
  std::string Tg = repeatableText(Call.Target, Ctx).value_or("the target");
  const SymbolTable &Symbols = *Facts.Symbols;

  // Move the classes to dim 1.
  auto At = [](std::size_t D) {
    return Dim::constant(static_cast<int64_t>(D));
  };
  std::vector<Dim> Order = {At(0), At(R - 1)};
  for (std::size_t D = 1; D + 1 < R; ++D)
    Order.push_back(At(D));
  Shape Moved = torchtidy::permuteShape(I, Order);
  std::string Move = R == 3 ? In + ".transpose(1, 2)"
                            : In + ".permute({0, " + std::to_string(R - 1);
  if (R != 3) {
    for (std::size_t D = 1; D + 1 < R; ++D)
      Move += ", " + std::to_string(D);
    Move += "})";
  }
  torchtidy::LossOperands Ops = Facts.Operands;
  Ops.Input.Sizes = Moved;
  if (verdictWith(Call, Facts, Ops).Result == Outcome::Ok)
    diag(Call.Input->getBeginLoc(),
         "the classes are in the last dim of %0; LibTorch expects them in "
         "dim 1: '%1' has shape %2",
         DiagnosticIDs::Note)
        << In << Move << Moved.str(&Symbols);

  // Or one row per position: flatten both.
  Ops = Facts.Operands;
  Ops.Input.Sizes = torchtidy::flattenShape(I, At(0), At(R - 2));
  Ops.Target.Sizes =
      torchtidy::flattenShape(T, Dim::constant(0), Dim::constant(-1));
  if (verdictWith(Call, Facts, Ops).Result == Outcome::Ok)
    diag(Call.Input->getBeginLoc(),
         "or flatten both: '%0.flatten(0, %1)' has shape %2 and "
         "'%3.flatten()' has shape %4",
         DiagnosticIDs::Note)
        << In << static_cast<unsigned>(R - 2) << Ops.Input.Sizes.str(&Symbols)
        << Tg << Ops.Target.Sizes.str(&Symbols);
}

void LossTargetShapeCheck::timeFirstNote(const LossCall &Call,
                                         const LossCallFacts &Facts,
                                         ASTContext &Ctx) {
  const Shape &LP = Facts.Input.Sizes;
  if (Call.Entry->Loss != torchtidy::LossKind::CTC ||
      Facts.Verdict.Failure != LossFailure::CTCLengthsSize || LP.rank() != 3)
    return;
  torchtidy::LossOperands Ops = Facts.Operands;
  Ops.Input.Sizes =
      torchtidy::transposeShape(LP, Dim::constant(0), Dim::constant(1));
  torchtidy::LossVerdict Swapped = verdictWith(Call, Facts, Ops);
  if (Swapped.Result == Outcome::Throws &&
      Swapped.Failure == LossFailure::CTCLengthsSize)
    return;
  std::string In = repeatableText(Call.Input, Ctx).value_or("log_probs");
  diag(Call.Input->getBeginLoc(),
       "CTC takes log_probs as [T, N, C], time first: '%0.transpose(0, 1)' "
       "has shape %1",
       DiagnosticIDs::Note)
      << In << Ops.Input.Sizes.str(Facts.Symbols);
}

} // namespace clang::tidy::torch
