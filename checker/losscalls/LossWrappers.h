//===--- LossWrappers.h - A project's functions that forward to a loss ----===//
//
// Part of torch-tidy. A call of a wrapper is checked like the loss it
// forwards to. Wrappers are declared by the LossWrappers option, or found
// in the translation unit: a function whose whole body is
// `return <loss call>;` and passes its own parameters as the loss's
// tensors.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_LOSSWRAPPERS_H
#define TORCH_TIDY_LOSSWRAPPERS_H

#include "LossCallMatcher.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::torch {

/// The wrappers of one check: those the option declares, and those found.
class LossWrappers {
public:
  /// Reads the LossWrappers option: `;`-separated entries
  /// `qualified::function[(p0, p1, ...)]=Loss`, where Loss is a catalog
  /// name (`CrossEntropyLoss`, `torch::nn::functional::mse_loss`,
  /// `torch::nll_loss`) and pK is the wrapper's parameter that becomes the
  /// loss's K-th tensor argument (by default the same positions as the
  /// loss's). Entries that do not parse are listed in \p Errors.
  LossWrappers(llvm::StringRef Option, std::vector<std::string> &Errors);

  /// \p Call of \p Callee read as a call of the loss it forwards to, or
  /// nothing when \p Callee is not a wrapper.
  std::optional<LossCall> callThrough(const CallExpr *Call,
                                      const FunctionDecl *Callee);

  /// Forgets what was found (declarations die with the translation unit).
  void clear() { Found.clear(); }

private:
  /// Where a wrapper's parameters go: for each tensor argument of the loss
  /// (input, target, input2, input_lengths, target_lengths), the wrapper's
  /// parameter, or -1.
  struct Forwarding {
    const torchtidy::LossEntry *Entry = nullptr;
    int Params[5] = {-1, -1, -1, -1, -1};
    /// The loss call in the wrapper's body (null when declared).
    const CallExpr *Inner = nullptr;
  };
  struct Declared {
    std::string Name;
    Forwarding How;
  };

  std::optional<Forwarding> findForwarding(const FunctionDecl *FD);

  std::vector<Declared> Declarations;
  llvm::DenseMap<const FunctionDecl *, std::optional<Forwarding>> Found;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_LOSSWRAPPERS_H
