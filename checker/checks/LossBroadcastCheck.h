//===--- LossBroadcastCheck.h - torch-loss-broadcast ----------------------===//

#ifndef TORCH_TIDY_LOSSBROADCASTCHECK_H
#define TORCH_TIDY_LOSSBROADCASTCHECK_H

#include "LossCheck.h"

namespace clang::tidy::torch {

/// Finds elementwise losses whose target broadcasts against the input into
/// a bigger tensor: LibTorch runs, with at best a warning, and the loss
/// averages over every pair of input and target elements.
///
/// For the user-facing documentation see:
/// docs/checks/torch-loss-broadcast.md
class LossBroadcastCheck : public LossCheckBase {
public:
  using LossCheckBase::LossCheckBase;

private:
  void diagnose(const LossCall &Call, const LossCallFacts &Facts,
                ASTContext &Ctx) override;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_LOSSBROADCASTCHECK_H
