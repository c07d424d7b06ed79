//===--- ClangdDefaults.cpp - The torch checks on by default in clangd ----===//
//
// Part of torch-tidy. clangd runs a clang-tidy check on a file when the
// file's Checks enable it and clangd's FastCheckFilter keeps it. By default
// neither holds for the torch checks: without a .clang-tidy clangd enables a
// short list of its own, and the default filter (Strict) keeps only the
// checks clangd has timed. torch-clangd changes these two defaults, and only
// the defaults:
//  - where clangd would use its default checks, it uses them and torch-*;
//  - under the project's .clangd and the user's config.yaml it puts a config
//    fragment of its own, `FastCheckFilter: Loose` (run the checks not known
//    to be slow), which a FastCheckFilter set by the user overrides.
//
// clangd's headers are not installed, and its main builds both from fixed
// code, so torch-clangd takes the place of two calls that main makes, at
// link time (ld --wrap, see CMakeLists.txt):
//  - combine(), which joins main's clang-tidy option providers: the
//    environment, .clang-tidy files, .clangd config (when config is on), the
//    default checks, and the removal of checks clangd cannot run, in that
//    order (ClangdMain.cpp, LLVM 19 and 22);
//  - fromAncestorRelativeYAMLFiles(".clangd"), the first, and so lowest,
//    provider of main's config stack.
// The declarations below name clangd's functions by their symbols, and their
// types are the same in LLVM 19 and 22; a symbol that changes fails the
// link. (provideDefaultChecks() is not wrapped: its return type changed
// between 19 and 22, which its symbol does not show.)
//
//===----------------------------------------------------------------------===//

#include "ClangdDefaults.h"
#include "NoticeRelay.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <string>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace clang::clangd {
class ThreadsafeFS;
namespace config {
class Provider;
} // namespace config
} // namespace clang::clangd

