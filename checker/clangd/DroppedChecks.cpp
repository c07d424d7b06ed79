//===--- DroppedChecks.cpp - Tells the user why no torch check runs -------===//
//
// Part of torch-tidy. For each file it builds, clangd makes the clang-tidy
// checks that the file's Checks enable out of the factories its
// FastCheckFilter kept (ParsedAST.cpp: createChecksForLanguage). A setting
// of the user's can still leave the torch checks out there, and the file
// then looks clean. torch-clangd watches that call (ld --wrap, see
// CMakeLists.txt; the function is clang-tidy's, declared in its installed
// headers) and says once, in the editor, which setting left them out and
// how to change it.
//
//===----------------------------------------------------------------------===//

#include "ClangdDefaults.h"
#include "NoticeRelay.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Path.h"

#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::torch::clangd_dropped {

using CheckList = std::vector<std::unique_ptr<ClangTidyCheck>>;

// ClangTidyCheckFactories::createChecksForLanguage(ClangTidyContext *) const,
// by its symbol (kept whole so that nm's output can be searched for it). The
// member function's `this` comes first, as the Itanium C++ ABI passes it.
// clang-format off
#define CREATE_CHECKS "_ZNK5clang4tidy23ClangTidyCheckFactories23createChecksForLanguageEPNS0_16ClangTidyContextE"
// clang-format on
CheckList realCreateChecksForLanguage(
    const ClangTidyCheckFactories *Kept,
    ClangTidyContext *Context) asm("__real_" CREATE_CHECKS);
CheckList wrapCreateChecksForLanguage(
    const ClangTidyCheckFactories *Kept,
    ClangTidyContext *Context) asm("__wrap_" CREATE_CHECKS);

namespace {

/// The torch checks linked into torch-clangd.
const std::vector<std::string> &torchChecks() {
  static const std::vector<std::string> Names = [] {
    ClangTidyCheckFactories All;
    for (const auto &Entry : ClangTidyModuleRegistry::entries())
      Entry.instantiate()->addCheckFactories(All);
    std::vector<std::string> Torch;
    for (const auto &Factory : All)
      if (Factory.getKey().starts_with("torch-"))
        Torch.push_back(Factory.getKey().str());
    return Torch;
  }();
  return Names;
}

/// Whether the Checks glob list turns a torch check off by name (`-torch-*`):
/// the user chose, and needs no telling.
bool turnedOffByName(llvm::StringRef Checks) {
  llvm::SmallVector<llvm::StringRef> Globs;
  Checks.split(Globs, ',');
  for (llvm::StringRef Glob : Globs) {
    Glob = Glob.trim();
    if (Glob.consume_front("-") && Glob.trim().starts_with("torch"))
      return true;
  }
  return false;
}

std::string filterNotice(llvm::StringRef File) {
  std::string Head = ("no torch-* check ran on " + File + ": ").str();
  switch (clangd_defaults::filterDefault()) {
  case clangd_defaults::FilterDefault::Installed:
    return Head +
           "a .clangd or clangd/config.yaml sets FastCheckFilter: Strict, "
           "which runs only the checks clangd has timed. Set "
           "'Diagnostics: ClangTidy: FastCheckFilter: Loose' there to run "
           "them.";
  case clangd_defaults::FilterDefault::NotAsked:
    return Head +
           "clangd reads no config files (--enable-config=false), so its "
           "FastCheckFilter stays Strict, which runs only the checks clangd "
           "has timed. Drop --enable-config=false to run them.";
  case clangd_defaults::FilterDefault::Failed:
    break;
  }
  return Head +
         "clangd's FastCheckFilter is Strict, which runs only the checks "
         "clangd has timed, and torch-clangd could not make its default "
         "(see its log). Set 'Diagnostics: ClangTidy: FastCheckFilter: "
         "Loose' in a .clangd or clangd/config.yaml to run them.";
}

std::string checksNotice(llvm::StringRef File) {
  return ("no torch-* check is enabled for " + File +
          ": its clang-tidy Checks (a .clang-tidy, or Add and Remove in a "
          ".clangd) leave them out. Add 'torch-*' to run them, or "
          "'-torch-*' to keep them off without this message.")
      .str();
}

/// Says once why the torch checks are not among the checks clangd makes for
/// the context's file, if they are not.
void explainMissingTorchChecks(const ClangTidyCheckFactories &Kept,
                               const ClangTidyContext &Context) {
  // The torch checks look at C++ only; other files lose nothing.
  if (!Context.getLangOpts().CPlusPlus)
    return;
  llvm::StringRef File = llvm::sys::path::filename(Context.getCurrentFile());
  bool Enabled = false;
  for (const std::string &Name : torchChecks()) {
    if (!Context.isCheckEnabled(Name))
      continue;
    Enabled = true;
    for (const auto &Factory : Kept)
      if (Factory.getKey() == Name)
        return;
  }
  if (Enabled) {
    clangd_relay::showOnce("fast-check-filter", filterNotice(File));
    return;
  }
  std::string Checks = Context.getOptions().Checks.value_or("");
  // Where clang-tidy runs, clangd's or torch-clangd's defaults choose checks
  // if nothing else does: none at all means it does not run.
  if (llvm::StringRef(Checks).trim().empty())
    clangd_relay::showOnce("clang-tidy-off",
                           "no torch-* check runs: clangd's clang-tidy is off "
                           "(--clang-tidy=false). Drop the flag to run them.");
  else if (!turnedOffByName(Checks))
    clangd_relay::showOnce("checks", checksNotice(File));
}

} // namespace

CheckList wrapCreateChecksForLanguage(const ClangTidyCheckFactories *Kept,
                                      ClangTidyContext *Context) {
  CheckList Checks = realCreateChecksForLanguage(Kept, Context);
  if (Kept && Context)
    explainMissingTorchChecks(*Kept, *Context);
  return Checks;
}

} // namespace clang::tidy::torch::clangd_dropped
