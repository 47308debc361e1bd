-- wrk script: GET PREFIX<code> over the data set's verification codes, each request from one of many client
-- addresses (clients.lua).
dofile("bench/web/clients.lua")
local prefix = os.getenv("PREFIX") or "/api/verify/"

function request()
  return wrk.format("GET", prefix .. codes[math.random(#codes)], { ["X-Forwarded-For"] = client() })
end
