-- Used by codes.lua (the JSON API, and the page through the copy bench/web/run makes of it): the data set's verification codes (CODES_FILE, one a line), a seed per wrk
-- thread, and client addresses drawn from 50,000 (X-Forwarded-For, which the portal trusts from this host as from a
-- reverse proxy), so that the per-client verification limit keeps count of many visitors, as it would, rather than
-- one (within its table of 100,000 clients a minute; bench/web/run raises the limit itself, see there).
codes = {}
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

function client()
  return "10.0." .. math.random(0, 199) .. "." .. math.random(1, 250)
end
