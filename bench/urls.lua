-- wrk script: each request GETs a random path from a list file (one path per line).
--   wrk -t2 -c8 -d20s --latency -s bench/urls.lua http://127.0.0.1:PORT -- urls.txt
-- At the end it prints one machine-readable line for bench/run.sh:
--   BENCH requests=… rps=… p50_us=… p90_us=… p99_us=… max_us=… non2xx=… errors=…

local paths = {}

function init(args)
  local file = args[1]
  if file == nil then
    error("usage: wrk … -s urls.lua URL -- PATHS_FILE")
  end
  local f = assert(io.open(file, "r"))
  for line in f:lines() do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  f:close()
  if #paths == 0 then
    error("no paths in " .. file)
  end
  -- Each wrk thread has its own Lua state: seed each differently.
  math.randomseed(os.time() + tonumber(tostring(paths):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout))
end
