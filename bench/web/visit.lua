-- wrk script: what a first-time visitor's browser asks the portal for when it opens a certificate's QR link:
-- GET /verify/<code> (the server-made page), then its two stylesheets (which a returning visitor has cached for an
-- hour). The three requests go in turn, so a third of the requests are each; a visit is three. Codes and client
-- addresses as in codes.lua.
local codes = {}
for line in io.lines(os.getenv("CODES_FILE")) do
  if #line > 0 then codes[#codes + 1] = line end
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(os.time() + 7919 * id)
end

local step = 0
local paths = { nil, "/styles/public-page.css", "/styles/portal.css" }

function request()
  step = step % 3 + 1
  local path = paths[step] or "/verify/" .. codes[math.random(#codes)]
  local ip = "10.0." .. math.random(0, 199) .. "." .. math.random(1, 250)
  return wrk.format("GET", path, { ["X-Forwarded-For"] = ip })
end
