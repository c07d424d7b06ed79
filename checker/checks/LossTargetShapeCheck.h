//===--- LossTargetShapeCheck.h - torch-loss-target-shape -----------------===//

#ifndef TORCH_TIDY_LOSSTARGETSHAPECHECK_H
#define TORCH_TIDY_LOSSTARGETSHAPECHECK_H

#include "LossCheck.h"

namespace clang::tidy::torch {

/// Finds loss calls whose sizes LibTorch rejects: a batch-size mismatch, a
/// class dim in the wrong place, a target whose size differs from the
/// input's where the loss demands equal sizes, shapes that do not
/// broadcast, inputs of a rank the loss does not take, CTC lengths that do
/// not fit the batch.
///
/// For the user-facing documentation see:
/// docs/checks/torch-loss-target-shape.md
class LossTargetShapeCheck : public LossCheckBase {
public:
  using LossCheckBase::LossCheckBase;

private:
  void diagnose(const LossCall &Call, const LossCallFacts &Facts,
                ASTContext &Ctx) override;
  /// Notes for a class dim that is last instead of 1 (seq2seq logits).
  void classDimNotes(const LossCall &Call, const LossCallFacts &Facts,
                     ASTContext &Ctx);
  /// A note for CTC log_probs given batch first.
  void timeFirstNote(const LossCall &Call, const LossCallFacts &Facts,
                     ASTContext &Ctx);
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_LOSSTARGETSHAPECHECK_H
