"""Fails when a file of checker/ includes a header of a layer above its own."""
import os
import re
import sys

root = sys.argv[1]
# What each folder may include from the others (its own folder always).
allowed = {
    'core': set(),
    'engine': {'core'},
    'losscalls': {'core', 'engine'},
    'fixits': {'core', 'engine', 'losscalls'},
    'checks': {'core', 'engine', 'losscalls', 'fixits'},
}
include = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
bad = []
for layer, may in allowed.items():
    folder = os.path.join(root, layer)
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                m = include.match(line)
                if not m:
                    continue
                target = m.group(1)
                # A path relative to the file, or to checker/.
                resolved = os.path.normpath(os.path.join(folder, target))
                if not os.path.exists(resolved):
                    resolved = os.path.normpath(os.path.join(root, target))
                if not os.path.exists(resolved):
                    continue  # clang's, LLVM's or the standard library's
                rel = os.path.relpath(resolved, root).split(os.sep)
                other = rel[0] if len(rel) > 1 else ''
                # checker/Compat.h (top level) serves every layer above core.
                if other != layer and other not in may and not (
                        other == '' and layer != 'core'):
                    bad.append('%s:%d: %s includes %s' % (
                        os.path.relpath(path, root), number, layer, target))
                if layer == 'core' and re.match(r'(clang|llvm)/', target):
                    bad.append('%s:%d: core includes %s' % (
                        os.path.relpath(path, root), number, target))
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
