-- wrk script for bench/load.sh: every connection walks the pages a committee opens, with the session
-- cookies of the logged-in sessions (LOAD_COOKIE, separated by |) in turn, and the run prints p50/p90/p95/p99 and the errors.
local paths = {}
for p in string.gmatch(os.getenv("LOAD_PATHS") or "/", "[^ ]+") do
  paths[#paths + 1] = p
end
local cookies = {}
for c in string.gmatch(os.getenv("LOAD_COOKIE") or "", "[^|]+") do
  cookies[#cookies + 1] = c
end
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Cookie"] = cookies[(i % #cookies) + 1] })
end

done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.status + e.connect + e.read + e.write + e.timeout
  local rate = summary.requests / (summary.duration / 1e6)
  if os.getenv("LOAD_COMPACT") then
    -- one table row for the per-page run: page, requests/s, p50, p95, p99, errors
    io.write(string.format("| %s | %.0f | %.1f | %.1f | %.1f | %d |\n", os.getenv("LOAD_PATHS"), rate,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
    return
  end
  -- each wrk thread counts non2xx in a Lua state of its own, so the total comes from wrk: e.status counts every
  -- answer with a status above 399
  io.write(string.format("requests %d in %.1f s (%.1f/s), status >= 400 %d, errors connect %d read %d write %d timeout %d\n",
    summary.requests, summary.duration / 1e6, rate, e.status, e.connect, e.read, e.write, e.timeout))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
