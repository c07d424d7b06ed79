-- A user at Neovim, for test/integrations/neovim.test: opens a file, waits
-- for the language server's diagnostics, applies a quick fix the way a user
-- does (vim.lsp.buf.code_action(), then picking the action), saves, and
-- writes what happened to a report. Run it after the user's init file:
--
--   nvim --headless -i NONE -n -u <recipe.lua> -c 'luafile nvim_lsp_steps.lua'
--
-- Environment:
--   TORCH_TEST_FILE     the file to open
--   TORCH_TEST_REPORT   the report to write
--   TORCH_TEST_WAIT_FOR wait for a diagnostic with this code (else for the
--                       server's first diagnostics of the file)
--   TORCH_TEST_FIX      if set, apply the first quick fix offered on that
--                       diagnostic, save, and wait until it is gone
--   TORCH_TEST_TIMEOUT  seconds for each wait (120)
--
-- Report lines, for FileCheck (lines and columns 1-based):
--   diagnostic <line>:<col> <severity> [<code>] <message, newlines as ' | '>
--   action <kind> <title>          each action code_action() offers
--   after fix                      then the diagnostics after the fix
--   message <type> <text>          each window/showMessage of the session
--   time <what> <milliseconds>
-- Works with Neovim 0.7 (Debian 12) and later.

local report = assert(io.open(assert(os.getenv('TORCH_TEST_REPORT')), 'w'))
local function say(...)
  report:write(string.format(...) .. '\n')
  report:flush()
end
local function fail(what)
  say('error: %s', what)
  vim.cmd('cquit')
end

local timeout = 1000 * tonumber(os.getenv('TORCH_TEST_TIMEOUT') or '120')
local wait_for = os.getenv('TORCH_TEST_WAIT_FOR')
local severity = { 'error', 'warning', 'information', 'hint' }
local message_type = { 'error', 'warning', 'info', 'log' }

-- Note which files the server published diagnostics for (it also reports
-- on config files) and keep its messages; the editor's own handlers still
-- run.
local published, shown = {}, {}
local function also(method, record)
  local default = vim.lsp.handlers[method]
  vim.lsp.handlers[method] = function(err, result, ctx, config)
    record(result)
    return default(err, result, ctx, config)
  end
end
also('textDocument/publishDiagnostics', function(result)
  published[result.uri] = true
end)
also('window/showMessage', function(result)
  table.insert(shown, result)
end)

local function diagnostics()
  local list = vim.diagnostic.get(0)
  table.sort(list, function(a, b)
    return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
  end)
  return list
end
local function find(code)
  for _, d in ipairs(diagnostics()) do
    if d.code == code then
      return d
    end
  end
end
local function print_diagnostics()
  for _, d in ipairs(diagnostics()) do
    say('diagnostic %d:%d %s [%s] %s', d.lnum + 1, d.col + 1,
        severity[d.severity] or '?', d.code or '',
        (d.message:gsub('\n', ' | ')))
  end
end
local function elapsed_ms(since)
  return math.floor((vim.loop.hrtime() - since) / 1e6)
end

local file = vim.fn.fnamemodify(assert(os.getenv('TORCH_TEST_FILE')), ':p')
local start = vim.loop.hrtime()
vim.cmd('edit ' .. vim.fn.fnameescape(file))
if not vim.wait(timeout, function()
  if wait_for then
    return find(wait_for) ~= nil
  end
  return published[vim.uri_from_fname(file)]
end, 20) then
  fail('no diagnostics from the server')
end
say('time first-diagnostics %d', elapsed_ms(start))
print_diagnostics()

if os.getenv('TORCH_TEST_FIX') then
  local target = find(wait_for)
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  -- The user picks the first quick fix of the menu code_action() shows.
  vim.ui.select = function(items, _, on_choice)
    local pick
    for i, item in ipairs(items) do
      local action = item.action or item[2] -- 0.10+ and 0.7 shapes
      say('action %s %s', action.kind or '?', action.title)
      if not pick and action.kind == 'quickfix' then
        pick = i
      end
    end
    on_choice(items[pick], pick)
  end
  local tick = vim.api.nvim_buf_get_changedtick(0)
  vim.lsp.buf.code_action()
  if not vim.wait(timeout, function()
    return vim.api.nvim_buf_get_changedtick(0) ~= tick
  end, 20) then
    fail('the quick fix changed nothing')
  end
  vim.cmd('write')
  start = vim.loop.hrtime()
  if not vim.wait(timeout, function()
    return find(wait_for) == nil
  end, 20) then
    fail('the diagnostic stays after the fix')
  end
  say('time after-fix %d', elapsed_ms(start))
  say('after fix')
  print_diagnostics()
end

for _, m in ipairs(shown) do
  say('message %s %s', message_type[m.type] or '?', m.message)
end
vim.cmd('qall!')
