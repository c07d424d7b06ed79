//===--- TorchTidyModule.cpp - Registers the torch-* checks ---------------===//

#include "DebugShapeCheck.h"
#include "LossTargetRankCheck.h"
#include "ShapeAnnotationCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy::torch {

class TorchModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<LossTargetRankCheck>("torch-loss-target-rank");
    // Test-only: reports the engine's facts; not in the torch-* set.
    Factories.registerCheck<DebugShapeCheck>("torchtidy-debug-shape");
    Factories.registerCheck<ShapeAnnotationCheck>("torch-shape-annotation");
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
