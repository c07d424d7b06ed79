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

// c10/util/variant.h (converting constructor only).
template <class... Ts> class variant {
public:
  variant() = default;
  template <class T, typename = std::enable_if_t<
                         (std::is_constructible<Ts, T &&>::value || ...)>>
  variant(T &&t) {}
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
  Tensor operator-() const;
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
struct kValid {};
struct kSame {};
struct kZeros {};
} // namespace enumtype
const enumtype::kNone kNone{};
const enumtype::kMean kMean{};
const enumtype::kSum kSum{};
const enumtype::kValid kValid{};
const enumtype::kSame kSame{};
const enumtype::kZeros kZeros{};

// torch/expanding_array.h
template <size_t D, typename T = int64_t> class ExpandingArray {
public:
  /*implicit*/ ExpandingArray(std::initializer_list<T> list) {}
  /*implicit*/ ExpandingArray(std::vector<T> vec) {}
  /*implicit*/ ExpandingArray(at::ArrayRef<T> values) {}
  /*implicit*/ ExpandingArray(T single_size) {}
};

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

template <typename Contained> class ModuleHolder;

class Module {
public:
  virtual ~Module() = default;
  template <typename ModuleType>
  std::shared_ptr<ModuleType> register_module(std::string name,
                                              std::shared_ptr<ModuleType> module);
  template <typename ModuleType>
  std::shared_ptr<ModuleType> register_module(std::string name,
                                              ModuleHolder<ModuleType> module_holder);
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
};

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


// torch/nn/options/conv.h, modules/conv.h
template <size_t D> struct ConvOptions {
  using padding_t = c10::variant<ExpandingArray<D>, enumtype::kValid, enumtype::kSame>;
  ConvOptions(int64_t in_channels, int64_t out_channels,
              ExpandingArray<D> kernel_size)
      : in_channels_(in_channels), out_channels_(out_channels),
        kernel_size_(kernel_size) {}
  TORCH_ARG(int64_t, in_channels);
  TORCH_ARG(int64_t, out_channels);
  TORCH_ARG(ExpandingArray<D>, kernel_size);
  TORCH_ARG(ExpandingArray<D>, stride) = 1;
  TORCH_ARG(padding_t, padding) = 0;
  TORCH_ARG(ExpandingArray<D>, dilation) = 1;
  TORCH_ARG(int64_t, groups) = 1;
  TORCH_ARG(bool, bias) = true;
};
using Conv1dOptions = ConvOptions<1>;
using Conv2dOptions = ConvOptions<2>;
using Conv3dOptions = ConvOptions<3>;
class Conv1dImpl : public Cloneable<Conv1dImpl> {
public:
  Conv1dImpl(int64_t input_channels, int64_t output_channels,
             ExpandingArray<1> kernel_size)
      : Conv1dImpl(Conv1dOptions(input_channels, output_channels, kernel_size)) {}
  explicit Conv1dImpl(Conv1dOptions options_);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Conv1d);
class Conv2dImpl : public Cloneable<Conv2dImpl> {
public:
  Conv2dImpl(int64_t input_channels, int64_t output_channels,
             ExpandingArray<2> kernel_size)
      : Conv2dImpl(Conv2dOptions(input_channels, output_channels, kernel_size)) {}
  explicit Conv2dImpl(Conv2dOptions options_);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Conv2d);
class Conv3dImpl : public Cloneable<Conv3dImpl> {
public:
  Conv3dImpl(int64_t input_channels, int64_t output_channels,
             ExpandingArray<3> kernel_size)
      : Conv3dImpl(Conv3dOptions(input_channels, output_channels, kernel_size)) {}
  explicit Conv3dImpl(Conv3dOptions options_);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Conv3d);

