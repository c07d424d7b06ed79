#!/usr/bin/env python3
"""A scripted editor: drives a language server (torch-clangd) over stdio.

Usage:
  lsp_client.py --server BIN --root DIR --file SRC [--fixed OUT]
                [--wait-for CODE] [--open SRC2]... [--timeout S]
                [-- SERVER_ARGS...]

Sends initialize, initialized and didOpen for SRC (a file under DIR), waits
for the server's publishDiagnostics for it and prints each diagnostic as

  diagnostic <line>:<col> <severity> [<code>] <message>
  related <line>:<col> <message>

(1-based lines and columns, for FileCheck). With --wait-for CODE it waits
until a diagnostic with that code arrives (or the timeout passes); without
it the first publication is taken. With --fixed, it then asks for the code
actions of each diagnostic, prints them as

  action <kind> <title>

applies the edit of the first quick fix to the text and writes the result to
OUT. Each --open SRC2 is then opened in turn, and its diagnostics printed
after a line `file <name>`. Last, the server's window/showMessage
notifications of the whole session are printed as

  message <type> <text>

Exits non-zero on a protocol error or a timeout.
"""

import argparse
import json
import os
import queue
import subprocess
import sys
import threading
import time
from urllib.parse import quote

SEVERITY = {1: 'error', 2: 'warning', 3: 'information', 4: 'hint'}
EXIT_GRACE = 1  # seconds
MESSAGE_TYPE = {1: 'error', 2: 'warning', 3: 'info', 4: 'log'}


def uri_of(path):
    return 'file://' + quote(os.path.abspath(path))


class Connection:
    """JSON-RPC 2.0 with LSP's Content-Length framing, over a child's stdio."""

    def __init__(self, cmd, cwd):
        self.proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE)
        self.inbox = queue.Queue()
        self.next_id = 1
        self.shown = []  # window/showMessage params, in order
        threading.Thread(target=self._read_loop, daemon=True).start()

    def _read_loop(self):
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode('ascii').partition(':')
                if name.lower() == 'content-length':
                    length = int(value)
            self.inbox.put(json.loads(stream.read(length).decode('utf-8')))

    def send(self, message):
        message['jsonrpc'] = '2.0'
        body = json.dumps(message).encode('utf-8')
        self.proc.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({'method': method, 'params': params})

    def request(self, method, params, deadline):
        rid = self.next_id
        self.next_id += 1
        self.send({'id': rid, 'method': method, 'params': params})
        return self.wait(lambda m: m.get('id') == rid and 'method' not in m, deadline)

    def wait(self, matches, deadline):
        """The first incoming message that `matches`; answers the server's own
        requests (progress tokens, configuration) on the way."""
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError('timed out waiting for the server')
            try:
                message = self.inbox.get(timeout=remaining)
            except queue.Empty:
                raise TimeoutError('timed out waiting for the server')
            if message is None:
                raise RuntimeError('the server exited (code %s)' % self.proc.wait())
            if 'method' in message and 'id' in message:
                self.send({'id': message['id'], 'result': None})
                continue
            if message.get('method') == 'window/showMessage':
                self.shown.append(message['params'])
            if 'error' in message and matches(message):
                raise RuntimeError('server error: %s' % message['error'])
            if matches(message):
                return message

    def close(self, deadline):
        try:
            self.request('shutdown', None, deadline)
            self.notify('exit', None)
            # clangd finishes background work (indexing the standard library)
            # before it exits; a session's results need none of it.
            self.proc.wait(timeout=EXIT_GRACE)
        except Exception:
            self.proc.kill()
            self.proc.wait()


def position_to_offset(text, pos):
    """LSP positions count UTF-16 code units; clangd's default encoding."""
    lines = text.split('\n')
    prefix = sum(len(l) + 1 for l in lines[:pos['line']])
    line = lines[pos['line']]
    units, col = 0, 0
    while col < len(line) and units < pos['character']:
        units += 2 if ord(line[col]) > 0xFFFF else 1
        col += 1
    return prefix + col


