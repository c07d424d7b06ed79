#!/usr/bin/python3
"""Checks torch-tidy-sarif's YAML reader against PyYAML (Debian's
python3-yaml) on clang-tidy --export-fixes files: both must read the same
documents. Usage: yaml_crosscheck.py TORCH_TIDY_SARIF FILE.yaml...
"""
import sys
from importlib.machinery import SourceFileLoader

import yaml

converter = SourceFileLoader('torch_tidy_sarif', sys.argv[1]).load_module()
status = 0
for path in sys.argv[2:]:
    with open(path, encoding='utf-8') as f:
        text = f.read()
    ours = converter.load_yaml_documents(text)
    reference = [d for d in yaml.safe_load_all(text) if d is not None]
    diagnostics = sum(len(d.get('Diagnostics') or []) for d in reference)
    if ours == reference:
        print('%s: same %d documents, %d diagnostics' % (path, len(ours), diagnostics))
    else:
        print('%s: differs from PyYAML' % path)
        status = 1
sys.exit(status)
