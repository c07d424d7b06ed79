// A small mirror of LibTorch 1.13's declarations (Debian's libtorch-dev),
// for the fast lit suite. It keeps what the checks see: namespaces, class
// and function names, parameter names and default arguments, the
// ModuleHolder wrapper and the options structs. Nothing here runs; the
// real-header suite (test/real) guards against drift.
#ifndef TORCH_TIDY_MIRROR_TORCH_H
#define TORCH_TIDY_MIRROR_TORCH_H

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace c10 {

enum class ScalarType : int8_t {
  Byte, Char, Short, Int, Long, Half, Float, Double, ComplexHalf,
  ComplexFloat, ComplexDouble, Bool, QInt8, QUInt8, QInt32, BFloat16,
  Undefined, NumOptions
};
constexpr ScalarType kByte = ScalarType::Byte;
constexpr ScalarType kChar = ScalarType::Char;
constexpr ScalarType kShort = ScalarType::Short;
constexpr ScalarType kInt = ScalarType::Int;
constexpr ScalarType kLong = ScalarType::Long;
constexpr ScalarType kHalf = ScalarType::Half;
constexpr ScalarType kFloat = ScalarType::Float;
constexpr ScalarType kDouble = ScalarType::Double;
constexpr ScalarType kBool = ScalarType::Bool;
constexpr ScalarType kBFloat16 = ScalarType::BFloat16;

struct nullopt_t {
  constexpr explicit nullopt_t(int) {}
};
constexpr nullopt_t nullopt{0};

template <class T> class optional {
public:
  constexpr optional() noexcept {}
  constexpr optional(nullopt_t) noexcept {}
  template <typename U = T,
            typename = std::enable_if_t<std::is_constructible<T, U &&>::value>>
  constexpr optional(U &&u) : has_(true), value_(std::forward<U>(u)) {}
  constexpr bool has_value() const { return has_; }

private:
  bool has_ = false;
  T value_{};
};

template <typename T> class ArrayRef {
public:
  constexpr ArrayRef() : Data(nullptr), Length(0) {}
  constexpr ArrayRef(const T &OneElt) : Data(&OneElt), Length(1) {}
  constexpr ArrayRef(const T *data, size_t length) : Data(data), Length(length) {}
  template <typename A>
  ArrayRef(const std::vector<T, A> &Vec) : Data(Vec.data()), Length(Vec.size()) {}
  constexpr ArrayRef(const std::initializer_list<T> &Vec)
      : Data(Vec.begin() == Vec.end() ? nullptr : Vec.begin()), Length(Vec.size()) {}
  constexpr size_t size() const { return Length; }
  constexpr const T &operator[](size_t Index) const { return Data[Index]; }
  constexpr const T *begin() const { return Data; }
  constexpr const T *end() const { return Data + Length; }
  std::vector<T> vec() const { return std::vector<T>(Data, Data + Length); }

private:
  const T *Data;
  size_t Length;
};
using IntArrayRef = ArrayRef<int64_t>;

enum class DeviceType : int8_t { CPU = 0, CUDA = 1 };
constexpr DeviceType kCPU = DeviceType::CPU;
constexpr DeviceType kCUDA = DeviceType::CUDA;
struct Device {
  Device(DeviceType type, int8_t index = -1) : type_(type), index_(index) {}
  Device(const std::string &device_string);

private:
  DeviceType type_;
  int8_t index_;
};

enum class MemoryFormat : int8_t { Contiguous, Preserve, ChannelsLast };

class Scalar {
public:
  Scalar() : Scalar(int64_t(0)) {}
  template <typename T,
            typename std::enable_if<std::is_integral<T>::value, bool>::type * = nullptr>
  Scalar(T vv) : i(vv) {}
  Scalar(double vv) : d(vv) {}
  Scalar(float vv) : d(vv) {}

private:
  int64_t i = 0;
  double d = 0;
};

struct TensorOptions {
  TensorOptions() {}
  /* implicit */ TensorOptions(ScalarType dtype) : dtype_(dtype) {}
  /* implicit */ TensorOptions(Device device) {}
  /* implicit */ TensorOptions(DeviceType device_type) {}
  TensorOptions dtype(optional<ScalarType> dtype) const noexcept { return *this; }
  TensorOptions device(optional<Device> device) const noexcept { return *this; }
  TensorOptions requires_grad(optional<bool> requires_grad) const noexcept { return *this; }

private:
  ScalarType dtype_ = ScalarType::Float;
};
inline TensorOptions dtype(ScalarType dtype) { return TensorOptions().dtype(dtype); }
inline TensorOptions device(Device device) { return TensorOptions().device(device); }
inline TensorOptions requires_grad(bool requires_grad = true) {
  return TensorOptions().requires_grad(requires_grad);
}

} // namespace c10

