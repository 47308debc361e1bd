-- wrk script: what a first-time visitor's browser asks the portal for when it opens a certificate's QR link:
-- GET /verify/<code> (the server-made page), then its two stylesheets (which a returning visitor has cached for an
-- hour). The three requests go in turn, so a third of the requests are each; a visit is three. Codes and client
-- addresses from clients.lua.
dofile("bench/web/clients.lua")
local step = 0
local paths = { nil, "/styles/public-page.css", "/styles/portal.css" }

function request()
  step = step % 3 + 1
  local path = paths[step] or "/verify/" .. codes[math.random(#codes)]
  return wrk.format("GET", path, { ["X-Forwarded-For"] = client() })
end
