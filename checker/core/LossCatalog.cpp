//===--- LossCatalog.cpp - Every LibTorch loss entry point, as data -------===//

#include "LossCatalog.h"

namespace torchtidy {

const std::vector<LossEntry> &lossEntries() {
  static const std::vector<LossEntry> Entries = {
      // CrossEntropyLoss: the module, F::cross_entropy and
      // at::cross_entropy_loss run the same code (log_softmax + nll_loss_nd,
      // or the class-probability path when target sizes equal input sizes).
      {"torch::nn::CrossEntropyLossImpl", EntryKind::Module,
       LossRuleSet::CrossEntropy, "CrossEntropyLoss", 0, 1},
      {"torch::nn::functional::cross_entropy", EntryKind::Functional,
       LossRuleSet::CrossEntropy, "torch::nn::functional::cross_entropy", 0, 1},
      {"at::cross_entropy_loss", EntryKind::ATen, LossRuleSet::CrossEntropy,
       "torch::cross_entropy_loss", 0, 1},
      // NLLLoss: the C++ front end checks rank and batch, then nll_loss_nd.
      {"torch::nn::NLLLossImpl", EntryKind::Module, LossRuleSet::NLLFrontEnd,
       "NLLLoss", 0, 1},
      {"torch::nn::functional::nll_loss", EntryKind::Functional,
       LossRuleSet::NLLFrontEnd, "torch::nn::functional::nll_loss", 0, 1},
      {"at::nll_loss_nd", EntryKind::ATen, LossRuleSet::NLLAtenNd,
       "torch::nll_loss_nd", 0, 1},
      {"at::nll_loss", EntryKind::ATen, LossRuleSet::NLLAten,
       "torch::nll_loss", 0, 1},
      {"at::nll_loss2d", EntryKind::ATen, LossRuleSet::NLLAten2d,
       "torch::nll_loss2d", 0, 1},
  };
  return Entries;
}

const LossEntry *findLossEntry(EntryKind Kind, std::string_view QualifiedName) {
  for (const LossEntry &E : lossEntries())
    if (E.Kind == Kind && E.QualifiedName == QualifiedName)
      return &E;
  return nullptr;
}

} // namespace torchtidy