// torch/nn/options/pooling.h, modules/pooling.h
template <size_t D> struct MaxPoolOptions {
  MaxPoolOptions(ExpandingArray<D> kernel_size)
      : kernel_size_(kernel_size), stride_(kernel_size) {}
  TORCH_ARG(ExpandingArray<D>, kernel_size);
  TORCH_ARG(ExpandingArray<D>, stride);
  TORCH_ARG(ExpandingArray<D>, padding) = 0;
  TORCH_ARG(ExpandingArray<D>, dilation) = 1;
  TORCH_ARG(bool, ceil_mode) = false;
};
using MaxPool2dOptions = MaxPoolOptions<2>;
class MaxPool2dImpl : public Cloneable<MaxPool2dImpl> {
public:
  MaxPool2dImpl(ExpandingArray<2> kernel_size)
      : MaxPool2dImpl(MaxPool2dOptions(kernel_size)) {}
  explicit MaxPool2dImpl(const MaxPool2dOptions &options_);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(MaxPool2d);
class AdaptiveAvgPool2dImpl : public Cloneable<AdaptiveAvgPool2dImpl> {
public:
  AdaptiveAvgPool2dImpl(ExpandingArray<2> output_size);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(AdaptiveAvgPool2d);

// torch/nn/options/embedding.h, modules/embedding.h
struct EmbeddingOptions {
  EmbeddingOptions(int64_t num_embeddings, int64_t embedding_dim);
  TORCH_ARG(int64_t, num_embeddings);
  TORCH_ARG(int64_t, embedding_dim);
};
class EmbeddingImpl : public Cloneable<EmbeddingImpl> {
public:
  EmbeddingImpl(int64_t num_embeddings, int64_t embedding_dim)
      : EmbeddingImpl(EmbeddingOptions(num_embeddings, embedding_dim)) {}
  explicit EmbeddingImpl(EmbeddingOptions options_);
  Tensor forward(const Tensor &indices);
};
TORCH_MODULE(Embedding);

// torch/nn/options/linear.h (FlattenOptions), modules/linear.h
struct FlattenOptions {
  TORCH_ARG(int64_t, start_dim) = 1;
  TORCH_ARG(int64_t, end_dim) = -1;
};
class FlattenImpl : public Cloneable<FlattenImpl> {
public:
  explicit FlattenImpl(const FlattenOptions &options_ = {});
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Flatten);

// Activations and other modules that keep sizes.
class ReLUImpl : public Cloneable<ReLUImpl> {
public:
  explicit ReLUImpl(bool inplace = false);
  Tensor forward(Tensor input);
};
TORCH_MODULE(ReLU);
class DropoutImpl : public Cloneable<DropoutImpl> {
public:
  explicit DropoutImpl(double p = 0.5);
  Tensor forward(Tensor input);
};
TORCH_MODULE(Dropout);
class BatchNorm2dImpl : public Cloneable<BatchNorm2dImpl> {
public:
  explicit BatchNorm2dImpl(int64_t num_features);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(BatchNorm2d);
class LogSoftmaxImpl : public Cloneable<LogSoftmaxImpl> {
public:
  explicit LogSoftmaxImpl(int64_t dim);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(LogSoftmax);

// torch/nn/modules/container/sequential.h
class SequentialImpl : public Cloneable<SequentialImpl> {
public:
  SequentialImpl() = default;
  template <typename... Modules> explicit SequentialImpl(Modules &&...modules);
  template <typename ReturnType = Tensor, typename... InputTypes>
  ReturnType forward(InputTypes &&...inputs);
  template <typename ModuleType> void push_back(ModuleHolder<ModuleType> module_holder);
};
class Sequential : public torch::nn::ModuleHolder<SequentialImpl> {
public:
  using torch::nn::ModuleHolder<SequentialImpl>::ModuleHolder;
  Sequential() : ModuleHolder() {}
};

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

namespace functional {
using CrossEntropyFuncOptions = CrossEntropyLossOptions;
using NLLLossFuncOptions = NLLLossOptions;
inline Tensor cross_entropy(const Tensor &input, const Tensor &target,
                            const CrossEntropyFuncOptions &options = {});
inline Tensor nll_loss(const Tensor &input, const Tensor &target,
                       const NLLLossFuncOptions &options = {});
inline Tensor one_hot(const Tensor &tensor, int64_t num_classes = -1);
} // namespace functional

} // namespace nn
} // namespace torch

#endif // TORCH_TIDY_MIRROR_TORCH_H
