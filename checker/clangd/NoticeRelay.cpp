//===--- NoticeRelay.cpp - torch-clangd's own messages to the editor ------===//
//
// Part of torch-tidy. See NoticeRelay.h.
//
//===----------------------------------------------------------------------===//

#include "NoticeRelay.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <mutex>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace clang::tidy::torch::clangd_relay {
namespace {

/// The relay of this process.
struct Relay {
  std::mutex Mu;
  std::vector<std::string> Pending; // framed notices, not sent yet
  llvm::StringSet<> Topics;         // topics already shown
  std::vector<std::string> Hidden;  // URIs whose reports are dropped
  std::thread Thread;
  int RealStdout = -1;
  int PipeIn = -1;
  bool Running = false;
};

// Never destroyed: finish() may run from exit(), after other statics.
Relay &relay() {
  static Relay *R = new Relay;
  return *R;
}

bool writeAll(int FD, llvm::StringRef Data) {
  while (!Data.empty()) {
    ssize_t N = ::write(FD, Data.data(), Data.size());
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return false;
    Data = Data.drop_front(N);
  }
  return true;
}

std::string frame(llvm::StringRef Body) {
  return "Content-Length: " + std::to_string(Body.size()) + "\r\n\r\n" +
         Body.str();
}

/// How the start of clangd's output reads as LSP base protocol.
struct Message {
  enum { Whole, Partial, NotLsp } Kind;
  size_t Size = 0; // of the whole message, headers included
};

// clangd's headers are one line; longer output without the blank line that
// ends them is not LSP (--help, --version).
constexpr size_t MaxHeaderBytes = 1024;

Message firstMessage(llvm::StringRef Out) {
  size_t HeaderEnd = Out.find("\r\n\r\n");
  if (HeaderEnd == llvm::StringRef::npos)
    return {Out.size() > MaxHeaderBytes ? Message::NotLsp : Message::Partial};
  llvm::SmallVector<llvm::StringRef, 2> Lines;
  Out.take_front(HeaderEnd).split(Lines, "\r\n");
  std::optional<size_t> Length;
  for (llvm::StringRef Line : Lines) {
    auto [Name, Value] = Line.split(':');
    size_t N;
    if (Name.trim().equals_insensitive("Content-Length") &&
        !Value.trim().getAsInteger(10, N))
      Length = N;
  }
  if (!Length)
    return {Message::NotLsp};
  size_t Size = HeaderEnd + 4 + *Length;
  return {Out.size() < Size ? Message::Partial : Message::Whole, Size};
}

/// Whether Body is a diagnostics report on one of the Hidden URIs.
bool isHiddenReport(Relay &R, llvm::StringRef Body) {
  std::vector<std::string> Hidden;
  {
    std::lock_guard<std::mutex> Lock(R.Mu);
    Hidden = R.Hidden;
  }
  for (const std::string &URI : Hidden) {
    // Most messages do not name the file: parse only those that do.
    if (!Body.contains(URI))
      continue;
    llvm::Expected<llvm::json::Value> Message = llvm::json::parse(Body);
    if (!Message) {
      llvm::consumeError(Message.takeError());
      return false;
    }
    const llvm::json::Object *Object = Message->getAsObject();
    const llvm::json::Object *Params =
        Object ? Object->getObject("params") : nullptr;
    return Params &&
           Object->getString("method") == "textDocument/publishDiagnostics" &&
           Params->getString("uri") == URI;
  }
  return false;
}

/// Copies clangd's output to the real stdout, notices between messages.
void relayLoop(Relay &R) {
  std::string Buffer;
  bool Lsp = true;
  bool Answered = false; // clangd's first message answers `initialize`
  char Chunk[1 << 16];
  for (;;) {
    ssize_t N = ::read(R.PipeIn, Chunk, sizeof(Chunk));
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    Buffer.append(Chunk, N);
    size_t Sent = 0;
    bool Ok = true;
    while (Lsp && Ok) {
      Message M = firstMessage(llvm::StringRef(Buffer).drop_front(Sent));
      if (M.Kind == Message::Partial)
        break;
      if (M.Kind == Message::NotLsp) {
        Lsp = false;
        break;
      }
      if (Answered) {
        std::vector<std::string> Notices;
        {
          std::lock_guard<std::mutex> Lock(R.Mu);
          Notices.swap(R.Pending);
        }
        for (const std::string &Notice : Notices)
          Ok = Ok && writeAll(R.RealStdout, Notice);
      }
      llvm::StringRef Whole = llvm::StringRef(Buffer).substr(Sent, M.Size);
      if (!isHiddenReport(R, Whole.drop_front(Whole.find("\r\n\r\n") + 4)))
        Ok = Ok && writeAll(R.RealStdout, Whole);
      Sent += M.Size;
      Answered = true;
    }
    if (!Lsp && Ok) {
      Ok = writeAll(R.RealStdout, llvm::StringRef(Buffer).drop_front(Sent));
      Sent = Buffer.size();
    }
    if (!Ok) {
      // The editor is gone. Closing the pipe makes clangd's next write fail,
      // as it would have on stdout, so clangd ends as it would have.
      ::close(R.PipeIn);
      return;
    }
    Buffer.erase(0, Sent);
  }
  // At the end: a message cut short, or output that is not LSP.
  writeAll(R.RealStdout, Buffer);
}

} // namespace

bool start() {
  Relay &R = relay();
  int Pipe[2];
  if (::pipe2(Pipe, O_CLOEXEC) != 0)
    return false;
  int RealStdout = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 0);
  if (RealStdout < 0 || ::dup2(Pipe[1], STDOUT_FILENO) < 0) {
    ::close(Pipe[0]);
    ::close(Pipe[1]);
    if (RealStdout >= 0)
      ::close(RealStdout);
    return false;
  }
  ::close(Pipe[1]);
  R.RealStdout = RealStdout;
  R.PipeIn = Pipe[0];
  R.Thread = std::thread(relayLoop, std::ref(R));
  R.Running = true;
  std::atexit(finish);
  return true;
}

void showOnce(llvm::StringRef Topic, llvm::StringRef Text) {
  Relay &R = relay();
  std::string Line = ("torch-clangd: " + Text).str();
  {
    std::lock_guard<std::mutex> Lock(R.Mu);
    if (!R.Topics.insert(Topic).second)
      return;
    llvm::json::Object Notice{
        {"jsonrpc", "2.0"},
        {"method", "window/showMessage"},
        {"params", llvm::json::Object{{"type", 2}, {"message", Line}}}};
    std::string Body;
    llvm::raw_string_ostream(Body) << llvm::json::Value(std::move(Notice));
    R.Pending.push_back(frame(Body));
  }
  // clangd's logger buffers stderr under its own lock: one write(2) of our
  // own keeps the line whole without touching its buffer.
  writeAll(STDERR_FILENO, Line + "\n");
}

void hideReportsOn(llvm::StringRef Path) {
  Relay &R = relay();
  std::lock_guard<std::mutex> Lock(R.Mu);
  R.Hidden.push_back(("file://" + Path).str());
}

void finish() {
  Relay &R = relay();
  if (!R.Running)
    return;
  R.Running = false;
  llvm::outs().flush();
  std::fflush(stdout);
  // Giving fd 1 back to the real stdout closes the pipe's only write end: the
  // relay sends what is left and stops.
  ::dup2(R.RealStdout, STDOUT_FILENO);
  R.Thread.join();
}

} // namespace clang::tidy::torch::clangd_relay
