-- wrk script for bench/load.sh: every connection walks the pages a committee opens, with the session
-- cookie of a logged-in account (LOAD_COOKIE), and the run prints p50/p90/p95/p99 and the errors.
local paths = {}
for p in string.gmatch(os.getenv("LOAD_PATHS") or "/", "[^ ]+") do
  paths[#paths + 1] = p
end
local cookie = os.getenv("LOAD_COOKIE") or ""
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Cookie"] = cookie })
end

local non2xx = 0
response = function(status, headers, body)
  if status >= 300 then
    non2xx = non2xx + 1
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d in %.1f s (%.1f/s), non-2xx %d, errors connect %d read %d write %d timeout %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), non2xx,
    e.connect, e.read, e.write, e.timeout))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
