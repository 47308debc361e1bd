-- wrk script: what a visitor's browser asks the portal for when it opens a certificate's QR link, the static files
-- already in its cache: (1) GET /verify/<code>, Vaadin's bootstrap page, which opens an HTTP session (JSESSIONID);
-- (2) GET /?v-r=init&location=…, which creates the UI and answers its first UIDL with the session's security key;
-- (3) POST /?v-r=uidl&v-uiId=0, the client's "ui-navigate" event, which builds VerifyView (the certificate lookup)
-- and answers the page's components. Run with as many threads as connections (-t N -c N): each thread then has one
-- connection and steps through the three requests in turn. Codes and client addresses as in codes.lua.
local codes = {}
for line in io.lines(os.getenv("CODES_FILE")) do
  if #line > 0 then codes[#codes + 1] = line end
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local step, cookie, key, code, ip = 1, nil, nil, nil, nil

function init(args)
  math.randomseed(os.time() + 7919 * id)
end

function request()
  if step == 1 then
    code = codes[math.random(#codes)]
    ip = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
    return wrk.format("GET", "/verify/" .. code, { ["X-Forwarded-For"] = ip })
  elseif step == 2 then
    return wrk.format("GET", "/?v-r=init&location=verify%2F" .. code .. "&query=",
      { ["Cookie"] = cookie, ["X-Forwarded-For"] = ip })
  end
  local body = '{"csrfToken":"' .. key .. '","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":'
    .. '{"route":"verify/' .. code .. '","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],'
    .. '"syncId":0,"clientId":0}'
  return wrk.format("POST", "/?v-r=uidl&v-uiId=0",
    { ["Cookie"] = cookie, ["X-Forwarded-For"] = ip, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if step == 1 then
    local set = headers["Set-Cookie"]
    cookie = set and set:match("^[^;]+")
    step = cookie and 2 or 1
  elseif step == 2 then
    key = body:match('"Vaadin%-Security%-Key":"([^"]+)"')
    step = key and 3 or 1
  else
    step = 1
  end
end
