// Test cases that run against real LibTorch.
//
// A test file defines cases with TORCH_TIDY_CASE(name) { ... }. The same
// file is linted by torch-tidy and, compiled with -DTORCH_TIDY_CASES_MAIN,
// runs every case and prints one line per case:
//   CASE <tab> name <tab> line <tab> ok|warns|throws <tab> message
//        <tab> output sizes <tab> broadcast sizes
// where message is LibTorch's error, or its warnings joined by " || ";
// output sizes are those of the tensor the case passed to record() ("-"
// when none), and broadcast sizes LibTorch's broadcast of the tensors the
// case passed to operands() ("-" when none, "x" when they do not
// broadcast). test/tools/runtime_proof.py compares the two.
#ifndef TORCH_TIDY_CASES_H
#define TORCH_TIDY_CASES_H

#include <torch/torch.h>

#include <sstream>
#include <string>
#include <vector>

namespace torch_tidy_cases {

struct Case {
  const char *Name;
  int Line;
  void (*Run)();
};

inline std::vector<Case> &allCases() {
  static std::vector<Case> Cases;
  return Cases;
}

struct Registrar {
  Registrar(const char *Name, int Line, void (*Run)()) {
    allCases().push_back({Name, Line, Run});
  }
};

/// What the running case recorded.
struct Record {
  std::string Output = "-";
  std::string Broadcast = "-";
};
inline Record &current() {
  static Record R;
  return R;
}

inline std::string sizesOf(at::IntArrayRef Sizes) {
  std::ostringstream OS;
  OS << Sizes;
  return OS.str();
}

/// Records the loss's result (with reduction=none, its shape shows the
/// shape the loss was computed over).
inline void record(const at::Tensor &Output) {
  current().Output = sizesOf(Output.sizes());
}

/// Records how LibTorch broadcasts two operands of a loss.
inline void operands(const at::Tensor &A, const at::Tensor &B) {
  try {
    current().Broadcast = sizesOf(at::infer_size(A.sizes(), B.sizes()));
  } catch (const c10::Error &) {
    current().Broadcast = "x";
  }
}

} // namespace torch_tidy_cases

// The shape oracle's probes (test/tools/shape_oracle.py): the harness prints
// what LibTorch computed, torchtidy-debug-shape reports what torch-tidy
// inferred, at the same call. torch_tidy_opaque hides a value from the
// analysis (its body is only compiled into the test program).
void torch_tidy_show(const char *Label, const at::Tensor &Tensor);
void torch_tidy_show_int(const char *Label, int64_t Value);
int64_t torch_tidy_opaque(int64_t Value);

#define TORCH_TIDY_CASE(Name)                                                  \
  static void Name();                                                          \
  static const ::torch_tidy_cases::Registrar Name##_registrar(#Name, __LINE__, \
                                                              &Name);          \
  static void Name()

#ifdef TORCH_TIDY_CASES_MAIN
#include <cstdio>
#include <sstream>

namespace torch_tidy_cases {
inline const char *CurrentCase = "";
} // namespace torch_tidy_cases

void torch_tidy_show(const char *Label, const at::Tensor &Tensor) {
  std::ostringstream Sizes;
  Sizes << Tensor.sizes();
  std::printf("SHOW\t%s\t%s\t%s\t%s\n", torch_tidy_cases::CurrentCase, Label,
              Sizes.str().c_str(), c10::toString(Tensor.scalar_type()));
}

void torch_tidy_show_int(const char *Label, int64_t Value) {
  std::printf("SHOWINT\t%s\t%s\t%lld\n", torch_tidy_cases::CurrentCase, Label,
              static_cast<long long>(Value));
}

int64_t torch_tidy_opaque(int64_t Value) { return Value; }

namespace torch_tidy_cases {

/// Keeps every warning LibTorch emits while a case runs.
class RecordingHandler : public c10::WarningHandler {
public:
  void process(const c10::SourceLocation &, const std::string &Msg,
               const bool) override {
    if (!All.empty())
      All += " || ";
    All += Msg;
  }
  std::string All;
};

inline std::string oneLine(std::string S) {
  for (char &C : S)
    if (C == '\n' || C == '\t')
      C = ' ';
  return S;
}

} // namespace torch_tidy_cases

int main() {
  using namespace torch_tidy_cases;
  // 1.13 symbolizes a backtrace for every error: skip it, we read messages.
  c10::SetStackTraceFetcher([] { return std::string(); });
  c10::Warning::set_warnAlways(true);
  for (const Case &C : allCases()) {
    RecordingHandler Handler;
    c10::Warning::WarningHandlerGuard Guard(&Handler);
    current() = Record();
    std::string Outcome = "ok", Message;
    CurrentCase = C.Name;
    try {
      C.Run();
      if (!Handler.All.empty()) {
        Outcome = "warns";
        Message = Handler.All;
      }
    } catch (const c10::Error &E) {
      Outcome = "throws";
      Message = E.what_without_backtrace();
    } catch (const std::exception &E) {
      Outcome = "throws";
      Message = E.what();
    }
    std::printf("CASE\t%s\t%d\t%s\t%s\t%s\t%s\n", C.Name, C.Line,
                Outcome.c_str(), oneLine(Message).c_str(),
                current().Output.c_str(), current().Broadcast.c_str());
  }
  return 0;
}
#endif // TORCH_TIDY_CASES_MAIN

#endif // TORCH_TIDY_CASES_H