namespace at {
// As in c10/macros/Macros.h.
using namespace c10;

namespace Reduction {
enum Reduction { None, Mean, Sum, END };
} // namespace Reduction

class TensorBase {
public:
  IntArrayRef sizes() const;
  int64_t size(int64_t dim) const;
  int64_t dim() const;
  int64_t numel() const;
  ScalarType scalar_type() const;
};

class Tensor : public TensorBase {
public:
  Tensor() = default;
  Tensor(const Tensor &) = default;
  Tensor(Tensor &&) = default;
  Tensor &operator=(const Tensor &x) & = default;
  Tensor &operator=(Tensor &&x) & = default;
  Tensor &operator=(Scalar v) &&;

  Tensor view(IntArrayRef size) const;
  Tensor view(ScalarType dtype) const;
  Tensor reshape(IntArrayRef shape) const;
  Tensor view_as(const Tensor &other) const;
  Tensor reshape_as(const Tensor &other) const;
  Tensor expand_as(const Tensor &other) const;
  Tensor unsqueeze(int64_t dim) const;
  Tensor &unsqueeze_(int64_t dim) const;
  Tensor squeeze() const;
  Tensor squeeze(int64_t dim) const;
  Tensor &squeeze_() const;
  Tensor &squeeze_(int64_t dim) const;
  Tensor flatten(int64_t start_dim = 0, int64_t end_dim = -1) const;
  Tensor argmax(c10::optional<int64_t> dim = c10::nullopt, bool keepdim = false) const;
  Tensor argmin(c10::optional<int64_t> dim = c10::nullopt, bool keepdim = false) const;
  Tensor max() const;
  std::tuple<Tensor, Tensor> max(int64_t dim, bool keepdim = false) const;
  Tensor max(const Tensor &other) const;
  Tensor min() const;
  std::tuple<Tensor, Tensor> min(int64_t dim, bool keepdim = false) const;
  Tensor permute(IntArrayRef dims) const;
  Tensor transpose(int64_t dim0, int64_t dim1) const;
  Tensor &transpose_(int64_t dim0, int64_t dim1) const;
  Tensor t() const;
  Tensor &t_() const;
  Tensor select(int64_t dim, int64_t index) const;
  Tensor narrow(int64_t dim, int64_t start, int64_t length) const;
  Tensor operator[](int64_t index) const;
  Tensor to(TensorOptions options = {}, bool non_blocking = false, bool copy = false,
            c10::optional<MemoryFormat> memory_format = c10::nullopt) const;
  Tensor to(Device device, ScalarType dtype, bool non_blocking = false, bool copy = false,
            c10::optional<MemoryFormat> memory_format = c10::nullopt) const;
  Tensor to(ScalarType dtype, bool non_blocking = false, bool copy = false,
            c10::optional<MemoryFormat> memory_format = c10::nullopt) const;
  Tensor to(const Tensor &other, bool non_blocking = false, bool copy = false,
            c10::optional<MemoryFormat> memory_format = c10::nullopt) const;
  Tensor toType(ScalarType t) const;
  Tensor cpu() const;
  Tensor cuda() const;
  Tensor clone(c10::optional<MemoryFormat> memory_format = c10::nullopt) const;
  Tensor detach() const;
  Tensor contiguous(MemoryFormat memory_format = MemoryFormat::Contiguous) const;
  Tensor relu() const;
  Tensor sigmoid() const;
  Tensor sign() const;
  Tensor exp() const;
  Tensor log() const;
  Tensor log_softmax(int64_t dim, c10::optional<ScalarType> dtype = c10::nullopt) const;
  Tensor softmax(int64_t dim, c10::optional<ScalarType> dtype = c10::nullopt) const;
  Tensor add(const Tensor &other, const Scalar &alpha = 1) const;
  Tensor mul(const Tensor &other) const;
  Tensor &add_(const Tensor &other, const Scalar &alpha = 1) const;
  Tensor &mul_(const Scalar &other) const;
  Tensor &zero_() const;
  Tensor &fill_(const Scalar &value) const;
  Tensor &requires_grad_(bool requires_grad = true) const;
  Tensor &resize_(IntArrayRef size) const;
  Tensor &copy_(const Tensor &src, bool non_blocking = false) const;
  Tensor &operator+=(const Tensor &other) const;
};
using TensorList = ArrayRef<Tensor>;

Tensor operator+(const Tensor &self, const Tensor &other);
Tensor operator+(const Tensor &self, const Scalar &other);
Tensor operator-(const Tensor &self, const Tensor &other);
Tensor operator*(const Tensor &self, const Tensor &other);
Tensor operator*(const Tensor &self, const Scalar &other);
Tensor operator/(const Tensor &self, const Tensor &other);

inline Tensor nll_loss(const Tensor &self, const Tensor &target,
                       const c10::optional<Tensor> &weight = {},
                       int64_t reduction = at::Reduction::Mean,
                       int64_t ignore_index = -100);
inline Tensor nll_loss_nd(const Tensor &self, const Tensor &target,
                          const c10::optional<Tensor> &weight = {},
                          int64_t reduction = at::Reduction::Mean,
                          int64_t ignore_index = -100);
inline Tensor nll_loss2d(const Tensor &self, const Tensor &target,
                         const c10::optional<Tensor> &weight = {},
                         int64_t reduction = at::Reduction::Mean,
                         int64_t ignore_index = -100);
inline Tensor cross_entropy_loss(const Tensor &self, const Tensor &target,
                                 const c10::optional<Tensor> &weight = {},
                                 int64_t reduction = at::Reduction::Mean,
                                 int64_t ignore_index = -100,
                                 double label_smoothing = 0.0);
// The other losses (ATen/ops/*.h).
inline Tensor l1_loss(const Tensor &self, const Tensor &target,
                      int64_t reduction = at::Reduction::Mean);
inline Tensor kl_div(const Tensor &self, const Tensor &target,
                     int64_t reduction = at::Reduction::Mean,
                     bool log_target = false);
inline Tensor mse_loss(const Tensor &self, const Tensor &target,
                       int64_t reduction = at::Reduction::Mean);
inline Tensor binary_cross_entropy(const Tensor &self, const Tensor &target,
                                   const c10::optional<Tensor> &weight = {},
                                   int64_t reduction = at::Reduction::Mean);
inline Tensor binary_cross_entropy_with_logits(
    const Tensor &self, const Tensor &target,
    const c10::optional<Tensor> &weight = {},
    const c10::optional<Tensor> &pos_weight = {},
    int64_t reduction = at::Reduction::Mean);
inline Tensor hinge_embedding_loss(const Tensor &self, const Tensor &target,
                                   double margin = 1.0,
                                   int64_t reduction = at::Reduction::Mean);
inline Tensor multi_margin_loss(const Tensor &self, const Tensor &target,
                                const Scalar &p = 1, const Scalar &margin = 1,
                                const c10::optional<Tensor> &weight = {},
                                int64_t reduction = at::Reduction::Mean);
inline Tensor cosine_embedding_loss(const Tensor &input1, const Tensor &input2,
                                    const Tensor &target, double margin = 0.0,
                                    int64_t reduction = at::Reduction::Mean);
inline Tensor smooth_l1_loss(const Tensor &self, const Tensor &target,
                             int64_t reduction = at::Reduction::Mean,
                             double beta = 1.0);
inline Tensor huber_loss(const Tensor &self, const Tensor &target,
                         int64_t reduction = at::Reduction::Mean,
                         double delta = 1.0);
inline Tensor multilabel_margin_loss(const Tensor &self, const Tensor &target,
                                     int64_t reduction = at::Reduction::Mean);
inline Tensor soft_margin_loss(const Tensor &self, const Tensor &target,
                               int64_t reduction = at::Reduction::Mean);
inline Tensor triplet_margin_loss(const Tensor &anchor, const Tensor &positive,
                                  const Tensor &negative, double margin = 1.0,
                                  double p = 2, double eps = 1e-06,
                                  bool swap = false,
                                  int64_t reduction = at::Reduction::Mean);
inline Tensor ctc_loss(const Tensor &log_probs, const Tensor &targets,
                       IntArrayRef input_lengths, IntArrayRef target_lengths,
                       int64_t blank = 0,
                       int64_t reduction = at::Reduction::Mean,
                       bool zero_infinity = false);
inline Tensor ctc_loss(const Tensor &log_probs, const Tensor &targets,
                       const Tensor &input_lengths,
                       const Tensor &target_lengths, int64_t blank = 0,
                       int64_t reduction = at::Reduction::Mean,
                       bool zero_infinity = false);
inline Tensor poisson_nll_loss(const Tensor &input, const Tensor &target,
                               bool log_input, bool full, double eps,
                               int64_t reduction);
inline Tensor margin_ranking_loss(const Tensor &input1, const Tensor &input2,
                                  const Tensor &target, double margin = 0.0,
                                  int64_t reduction = at::Reduction::Mean);
Tensor stack(TensorList tensors, int64_t dim = 0);
Tensor cat(TensorList tensors, int64_t dim = 0);
Tensor one_hot(const Tensor &self, int64_t num_classes = -1);
Tensor argmax(const Tensor &self, c10::optional<int64_t> dim = c10::nullopt,
              bool keepdim = false);
Tensor squeeze(const Tensor &self, int64_t dim);
Tensor unsqueeze(const Tensor &self, int64_t dim);
Tensor flatten(const Tensor &self, int64_t start_dim = 0, int64_t end_dim = -1);
Tensor reshape(const Tensor &self, IntArrayRef shape);
Tensor log_softmax(const Tensor &self, int64_t dim,
                   c10::optional<ScalarType> dtype = c10::nullopt);
Tensor randn(IntArrayRef size, TensorOptions options = {});
} // namespace at

