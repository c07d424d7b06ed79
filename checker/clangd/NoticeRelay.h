//===--- NoticeRelay.h - torch-clangd's own messages to the editor --------===//
//
// Part of torch-tidy. clangd owns the LSP connection, and its headers are
// not installed, so torch-clangd cannot send a message through it. The relay
// puts a pipe between clangd and the real stdout: a thread copies clangd's
// messages through whole, and adds torch-clangd's notices (LSP
// window/showMessage) between two of them.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_CLANGD_NOTICERELAY_H
#define TORCH_TIDY_CLANGD_NOTICERELAY_H

#include "llvm/ADT/StringRef.h"

namespace clang::tidy::torch::clangd_relay {

/// Puts the relay between clangd and stdout; call before clangd writes. Returns
/// false, leaving stdout as it was, if the pipe or the thread cannot be made.
bool start();

/// Shows Text in the editor as a warning (window/showMessage) and in the log,
/// the first time it is called with Topic. The notice goes out just before
/// clangd's next message, once clangd has answered `initialize`.
void showOnce(llvm::StringRef Topic, llvm::StringRef Text);

/// Keeps clangd's diagnostics reports on the file at Path (an absolute path)
/// from the editor: clangd reports on each config file it reads, and a file
/// of torch-clangd's own is none of the user's business.
void hideReportsOn(llvm::StringRef Path);

/// Sends what clangd wrote last and ends the relay. Also runs at exit, for
/// the paths where clangd's main exits instead of returning (--version).
void finish();

} // namespace clang::tidy::torch::clangd_relay

#endif // TORCH_TIDY_CLANGD_NOTICERELAY_H
