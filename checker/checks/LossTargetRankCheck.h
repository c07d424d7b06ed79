//===--- LossTargetRankCheck.h - torch-loss-target-rank -------------------===//

#ifndef TORCH_TIDY_LOSSTARGETRANKCHECK_H
#define TORCH_TIDY_LOSSTARGETRANKCHECK_H

#include "LossCheck.h"

namespace clang::tidy::torch {

/// Finds class-index and label targets with more dims than LibTorch
/// accepts: "0D or 1D target tensor expected, multi-target not supported"
/// (CrossEntropyLoss, NLLLoss, CosineEmbeddingLoss), its spatial twin, and
/// MultiMarginLoss's "inconsistent target size".
///
/// For the user-facing documentation see:
/// docs/checks/torch-loss-target-rank.md
class LossTargetRankCheck : public LossCheckBase {
public:
  using LossCheckBase::LossCheckBase;

private:
  void diagnose(const LossCall &Call, const LossCallFacts &Facts,
                ASTContext &Ctx) override;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_LOSSTARGETRANKCHECK_H