namespace clang::tidy::torch::clangd_defaults {

/// clangd's std::unique_ptr<config::Provider>. Provider is incomplete here,
/// so torch-clangd never deletes one itself; an empty deleter keeps the
/// default deleter's layout (one pointer) and calling convention.
struct KeepProvider {
  void operator()(clang::clangd::config::Provider *) const {}
};
using ProviderPtr =
    std::unique_ptr<clang::clangd::config::Provider, KeepProvider>;

/// clangd's TidyProvider (TidyProvider.h).
using TidyProvider =
    llvm::unique_function<void(ClangTidyOptions &, llvm::StringRef) const>;

// clangd's functions by their symbols, kept whole so that nm's output can
// be searched for them.
// clang-format off
#define FROM_YAML_FILE "_ZN5clang6clangd6config8Provider12fromYAMLFileEN4llvm9StringRefES4_RKNS0_12ThreadsafeFSEb"
#define COMBINE_CONFIG "_ZN5clang6clangd6config8Provider7combineESt6vectorIPKS2_SaIS5_EE"
#define FROM_ANCESTORS "_ZN5clang6clangd6config8Provider29fromAncestorRelativeYAMLFilesEN4llvm9StringRefERKNS0_12ThreadsafeFSEb"
#define COMBINE_TIDY "_ZN5clang6clangd7combineESt6vectorIN4llvm15unique_functionIKFvRNS_4tidy16ClangTidyOptionsENS2_9StringRefEEEESaIS9_EE"
// clang-format on

// config::Provider's static members, as clangd's ConfigProvider.cpp defines
// them.
ProviderPtr fromYAMLFile(llvm::StringRef AbsPath, llvm::StringRef Directory,
                         const clang::clangd::ThreadsafeFS &FS,
                         bool Trusted) asm(FROM_YAML_FILE);
ProviderPtr combineConfig(std::vector<const clang::clangd::config::Provider *>
                              Providers) asm(COMBINE_CONFIG);

// The calls torch-clangd stands in for: __real_ is clangd's, __wrap_ ours.
ProviderPtr
realFromAncestorRelativeYAMLFiles(llvm::StringRef RelPath,
                                  const clang::clangd::ThreadsafeFS &FS,
                                  bool Trusted) asm("__real_" FROM_ANCESTORS);
ProviderPtr
wrapFromAncestorRelativeYAMLFiles(llvm::StringRef RelPath,
                                  const clang::clangd::ThreadsafeFS &FS,
                                  bool Trusted) asm("__wrap_" FROM_ANCESTORS);
TidyProvider
realCombine(std::vector<TidyProvider> Providers) asm("__real_" COMBINE_TIDY);
TidyProvider
wrapCombine(std::vector<TidyProvider> Providers) asm("__wrap_" COMBINE_TIDY);

namespace {

std::atomic<FilterDefault> TheFilterDefault{FilterDefault::NotAsked};

// The fragment under the user's: any FastCheckFilter of theirs wins.
constexpr llvm::StringLiteral DefaultsYAML =
    "# torch-clangd's defaults, under .clangd and clangd/config.yaml\n"
    "Diagnostics:\n"
    "  ClangTidy:\n"
    "    FastCheckFilter: Loose\n";

void logLine(llvm::StringRef Line) {
  std::string Text = ("torch-clangd: " + Line + "\n").str();
  // One write(2): clangd's logger holds stderr's buffer under its own lock.
  [[maybe_unused]] ssize_t Ignored =
      ::write(STDERR_FILENO, Text.data(), Text.size());
}

/// A path that reads as Text for the life of the process, with nothing on
/// disk to go missing: a sealed in-memory file, named through /proc.
std::optional<std::string> inMemoryFile(const char *Name,
                                        llvm::StringRef Text) {
  int FD = ::memfd_create(Name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (FD < 0)
    return std::nullopt;
  llvm::StringRef Left = Text;
  while (!Left.empty()) {
    ssize_t N = ::write(FD, Left.data(), Left.size());
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0) {
      ::close(FD);
      return std::nullopt;
    }
    Left = Left.drop_front(N);
  }
  // clangd reads the file again when its size or time changes: it never will.
  ::fcntl(FD, F_ADD_SEALS,
          F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
  std::string Path = "/proc/self/fd/" + std::to_string(FD);
  if (!llvm::sys::fs::exists(Path)) {
    ::close(FD);
    return std::nullopt;
  }
  return Path;
}

} // namespace

FilterDefault filterDefault() { return TheFilterDefault.load(); }

ProviderPtr
wrapFromAncestorRelativeYAMLFiles(llvm::StringRef RelPath,
                                  const clang::clangd::ThreadsafeFS &FS,
                                  bool Trusted) {
  ProviderPtr Project = realFromAncestorRelativeYAMLFiles(RelPath, FS, Trusted);
  if (RelPath != ".clangd")
    return Project;
  std::optional<std::string> Path =
      inMemoryFile("torch-clangd-defaults.yaml", DefaultsYAML);
  if (!Path) {
    TheFilterDefault = FilterDefault::Failed;
    logLine("cannot make the FastCheckFilter default (memfd_create or /proc "
            "failed); the torch-* checks need FastCheckFilter: Loose in a "
            ".clangd or clangd/config.yaml");
    return Project;
  }
  // clangd's main owns what it gets back, the combination; the two parts
  // live as long as the process.
  const clang::clangd::config::Provider *Defaults =
      fromYAMLFile(*Path, /*Directory=*/"", FS, /*Trusted=*/true).release();
  TheFilterDefault = FilterDefault::Installed;
  clangd_relay::hideReportsOn(*Path);
  return combineConfig({Defaults, Project.release()});
}

TidyProvider wrapCombine(std::vector<TidyProvider> Providers) {
  // The default checks come just before the removal of unusable checks.
  // Make sure of it: given options with no checks, that provider sets some.
  if (Providers.size() >= 2) {
    TidyProvider &Defaults = Providers[Providers.size() - 2];
    ClangTidyOptions Probe;
    Defaults(Probe, "/torch-clangd-probe/probe.cpp");
    if (Probe.Checks && !Probe.Checks->empty()) {
      Defaults = [ClangdDefaults = std::move(Defaults)](
                     ClangTidyOptions &Opts, llvm::StringRef Filename) {
        // clangd's default checks apply when nothing chose any checks.
        bool Unset = !Opts.Checks || Opts.Checks->empty();
        ClangdDefaults(Opts, Filename);
        if (!Unset)
          return;
        std::string Checks = Opts.Checks.value_or("");
        Opts.Checks = Checks.empty() ? "torch-*" : Checks + ",torch-*";
      };
      return realCombine(std::move(Providers));
    }
  }
  logLine("cannot find clangd's default checks; the torch-* checks need "
          "'torch-*' in the Checks of a .clang-tidy");
  return realCombine(std::move(Providers));
}

} // namespace clang::tidy::torch::clangd_defaults
