# lit configuration of torch-tidy's test suites.
#
# Suites (directories):
#   checkers/  fast tests on the mirror headers of test/Inputs
#   stress/    deep, huge and overflowing programs (generated), time-bounded
#   fuzz/      the annotation grammar's libFuzzer target, the broken-code fuzzer
#   driver/    the plugin's loading, version guard and the standalone driver
#   real/      the same checks on Debian's real LibTorch headers, proven at run time
import os
import shlex

import lit.formats

config.name = 'torch-tidy (LLVM %s)' % config.llvm_major
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = ['.cpp', '.test']
config.excludes = ['Inputs', 'tools', 'unit', 'CMakeLists.txt']
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.torch_tidy_obj_root, 'test')

llvm_bin = config.llvm_tools_dir
config.environment['PATH'] = os.pathsep.join(
    [llvm_bin, config.environ_path])

# The sanitizer build (build-asan/, see below).
sanitize = getattr(config, 'sanitize', False)

runner = os.path.join(config.test_source_root, 'tools', 'check_torch_tidy.py')
mirror = os.path.join(config.test_source_root, 'Inputs', 'mirror')
std = '-std=c++17'

config.substitutions.append(('%python', shlex.quote(config.python_executable)))
config.substitutions.append(('%clang_tidy', config.clang_tidy))
config.substitutions.append(('%plugin', config.plugin))
config.substitutions.append(('%torch_tidy', config.standalone))
config.substitutions.append(('%mirror_flags', '%s -isystem %s' % (std, mirror)))
config.substitutions.append(('%torch_flags', config.torch_flags))
config.substitutions.append(('%torch_pch', config.torch_pch))
config.substitutions.append(('%FileCheck', os.path.join(llvm_bin, 'FileCheck')))
config.substitutions.append(('%not', os.path.join(llvm_bin, 'not')))
config.substitutions.append(('%inputs', os.path.join(config.test_source_root, 'Inputs')))
# The headers torch-tidy installs (torch_tidy/shape.h).
config.substitutions.append((
    '%annotation_include',
    os.path.join(os.path.dirname(config.test_source_root), 'include')))
config.substitutions.append((
    '%check_torch_tidy',
    '%s %s --clang-tidy=%s --load=%s --filecheck=%s' % (
        shlex.quote(config.python_executable), runner, config.clang_tidy,
        config.plugin, os.path.join(llvm_bin, 'FileCheck'))))
# With the project's own headers (torch_tidy/shape.h), as users include them.
real_flags = '%s -include-pch %s -I%s -I%s' % (
    config.torch_flags, config.torch_pch,
    os.path.join(config.test_source_root, 'Inputs', 'real'),
    os.path.join(os.path.dirname(config.test_source_root), 'include'))
config.substitutions.append(('%real_flags', real_flags))
config.substitutions.append((
    '%shape_oracle',
    '%s %s --clang-tidy=%s --load=%s --cxx=%s --compile-flags=%s --link-flags=%s' % (
        shlex.quote(config.python_executable),
        os.path.join(config.test_source_root, 'tools', 'shape_oracle.py'),
        config.clang_tidy, config.plugin, config.clangxx,
        shlex.quote(real_flags), shlex.quote(config.torch_link_flags))))
config.substitutions.append(('%cxx', config.clangxx))
config.substitutions.append(('%torch_link_flags', config.torch_link_flags))
config.substitutions.append(('%examples', os.path.join(os.path.dirname(config.test_source_root), 'examples')))
config.substitutions.append((
    '%runtime_proof',
    '%s %s --clang-tidy=%s --load=%s --cxx=%s --compile-flags=%s --link-flags=%s' % (
        shlex.quote(config.python_executable),
        os.path.join(config.test_source_root, 'tools', 'runtime_proof.py'),
        config.clang_tidy, config.plugin, config.clangxx,
        shlex.quote(real_flags), shlex.quote(config.torch_link_flags))))

# The annotation grammar's fuzzer and how long fuzz/ runs it (seconds).
config.substitutions.append(('%annotation_fuzzer', config.annotation_fuzzer))
config.substitutions.append(
    ('%fuzz_seconds', lit_config.params.get('fuzz_seconds', '60')))

# The broken-code fuzzer (test/tools/broken_code_fuzz.py), its budget
# (seconds) and the fewest mutants it must lint in it.
config.substitutions.append((
    '%broken_code_fuzz',
    '%s %s --torch-tidy=%s --mirror=%s --clangxx=%s -I%s --pch-header=torch_tidy/shape.h' % (
        shlex.quote(config.python_executable),
        os.path.join(config.test_source_root, 'tools', 'broken_code_fuzz.py'),
        config.standalone, mirror, config.clangxx,
        os.path.join(os.path.dirname(config.test_source_root), 'include'))))
config.substitutions.append((
    '%broken_fuzz_seconds',
    lit_config.params.get('broken_fuzz_seconds', '60' if sanitize else '100')))
config.substitutions.append((
    '%broken_fuzz_min',
    lit_config.params.get('broken_fuzz_min', '100' if sanitize else '300')))

# The bound on each stress program: 10 s of CPU time as built, 40 s under the
# sanitizers (which slow torch-tidy's own code several times); ten times
# that in wall time, which depends on what else the machine runs.
stress_cpu = 40 if sanitize else 10
config.substitutions.append(('%run_bounded', '%s %s --cpu=%d --wall=%d --' % (
    shlex.quote(config.python_executable),
    os.path.join(config.test_source_root, 'tools', 'run_bounded.py'),
    stress_cpu, stress_cpu * 10)))

# The sanitizer build (-DTORCH_TIDY_SANITIZE=ON, build-asan/): only the
# standalone driver is instrumented (the packaged clang-tidy cannot load an
# instrumented plugin), so every lint runs through it. A report aborts the
# process (abort_on_error), so that `not` and the fuzzer see a signal rather
# than exit status 1. Leak detection is off: LLVM frees nothing at exit on
# purpose (the frontend's DisableFree), which LeakSanitizer would report.
if sanitize:
    config.available_features.add('sanitize')
    config.substitutions.insert(
        0, ('%clang_tidy --load=%plugin', config.standalone))
    config.substitutions.insert(0, (
        '%check_torch_tidy',
        '%s %s --clang-tidy=%s --filecheck=%s' % (
            shlex.quote(config.python_executable), runner, config.standalone,
            os.path.join(llvm_bin, 'FileCheck'))))
    config.environment['ASAN_OPTIONS'] = \
        'detect_leaks=0:abort_on_error=1:halt_on_error=1'
    config.environment['UBSAN_OPTIONS'] = \
        'halt_on_error=1:abort_on_error=1:print_stacktrace=1'

config.available_features.add('llvm-%s' % config.llvm_major)
if config.gxx:
    config.available_features.add('gxx')
    config.substitutions.append(('%gxx', config.gxx))
if config.torch_flags:
    config.available_features.add('libtorch')
if config.other_clang_tidy:
    config.available_features.add('other-clang-tidy')
    config.substitutions.append(('%other_clang_tidy', config.other_clang_tidy))
    config.substitutions.append(('%other_major', config.other_major))
