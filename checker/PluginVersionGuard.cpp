//===--- PluginVersionGuard.cpp - Refuse a clang-tidy of another LLVM -----===//
//
// Part of torch-tidy, linked into the plugin only. A plugin built for one
// LLVM major loaded into a clang-tidy of another often loads, lists its
// checks and then reports nothing: a silent pass in CI. So at load time we
// ask the host for its version and stop with a clear message on a mismatch.
//
//===----------------------------------------------------------------------===//

#include "Compat.h"

#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <string>

namespace {

/// The host's major version from clang::getClangFullVersion() (the same
/// mangled name in every release we support), or 0 when it cannot be told.
int hostMajor() {
  using VersionFn = std::string (*)();
  void *Sym = dlsym(RTLD_DEFAULT, "_ZN5clang19getClangFullVersionB5cxx11Ev");
  if (!Sym)
    return 0;
  std::string Version = reinterpret_cast<VersionFn>(Sym)();
  std::size_t At = Version.find("version ");
  if (At == std::string::npos)
    return 0;
  return std::atoi(Version.c_str() + At + 8);
}

struct VersionGuard {
  VersionGuard() {
    int Host = hostMajor();
    int Built = clang::tidy::torch::compat::BuiltForLLVMMajor;
    if (Host == 0 || Host == Built)
      return;
    std::fprintf(stderr,
                 "error: TorchTidy.so was built for clang-tidy %d but was "
                 "loaded into clang-tidy %d; use clang-tidy-%d, or rebuild "
                 "torch-tidy with -DLLVM_MAJOR=%d\n",
                 Built, Host, Built, Host);
    std::fflush(stderr);
    std::_Exit(2);
  }
};

const VersionGuard Guard;

} // namespace
