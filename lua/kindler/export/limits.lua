-- export/limits.lua: how long one command of a build file may be, for
-- every exporter. make and ninja both hand a command to sh -c as one
-- argument, which the OS cache's make.max_args bounds (Linux: 128 KiB for
-- one argument); 4096 bytes are kept for what a user adds (make's
-- command line, CFLAGS=...) and for the tools' names. A command past it is
-- split where it can be (archives by turns, links through a response
-- file) and refused with KIN-123 where it cannot.
local cachekeys = require "kindler.cachekeys"

local M = {}

function M.command(plan)
  return cachekeys.os(plan.os, "make.max_args") - 4096
end

-- KIN-123: a command of target t would be `length` bytes. ctx: the
-- exporter's { plan, d, where_target }; marks it failed.
function M.too_long(ctx, t, what, length, remedy)
  ctx.d:report("KIN-123", ctx.where_target(t.name), nil, string.format(
    "target '%s': its %s would be %d bytes, over the %d this system " ..
    "takes (make.max_args in the OS cache, less 4096 for what is added " ..
    "at build time)", t.name, what, length, M.command(ctx.plan)), remedy)
  ctx.failed = true
end

return M
