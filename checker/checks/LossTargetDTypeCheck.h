//===--- LossTargetDTypeCheck.h - torch-loss-target-dtype -----------------===//

#ifndef TORCH_TIDY_LOSSTARGETDTYPECHECK_H
#define TORCH_TIDY_LOSSTARGETDTYPECHECK_H

#include "LossCheck.h"

namespace clang::tidy::torch {

/// Finds loss targets of a dtype LibTorch rejects: class indices that are
/// not Long, class-probability, BCE and KLDiv targets that are not
/// floating, a Long one-hot target shaped like CrossEntropyLoss's input,
/// and CTC lengths that are not integral.
///
/// For the user-facing documentation see:
/// docs/checks/torch-loss-target-dtype.md
class LossTargetDTypeCheck : public LossCheckBase {
public:
  using LossCheckBase::LossCheckBase;

private:
  void diagnose(const LossCall &Call, const LossCallFacts &Facts,
                ASTContext &Ctx) override;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_LOSSTARGETDTYPECHECK_H
