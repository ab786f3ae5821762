-- One headless Neovim 0.7 session against the bundled brieflint server, driven by test/editors/neovim.editor.ts.
-- The test writes an init.lua that sets vim.g.brieflint_session (the server, the folder, the files, what to expect)
-- and loads this file. Everything the session sees is appended to a report, one JSON object a line:
--   {event = 'versions'}                    Neovim's version and the client's offset encoding
--   {event = 'diagnostics', file, items}    vim.diagnostic.get() for a buffer, once it holds the expected count
--   {event = 'code-actions', file, ...}     the diagnostics sent (as vim.lsp.buf.code_action sends them), the titles
--   {event = 'saved', file}                 after a quick-fix was applied and the buffer written
--   {event = 'message' | 'message-request'} what the server showed
--   {event = 'error', message}              anything that went wrong; then {event = 'done'} and Neovim quits.
-- Only APIs that exist in Neovim 0.7 are used: vim.lsp.start_client (0.7 has no vim.lsp.start),
-- vim.lsp.buf_attach_client, vim.lsp.buf_request_sync, vim.lsp.util.apply_workspace_edit(edit, offset_encoding).

local session = vim.g.brieflint_session
local wait_ms = session.wait_ms

local function emit(event)
  vim.fn.writefile({ vim.fn.json_encode(event) }, session.report, 'a')
end

-- What the server shows: recorded, never prompted for. Neovim 0.7's own handler for showMessageRequest calls
-- inputlist(), which would block this headless session.
vim.lsp.handlers['window/showMessage'] = function(_, result)
  emit({ event = 'message', type = result.type, message = result.message })
end
vim.lsp.handlers['window/showMessageRequest'] = function(_, result)
  emit({ event = 'message-request', type = result.type, message = result.message })
  return vim.NIL
end

local function buffer_of(name)
  return vim.fn.bufnr(session.folder .. '/' .. name)
end

local function diagnostics_of(bufnr)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(items, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = d.code,
      has_data = d.user_data ~= nil and d.user_data.lsp ~= nil and d.user_data.lsp.data ~= nil,
    })
  end
  return items
end

--- Requests code actions for the diagnostic of `rule` exactly as vim.lsp.buf.code_action() does (the cursor on it,
--- the line's diagnostics from vim.lsp.diagnostic.get_line_diagnostics, so in byte columns), applies the one whose
--- title matches `pattern` with the 0.7 apply_workspace_edit, and writes the buffer.
local function fix(client, name, rule, pattern)
  local bufnr = buffer_of(name)
  vim.api.nvim_set_current_buf(bufnr)
  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == rule then target = d end
  end
  if not target then
    emit({ event = 'error', message = 'no ' .. rule .. ' diagnostic in ' .. name })
    return
  end
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum) }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, wait_ms)
  if not responses then
    emit({ event = 'error', message = 'textDocument/codeAction: ' .. tostring(err) })
    return
  end
  local response = responses[client.id] or {}
  if response.error then
    emit({ event = 'error', message = 'textDocument/codeAction error: ' .. vim.inspect(response.error) })
    return
  end
  local titles, chosen = {}, nil
  for _, action in ipairs(response.result or {}) do
    table.insert(titles, action.title)
    if not chosen and action.title:match(pattern) then chosen = action end
  end
  local sent = {}
  for _, d in ipairs(params.context.diagnostics) do
    table.insert(sent, { code = d.code, range = d.range, has_data = d.data ~= nil })
  end
  emit({
    event = 'code-actions', file = name, rule = rule, sent = sent, titles = titles,
    chosen = chosen and chosen.title or vim.NIL, has_edit = chosen ~= nil and chosen.edit ~= nil,
    preferred = chosen ~= nil and chosen.isPreferred == true,
  })
  if not (chosen and chosen.edit) then return end
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  vim.cmd('silent write')
  emit({ event = 'saved', file = name })
end

local function run()
  local client_id = vim.lsp.start_client({
    name = 'brieflint',
    cmd = session.cmd,
    root_dir = session.folder,
    settings = session.settings,
    on_exit = function(code, signal)
      if not session.quitting then emit({ event = 'error', message = 'the server exited: code ' .. code .. ', signal ' .. signal }) end
    end,
  })
  if not client_id then
    emit({ event = 'error', message = 'vim.lsp.start_client failed for ' .. table.concat(session.cmd, ' ') })
    return
  end
  for _, file in ipairs(session.files) do
    vim.cmd('edit ' .. vim.fn.fnameescape(session.folder .. '/' .. file.name))
    vim.lsp.buf_attach_client(vim.api.nvim_get_current_buf(), client_id)
  end
  local client = vim.lsp.get_client_by_id(client_id)
  local version = vim.version()
  emit({ event = 'versions', nvim = version.major .. '.' .. version.minor .. '.' .. version.patch, offset_encoding = client.offset_encoding })
  for _, file in ipairs(session.files) do
    local bufnr = buffer_of(file.name)
    local arrived = vim.wait(wait_ms, function() return #vim.diagnostic.get(bufnr) == file.expected end, 20)
    if not arrived then
      emit({ event = 'error', message = 'waited ' .. wait_ms .. ' ms for ' .. file.expected .. ' diagnostics in ' .. file.name .. ', have ' .. #vim.diagnostic.get(bufnr) })
    end
    emit({ event = 'diagnostics', file = file.name, items = diagnostics_of(bufnr) })
  end
  for _, step in ipairs(session.fixes) do
    fix(client, step.file, step.rule, step.title)
  end
end

vim.o.hidden = true
vim.o.swapfile = false
vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    vim.schedule(function()
      local ok, err = xpcall(run, debug.traceback)
      if not ok then emit({ event = 'error', message = tostring(err) }) end
      emit({ event = 'done' })
      session.quitting = true
      vim.cmd('qa!')
    end)
  end,
})