namespace torch {
using namespace at;

namespace enumtype {
struct kNone {};
struct kMean {};
struct kSum {};
struct kBatchMean {};
} // namespace enumtype
const enumtype::kNone kNone{};
const enumtype::kMean kMean{};
const enumtype::kSum kSum{};
const enumtype::kBatchMean kBatchMean{};

// Factories (torch/csrc/autograd/generated/variable_factories.h).
inline at::Tensor randn(at::IntArrayRef size, at::TensorOptions options = {});
inline at::Tensor rand(at::IntArrayRef size, at::TensorOptions options = {});
inline at::Tensor zeros(at::IntArrayRef size, at::TensorOptions options = {});
inline at::Tensor ones(at::IntArrayRef size, at::TensorOptions options = {});
inline at::Tensor empty(at::IntArrayRef size, at::TensorOptions options = {},
                        c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor full(at::IntArrayRef size, const at::Scalar &fill_value,
                       at::TensorOptions options = {});
inline at::Tensor randint(int64_t high, at::IntArrayRef size,
                          at::TensorOptions options = at::kLong);
inline at::Tensor randint(int64_t low, int64_t high, at::IntArrayRef size,
                          at::TensorOptions options = at::kLong);
inline at::Tensor arange(const at::Scalar &end, at::TensorOptions options = {});
inline at::Tensor arange(const at::Scalar &start, const at::Scalar &end,
                         at::TensorOptions options = {});
inline at::Tensor arange(const at::Scalar &start, const at::Scalar &end,
                         const at::Scalar &step, at::TensorOptions options = {});
inline at::Tensor zeros_like(const at::Tensor &self, at::TensorOptions options = {},
                             c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor ones_like(const at::Tensor &self, at::TensorOptions options = {},
                            c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor eye(int64_t n, at::TensorOptions options = {});
inline at::Tensor eye(int64_t n, int64_t m, at::TensorOptions options = {});
inline at::Tensor from_blob(void *data, at::IntArrayRef sizes,
                            const at::TensorOptions &options = at::TensorOptions());

namespace detail {
struct TensorDataContainer {
  TensorDataContainer(int value);
  TensorDataContainer(int64_t value);
  TensorDataContainer(float value);
  TensorDataContainer(double value);
  TensorDataContainer(bool value);
  TensorDataContainer(std::initializer_list<TensorDataContainer> init_list);
};
} // namespace detail
inline at::Tensor tensor(detail::TensorDataContainer tensor_data_container,
                         const at::TensorOptions &options = {});

namespace nn {

class Module {
public:
  virtual ~Module() = default;
};

template <typename Derived> class Cloneable : public Module {};

namespace detail_ {
template <typename T> T &&declval_();
} // namespace detail_

template <typename Contained> class ModuleHolder {
protected:
  std::shared_ptr<Contained> impl_;

public:
  using ContainedType = Contained;
  ModuleHolder() : impl_(std::make_shared<Contained>()) {}
  /* implicit */ ModuleHolder(std::nullptr_t) : impl_(nullptr) {}
  template <typename Head, typename... Tail>
  explicit ModuleHolder(Head &&head, Tail &&...tail)
      : impl_(new Contained(std::forward<Head>(head), std::forward<Tail>(tail)...)) {}
  /* implicit */ ModuleHolder(std::shared_ptr<Contained> module) : impl_(std::move(module)) {}
  Contained *operator->() { return impl_.get(); }
  const Contained *operator->() const { return impl_.get(); }
  template <typename... Args>
  auto operator()(Args &&...args)
      -> decltype(detail_::declval_<Contained>().forward(std::forward<Args>(args)...)) {
    return impl_->forward(std::forward<Args>(args)...);
  }
};

#define TORCH_MODULE(Name)                                                     \
  class Name : public torch::nn::ModuleHolder<Name##Impl> {                    \
  public:                                                                      \
    using torch::nn::ModuleHolder<Name##Impl>::ModuleHolder;                   \
    using Impl = Name##Impl;                                                   \
  }

#define TORCH_ARG(T, name)                                                     \
public:                                                                        \
  inline auto name(const T &new_##name)->decltype(*this) {                     \
    this->name##_ = new_##name;                                                \
    return *this;                                                              \
  }                                                                            \
  inline const T &name() const noexcept { return this->name##_; }              \
                                                                               \
private:                                                                       \
  T name##_

struct reduction_t {
  reduction_t(enumtype::kNone) {}
  reduction_t(enumtype::kMean) {}
  reduction_t(enumtype::kSum) {}
  reduction_t(enumtype::kBatchMean) {}
};

// As in torch/enum.h.
#define TORCH_OPTIONS_CTOR_VARIANT_ARG3(OPTIONS_NAME, ARG_NAME, TYPE1, TYPE2,  \
                                        TYPE3)                                 \
  OPTIONS_NAME() {}                                                            \
  OPTIONS_NAME(torch::enumtype::TYPE1 ARG_NAME) : ARG_NAME##_(torch::TYPE1) {} \
  OPTIONS_NAME(torch::enumtype::TYPE2 ARG_NAME) : ARG_NAME##_(torch::TYPE2) {} \
  OPTIONS_NAME(torch::enumtype::TYPE3 ARG_NAME) : ARG_NAME##_(torch::TYPE3) {}
#define TORCH_OPTIONS_CTOR_VARIANT_ARG4(OPTIONS_NAME, ARG_NAME, TYPE1, TYPE2,  \
                                        TYPE3, TYPE4)                          \
  OPTIONS_NAME() {}                                                            \
  OPTIONS_NAME(torch::enumtype::TYPE1 ARG_NAME) : ARG_NAME##_(torch::TYPE1) {} \
  OPTIONS_NAME(torch::enumtype::TYPE2 ARG_NAME) : ARG_NAME##_(torch::TYPE2) {} \
  OPTIONS_NAME(torch::enumtype::TYPE3 ARG_NAME) : ARG_NAME##_(torch::TYPE3) {} \
  OPTIONS_NAME(torch::enumtype::TYPE4 ARG_NAME) : ARG_NAME##_(torch::TYPE4) {}

struct LinearOptions {
  LinearOptions(int64_t in_features, int64_t out_features)
      : in_features_(in_features), out_features_(out_features) {}
  TORCH_ARG(int64_t, in_features);
  TORCH_ARG(int64_t, out_features);
  TORCH_ARG(bool, bias) = true;
};

class LinearImpl : public Cloneable<LinearImpl> {
public:
  LinearImpl(int64_t in_features, int64_t out_features)
      : LinearImpl(LinearOptions(in_features, out_features)) {}
  explicit LinearImpl(const LinearOptions &options_) : options(options_) {}
  Tensor forward(const Tensor &input);
  LinearOptions options;
};
TORCH_MODULE(Linear);

struct CrossEntropyLossOptions {
  using reduction_t = torch::nn::reduction_t;
  TORCH_ARG(Tensor, weight) = {};
  TORCH_ARG(int64_t, ignore_index) = -100;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(double, label_smoothing) = 0.0;
};
class CrossEntropyLossImpl : public Cloneable<CrossEntropyLossImpl> {
public:
  explicit CrossEntropyLossImpl(const CrossEntropyLossOptions &options_ = {});
  Tensor forward(const Tensor &input, const Tensor &target);
  CrossEntropyLossOptions options;
};
TORCH_MODULE(CrossEntropyLoss);

struct NLLLossOptions {
  using reduction_t = torch::nn::reduction_t;
  TORCH_ARG(Tensor, weight) = {};
  TORCH_ARG(int64_t, ignore_index) = -100;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
class NLLLossImpl : public Cloneable<NLLLossImpl> {
public:
  explicit NLLLossImpl(const NLLLossOptions &options_ = {});
  Tensor forward(const Tensor &input, const Tensor &target);
  NLLLossOptions options;
};
TORCH_MODULE(NLLLoss);

// The other losses: options (torch/nn/options/loss.h) and modules
// (torch/nn/modules/loss.h).
struct L1LossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(L1LossOptions, reduction, kNone, kMean, kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct KLDivLossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG4(KLDivLossOptions, reduction, kNone,
                                  kBatchMean, kSum, kMean)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(bool, log_target) = false;
};
struct MSELossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(MSELossOptions, reduction, kNone, kMean, kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct BCELossOptions {
  TORCH_ARG(Tensor, weight) = {};
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct HingeEmbeddingLossOptions {
  TORCH_ARG(double, margin) = 1.0;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct MultiMarginLossOptions {
  TORCH_ARG(int64_t, p) = 1;
  TORCH_ARG(double, margin) = 1.0;
  TORCH_ARG(Tensor, weight) = Tensor();
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct CosineEmbeddingLossOptions {
  TORCH_ARG(double, margin) = 0.0;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct MultiLabelMarginLossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(MultiLabelMarginLossOptions, reduction, kNone,
                                  kMean, kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct SoftMarginLossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(SoftMarginLossOptions, reduction, kNone,
                                  kMean, kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct MultiLabelSoftMarginLossOptions {
  TORCH_ARG(Tensor, weight) = Tensor();
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct TripletMarginLossOptions {
  TORCH_ARG(double, margin) = 1.0;
  TORCH_ARG(double, p) = 2.0;
  TORCH_ARG(double, eps) = 1e-6;
  TORCH_ARG(bool, swap) = false;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct CTCLossOptions {
  TORCH_ARG(int64_t, blank) = 0;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(bool, zero_infinity) = false;
};
struct SmoothL1LossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(SmoothL1LossOptions, reduction, kNone, kMean,
                                  kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(double, beta) = 1.0;
};
struct HuberLossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(HuberLossOptions, reduction, kNone, kMean,
                                  kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(double, delta) = 1.0;
};
struct PoissonNLLLossOptions {
  TORCH_ARG(bool, log_input) = true;
  TORCH_ARG(bool, full) = false;
  TORCH_ARG(double, eps) = 1e-8;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct MarginRankingLossOptions {
  TORCH_ARG(double, margin) = 0;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct BCEWithLogitsLossOptions {
  TORCH_ARG(Tensor, weight) = {};
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(Tensor, pos_weight) = {};
};

#define TORCH_TIDY_MIRROR_LOSS(Name)                                           \
  class Name##Impl : public Cloneable<Name##Impl> {                            \
  public:                                                                      \
    explicit Name##Impl(const Name##Options &options_ = {});                   \
    Tensor forward(const Tensor &input, const Tensor &target);                 \
    Name##Options options;                                                     \
  };                                                                           \
  TORCH_MODULE(Name)
TORCH_TIDY_MIRROR_LOSS(L1Loss);
TORCH_TIDY_MIRROR_LOSS(KLDivLoss);
TORCH_TIDY_MIRROR_LOSS(MSELoss);
TORCH_TIDY_MIRROR_LOSS(BCELoss);
TORCH_TIDY_MIRROR_LOSS(HingeEmbeddingLoss);
TORCH_TIDY_MIRROR_LOSS(MultiMarginLoss);
TORCH_TIDY_MIRROR_LOSS(SmoothL1Loss);
TORCH_TIDY_MIRROR_LOSS(HuberLoss);
TORCH_TIDY_MIRROR_LOSS(MultiLabelMarginLoss);
TORCH_TIDY_MIRROR_LOSS(SoftMarginLoss);
TORCH_TIDY_MIRROR_LOSS(MultiLabelSoftMarginLoss);
TORCH_TIDY_MIRROR_LOSS(BCEWithLogitsLoss);
#undef TORCH_TIDY_MIRROR_LOSS

class CosineEmbeddingLossImpl : public Cloneable<CosineEmbeddingLossImpl> {
public:
  explicit CosineEmbeddingLossImpl(const CosineEmbeddingLossOptions &options_ = {});
  Tensor forward(const Tensor &input1, const Tensor &input2, const Tensor &target);
  CosineEmbeddingLossOptions options;
};
TORCH_MODULE(CosineEmbeddingLoss);

class TripletMarginLossImpl : public Cloneable<TripletMarginLossImpl> {
public:
  explicit TripletMarginLossImpl(const TripletMarginLossOptions &options_ = {});
  Tensor forward(const Tensor &anchor, const Tensor &positive, const Tensor &negative);
  TripletMarginLossOptions options;
};
TORCH_MODULE(TripletMarginLoss);

class CTCLossImpl : public Cloneable<CTCLossImpl> {
public:
  explicit CTCLossImpl(const CTCLossOptions &options_ = {});
  Tensor forward(const Tensor &log_probs, const Tensor &targets,
                 const Tensor &input_lengths, const Tensor &target_lengths);
  CTCLossOptions options;
};
TORCH_MODULE(CTCLoss);

class PoissonNLLLossImpl : public Cloneable<PoissonNLLLossImpl> {
public:
  explicit PoissonNLLLossImpl(const PoissonNLLLossOptions &options_ = {});
  Tensor forward(const Tensor &log_input, const Tensor &targets);
  PoissonNLLLossOptions options;
};
TORCH_MODULE(PoissonNLLLoss);

class MarginRankingLossImpl : public Cloneable<MarginRankingLossImpl> {
public:
  explicit MarginRankingLossImpl(const MarginRankingLossOptions &options_ = {});
  Tensor forward(const Tensor &input1, const Tensor &input2, const Tensor &targets);
  MarginRankingLossOptions options;
};
TORCH_MODULE(MarginRankingLoss);

namespace functional {
using CrossEntropyFuncOptions = CrossEntropyLossOptions;
using NLLLossFuncOptions = NLLLossOptions;
inline Tensor cross_entropy(const Tensor &input, const Tensor &target,
                            const CrossEntropyFuncOptions &options = {});
inline Tensor nll_loss(const Tensor &input, const Tensor &target,
                       const NLLLossFuncOptions &options = {});
inline Tensor one_hot(const Tensor &tensor, int64_t num_classes = -1);

// The other losses (torch/nn/functional/loss.h).
using L1LossFuncOptions = L1LossOptions;
using KLDivFuncOptions = KLDivLossOptions;
using MSELossFuncOptions = MSELossOptions;
using BinaryCrossEntropyFuncOptions = BCELossOptions;
using HingeEmbeddingLossFuncOptions = HingeEmbeddingLossOptions;
using MultiMarginLossFuncOptions = MultiMarginLossOptions;
using CosineEmbeddingLossFuncOptions = CosineEmbeddingLossOptions;
using MultilabelMarginLossFuncOptions = MultiLabelMarginLossOptions;
using SoftMarginLossFuncOptions = SoftMarginLossOptions;
using MultilabelSoftMarginLossFuncOptions = MultiLabelSoftMarginLossOptions;
using TripletMarginLossFuncOptions = TripletMarginLossOptions;
using CTCLossFuncOptions = CTCLossOptions;
using SmoothL1LossFuncOptions = SmoothL1LossOptions;
using HuberLossFuncOptions = HuberLossOptions;
using PoissonNLLLossFuncOptions = PoissonNLLLossOptions;
using MarginRankingLossFuncOptions = MarginRankingLossOptions;
using BinaryCrossEntropyWithLogitsFuncOptions = BCEWithLogitsLossOptions;
inline Tensor l1_loss(const Tensor &input, const Tensor &target,
                      const L1LossFuncOptions &options = {});
inline Tensor kl_div(const Tensor &input, const Tensor &target,
                     const KLDivFuncOptions &options = {});
inline Tensor mse_loss(const Tensor &input, const Tensor &target,
                       const MSELossFuncOptions &options = {});
inline Tensor binary_cross_entropy(const Tensor &input, const Tensor &target,
                                   const BinaryCrossEntropyFuncOptions &options = {});
inline Tensor hinge_embedding_loss(const Tensor &input, const Tensor &target,
                                   const HingeEmbeddingLossFuncOptions &options = {});
inline Tensor multi_margin_loss(const Tensor &input, const Tensor &target,
                                const MultiMarginLossFuncOptions &options = {});
inline Tensor cosine_embedding_loss(const Tensor &input1, const Tensor &input2,
                                    const Tensor &target,
                                    const CosineEmbeddingLossFuncOptions &options = {});
inline Tensor smooth_l1_loss(const Tensor &input, const Tensor &target,
                             const SmoothL1LossFuncOptions &options = {},
                             double beta = 1.);
inline Tensor huber_loss(const Tensor &input, const Tensor &target,
                         const HuberLossFuncOptions &options = {});
inline Tensor multilabel_margin_loss(const Tensor &input, const Tensor &target,
                                     const MultilabelMarginLossFuncOptions &options = {});
inline Tensor soft_margin_loss(const Tensor &input, const Tensor &target,
                               const SoftMarginLossFuncOptions &options = {});
inline Tensor multilabel_soft_margin_loss(
    const Tensor &input, const Tensor &target,
    const MultilabelSoftMarginLossFuncOptions &options = {});
inline Tensor triplet_margin_loss(const Tensor &anchor, const Tensor &positive,
                                  const Tensor &negative,
                                  const TripletMarginLossFuncOptions &options = {});
inline Tensor ctc_loss(const Tensor &log_probs, const Tensor &targets,
                       const Tensor &input_lengths, const Tensor &target_lengths,
                       const CTCLossFuncOptions &options = {});
inline Tensor poisson_nll_loss(const Tensor &input, const Tensor &target,
                               const PoissonNLLLossFuncOptions &options = {});
inline Tensor margin_ranking_loss(const Tensor &input1, const Tensor &input2,
                                  const Tensor &target,
                                  const MarginRankingLossFuncOptions &options = {});
inline Tensor binary_cross_entropy_with_logits(
    const Tensor &input, const Tensor &target,
    const BinaryCrossEntropyWithLogitsFuncOptions &options = {});
} // namespace functional

} // namespace nn
} // namespace torch

#endif // TORCH_TIDY_MIRROR_TORCH_H
