//===--- TorchTidyModule.cpp - Registers the torch-* checks ---------------===//

#include "DebugShapeCheck.h"
#include "LossBroadcastCheck.h"
#include "LossTargetDTypeCheck.h"
#include "LossTargetRankCheck.h"
#include "LossTargetShapeCheck.h"
#include "ShapeAnnotationCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy::torch {

class TorchModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<LossBroadcastCheck>("torch-loss-broadcast");
    Factories.registerCheck<LossTargetDTypeCheck>("torch-loss-target-dtype");
    Factories.registerCheck<LossTargetRankCheck>("torch-loss-target-rank");
    Factories.registerCheck<LossTargetShapeCheck>("torch-loss-target-shape");
    Factories.registerCheck<ShapeAnnotationCheck>("torch-shape-annotation");
    // Test-only: reports the engine's facts; not in the torch-* set.
    Factories.registerCheck<DebugShapeCheck>("torchtidy-debug-shape");
  }
};

} // namespace clang::tidy::torch

namespace clang::tidy {

static ClangTidyModuleRegistry::Add<torch::TorchModule>
    X("torch-module", "Checks LibTorch loss calls against tensor shapes.");

// Referenced by the standalone driver so that the linker keeps this module.
// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int TorchModuleAnchorSource = 0;

} // namespace clang::tidy
