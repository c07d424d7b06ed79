//===--- LossTargetRankCheck.cpp - torch-loss-target-rank -----------------===//

#include "LossTargetRankCheck.h"
#include "fixits/FixItBuilder.h"
#include "fixits/TargetRepairs.h"

#include "core/ShapeOps.h"
#include "engine/AstUtils.h"
#include "engine/TorchTypes.h"

#include "clang/AST/ExprCXX.h"

using torchtidy::Outcome;

namespace clang::tidy::torch {

namespace {

/// Whether removing dim \p D of the target gives what the loss expects.
bool squeezeRepairs(const LossCall &Call, const LossCallFacts &Facts,
                    const std::optional<Shape> &Want, std::size_t D) {
  const Shape &T = Facts.Target.Sizes;
  if (!Want || T[D].equals(1) != Tri::True)
    return false;
  Shape Fixed =
      torchtidy::squeezeDimShape(T, Dim::constant(static_cast<int64_t>(D)));
  if (Fixed.equals(*Want) != Tri::True)
    return false;
  // The repaired call must not throw: a Float target would, later.
  return isCleanRepair(
      verdictWithTarget(Call, Facts, Fixed, Facts.Target.Type));
}

/// The target written as `x.argmax(d, /*keepdim=*/true)` (or argmin, or
/// the torch:: function form).
struct KeepdimCall {
  const Expr *DimArg;
  const Expr *KeepdimArg;
  int64_t Dim;
};

std::optional<KeepdimCall> keepdimCall(const Expr *Target,
                                       const ASTContext &Ctx) {
  const auto *Call = dyn_cast<CallExpr>(Target->IgnoreImplicit());
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  if (!FD || !FD->getIdentifier() ||
      (FD->getName() != "argmax" && FD->getName() != "argmin") ||
      !isInTorchLibrary(FD) || FD->getNumParams() != Call->getNumArgs())
    return std::nullopt;
  const Expr *DimArg = nullptr, *KeepArg = nullptr;
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    llvm::StringRef P = FD->getParamDecl(I)->getName();
    if (P == "dim")
      DimArg = Call->getArg(I);
    else if (P == "keepdim")
      KeepArg = Call->getArg(I);
  }
  if (!DimArg || !KeepArg || isa<CXXDefaultArgExpr>(KeepArg))
    return std::nullopt;
  const auto *Keep = dyn_cast<CXXBoolLiteralExpr>(KeepArg->IgnoreImplicit());
  // The constant written, through its conversion to c10::optional<int64_t>.
  std::optional<int64_t> Dim = constantIntOf(ignoreConversions(DimArg), Ctx);
  if (!Keep || !Keep->getValue() || !Dim)
    return std::nullopt;
  return KeepdimCall{DimArg, KeepArg, *Dim};
}

/// The repair: drop the extra size-1 dim \p D, where the target's own
/// `argmax(d, true)` kept it, or else with an explicit `.squeeze(D)` (a bare
/// squeeze() would also drop the batch dim of a batch of 1).
std::vector<FixItHint> repair(const LossCall &Call, const Shape &Target,
                              std::size_t D, const ASTContext &Ctx) {
  if (std::optional<KeepdimCall> K = keepdimCall(Call.Target, Ctx)) {
    std::optional<std::size_t> At =
        torchtidy::wrapDim(Dim::constant(K->Dim), Target.rank());
    if (At && *At == D)
      if (std::optional<FixItHint> Fix =
              removeArgument(K->DimArg, K->KeepdimArg, Ctx))
        return {*Fix};
  }
  if (auto Fix = appendMethodCall(Call.Target,
                                  "squeeze(" + std::to_string(D) + ")", Ctx))
    return *Fix;
  return {};
}

} // namespace

void LossTargetRankCheck::diagnose(const LossCall &Call,
                                   const LossCallFacts &Facts,
                                   ASTContext &Ctx) {
  const torchtidy::LossVerdict &Verdict = Facts.Verdict;
  if (Verdict.Result != Outcome::Throws ||
      torchtidy::checkFor(Verdict.Failure) != torchtidy::LossCheck::TargetRank)
    return;

  const SymbolTable &Symbols = *Facts.Symbols;
  const Shape &Target = Facts.Target.Sizes;
  const Shape &Input = Facts.Input.Sizes;
  std::optional<Shape> Want =
      torchtidy::expectedTargetShape(Call.Entry->Rules, Input);
  bool Labels = Call.Entry->Loss == torchtidy::LossKind::CosineEmbedding;
  std::string Expected;
  if (Want)
    Expected = (Labels ? "labels of shape " : "class indices of shape ") +
               Want->str(&Symbols);
  else if (Labels)
    Expected = "labels of 0 or 1 dims";
  else
    Expected = "class indices of rank 3 ([N, H, W])"; // at::nll_loss2d

  {
    auto Diag = diag(Call.Target->getBeginLoc(),
                     "target of shape %0 does not fit %select{|%5 %2 of }1"
                     "'%3': %4 expected")
                << Target.str(&Symbols) << Input.hasRank()
                << Input.str(&Symbols) << lossName(Call) << Expected
                << llvm::StringRef(Call.Entry->InputName)
                << Call.Target->getSourceRange();
    for (std::size_t D = Target.rank(); D-- > 0;) {
      if (!squeezeRepairs(Call, Facts, Want, D))
        continue;
      if (Facts.MayRepair)
        Diag << repair(Call, Target, D, Ctx);
      break;
    }
  }
  emitNotes(Call, "throws '" + Verdict.Message + "'", &Facts.Target, Symbols);
  // A batch of [1] labels from a dataset: the dataset can make 0-d labels,
  // which Stack<> gives as the [B] the loss expects.
  if (Want && Want->rank() == 1 && Target.rank() == 2) {
    std::vector<const OriginStep *> Steps =
        Facts.Target.Origin.recentFirst(MaxOriginSteps);
    for (std::size_t I = 0; I + 1 < Steps.size(); ++I) {
      if (Steps[I]->Op != "Stack")
        continue;
      const OriginStep &Example = *Steps[I + 1];
      if (Example.Result.hasRank() && Example.Result.rank() == 1 &&
          Example.Result.dims()[0].constant() == 1 &&
          Example.Range.getBegin().isValid())
        diag(Example.Range.getBegin(),
             "or make each example's label 0-d here, as "
             "'torch::tensor(label, torch::kLong)': Stack<> then gives %0",
             DiagnosticIDs::Note)
            << Want->str(&Symbols);
      break;
    }
  }
}

} // namespace clang::tidy::torch