def apply_edits(text, edits):
    spans = sorted(((position_to_offset(text, e['range']['start']),
                     position_to_offset(text, e['range']['end']), e['newText'])
                    for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def edits_for(action, uri):
    edit = action.get('edit') or {}
    edits = list((edit.get('changes') or {}).get(uri, []))
    for change in edit.get('documentChanges') or []:
        if change.get('textDocument', {}).get('uri') == uri:
            edits += change.get('edits', [])
    return edits


def open_file(conn, path, wait_for, deadline):
    """Opens path; returns its text, URI and first diagnostics (with a
    diagnostic of code wait_for, if given)."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    uri = uri_of(path)
    conn.notify('textDocument/didOpen', {'textDocument': {
        'uri': uri, 'languageId': 'cpp', 'version': 1, 'text': text}})

    def published(m):
        if m.get('method') != 'textDocument/publishDiagnostics' or \
                m['params']['uri'] != uri:
            return False
        if not wait_for:
            return True
        return any(d.get('code') == wait_for for d in m['params']['diagnostics'])

    return text, uri, conn.wait(published, deadline)['params']['diagnostics']


def print_diagnostics(diagnostics):
    for d in diagnostics:
        start = d['range']['start']
        print('diagnostic %d:%d %s [%s] %s' % (
            start['line'] + 1, start['character'] + 1,
            SEVERITY.get(d.get('severity'), '?'), d.get('code', ''),
            d['message'].replace('\n', ' | ')))
        for r in d.get('relatedInformation') or []:
            rs = r['location']['range']['start']
            print('related %d:%d %s' % (rs['line'] + 1, rs['character'] + 1,
                                        r['message']))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--server', required=True)
    parser.add_argument('--root', required=True)
    parser.add_argument('--file', required=True)
    parser.add_argument('--fixed')
    parser.add_argument('--wait-for')
    parser.add_argument('--open', action='append', default=[])
    parser.add_argument('--timeout', type=float, default=300)
    args, server_args = parser.parse_known_args()
    if server_args[:1] == ['--']:
        server_args = server_args[1:]

    deadline = time.monotonic() + args.timeout
    conn = Connection([args.server] + server_args, cwd=args.root)
    try:
        init = conn.request('initialize', {
            'processId': os.getpid(),
            'rootUri': uri_of(args.root),
            'capabilities': {
                'textDocument': {
                    'publishDiagnostics': {'relatedInformation': True},
                    'codeAction': {'codeActionLiteralSupport': {
                        'codeActionKind': {'valueSet': ['quickfix', 'refactor']}}},
                },
                'workspace': {'workspaceEdit': {'documentChanges': True}},
            },
        }, deadline)
        info = init['result'].get('serverInfo', {})
        print('server %s %s' % (info.get('name', '?'), info.get('version', '?')))
        conn.notify('initialized', {})
        text, uri, diagnostics = open_file(conn, args.file, args.wait_for, deadline)
        print_diagnostics(diagnostics)

        if args.fixed:
            fixed = None
            for d in diagnostics:
                reply = conn.request('textDocument/codeAction', {
                    'textDocument': {'uri': uri}, 'range': d['range'],
                    'context': {'diagnostics': [d], 'only': ['quickfix']}}, deadline)
                for action in reply.get('result') or []:
                    print('action %s %s' % (action.get('kind', '?'), action.get('title')))
                    edits = edits_for(action, uri)
                    if fixed is None and action.get('kind') == 'quickfix' and edits:
                        fixed = apply_edits(text, edits)
            if fixed is None:
                print('error: no quick fix with an edit', file=sys.stderr)
                return 1
            with open(args.fixed, 'w', encoding='utf-8') as f:
                f.write(fixed)

        for path in args.open:
            print('file %s' % os.path.basename(path))
            print_diagnostics(open_file(conn, path, None, deadline)[2])
        conn.close(deadline)
        for shown in conn.shown:
            print('message %s %s' % (MESSAGE_TYPE.get(shown.get('type'), '?'),
                                     shown.get('message')))
        return 0
    except (TimeoutError, RuntimeError) as e:
        print('error: %s' % e, file=sys.stderr)
        conn.proc.kill()
        return 1


if __name__ == '__main__':
    sys.exit(main())
