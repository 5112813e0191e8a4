"""Lua scripts that make every live-state decision one atomic step inside Redis.

Key names are built by the caller from the instance's prefix (KEYS where Redis needs to know them;
the prefix in ARGV for the keys of sessions found while reaping, which a single Redis allows).
"""

# Release sessions whose heartbeats stopped: a crashed hub must never leak capacity.
_REAP = """
local function reap(prefix, beats, cutoff)
  local stale = redis.call('ZRANGEBYSCORE', beats, '-inf', cutoff, 'LIMIT', 0, 500)
  for _, sid in ipairs(stale) do
    local h = prefix .. 'sess:' .. sid
    local f = redis.call('HMGET', h, 'user', 'pool')
    if f[1] then
      redis.call('SREM', prefix .. 'user:' .. f[1] .. ':sessions', sid)
      redis.call('SREM', prefix .. 'pool:' .. f[2] .. ':sessions', sid)
    end
    redis.call('DEL', h)
    redis.call('ZREM', beats, sid)
  end
  return #stale
end
"""

REAP = (
    _REAP
    + """
return reap(ARGV[1], KEYS[1], tonumber(ARGV[2]))
"""
)

# KEYS: 1 beats zset, 2 pool sessions set, 3 user sessions set, 4 pool queue zset,
#       5 queue last-poll hash, 6 new session hash, 7 queue ticket counter, 8 metrics hash,
#       9.. today's usage keys of the pool's kind (if one is missing: answer 'seed', change nothing,
#       so the caller can load it from SQL and ask again)
# ARGV: 1 now, 2 username, 3 pool, 4 capacity, 5 max_sessions, 6 quota seconds (<0: none),
#       7 heartbeat timeout, 8 queue ttl, 9 prefix, 10 session id, 11 plan
ADMIT = (
    _REAP
    + """
local now = tonumber(ARGV[1])
local user, pool = ARGV[2], ARGV[3]
local capacity, max_sessions = tonumber(ARGV[4]), tonumber(ARGV[5])
local quota = tonumber(ARGV[6])
reap(ARGV[9], KEYS[1], now - tonumber(ARGV[7]))

local function leave_queue()
  redis.call('ZREM', KEYS[4], user)
  redis.call('HDEL', KEYS[5], user)
end
local function counted(decision)
  redis.call('HINCRBY', KEYS[8], 'admissions_total{decision="' .. decision .. '"}', 1)
end

local used = 0
for i = 9, #KEYS do
  local v = redis.call('GET', KEYS[i])
  if not v then return {'seed'} end
  used = used + tonumber(v)
end
if redis.call('SCARD', KEYS[3]) >= max_sessions then
  leave_queue()
  counted('deny')
  return {'deny', 'max_sessions'}
end
if quota >= 0 and used >= quota then
  leave_queue()
  counted('deny')
  return {'deny', 'quota_exhausted'}
end

-- Drop queued users who stopped asking, so a closed browser tab does not block the pool.
local cutoff = now - tonumber(ARGV[8])
for _, who in ipairs(redis.call('ZRANGE', KEYS[4], 0, -1)) do
  local polled = tonumber(redis.call('HGET', KEYS[5], who) or '0')
  if polled < cutoff then
    redis.call('ZREM', KEYS[4], who)
    redis.call('HDEL', KEYS[5], who)
  end
end

local free = capacity - redis.call('SCARD', KEYS[2])
local rank = redis.call('ZRANK', KEYS[4], user)
local ahead = rank or redis.call('ZCARD', KEYS[4])
if free > 0 and ahead < free then
  local sid = ARGV[10]
  redis.call('HSET', KEYS[6], 'user', user, 'pool', pool, 'plan', ARGV[11],
             'started', ARGV[1], 'last', ARGV[1])
  redis.call('ZADD', KEYS[1], now, sid)
  redis.call('SADD', KEYS[2], sid)
  redis.call('SADD', KEYS[3], sid)
  leave_queue()
  counted('admit')
  local remaining = -1
  if quota >= 0 then remaining = quota - used end
  return {'admit', sid, tostring(remaining)}
end
-- Ordered by a ticket number, not the time: equal times would order ties by name.
if not rank then redis.call('ZADD', KEYS[4], redis.call('INCR', KEYS[7]), user) end
redis.call('HSET', KEYS[5], user, ARGV[1])
counted('queue')
return {'queue', tostring(redis.call('ZRANK', KEYS[4], user) + 1)}
"""
)

# KEYS: 1 session hash, 2 beats zset, 3 this pool's usage key today, 4.. other usage keys of the kind
# ARGV: 1 now, 2 most seconds one beat may meter, 3 quota seconds (<0: none),
#       4 max session seconds, 5 usage key ttl, 6 session id
HEARTBEAT = """
local now = tonumber(ARGV[1])
if redis.call('EXISTS', KEYS[1]) == 0 then return {'stop', 'unknown_session', '0'} end
local f = redis.call('HMGET', KEYS[1], 'last', 'started', 'stop')
if f[3] then return {'stop', f[3], '0'} end
local elapsed = now - tonumber(f[1])
if elapsed < 0 then elapsed = 0 end
if elapsed > tonumber(ARGV[2]) then elapsed = tonumber(ARGV[2]) end
redis.call('INCRBYFLOAT', KEYS[3], elapsed)
redis.call('EXPIRE', KEYS[3], tonumber(ARGV[5]))
redis.call('HSET', KEYS[1], 'last', ARGV[1])
redis.call('ZADD', KEYS[2], now, ARGV[6])
local used = 0
for i = 3, #KEYS do used = used + (tonumber(redis.call('GET', KEYS[i])) or 0) end
local quota = tonumber(ARGV[3])
if quota >= 0 and used >= quota then
  redis.call('HSET', KEYS[1], 'stop', 'quota_exhausted')
  return {'stop', 'quota_exhausted', tostring(elapsed)}
end
local age = now - tonumber(f[2])
if age >= tonumber(ARGV[4]) then
  redis.call('HSET', KEYS[1], 'stop', 'max_session_length')
  return {'stop', 'max_session_length', tostring(elapsed)}
end
local remaining = -1
if quota >= 0 then remaining = quota - used end
return {'continue', tostring(elapsed), tostring(remaining), tostring(tonumber(ARGV[4]) - age)}
"""

# KEYS: 1 session hash, 2 beats zset; ARGV: 1 prefix, 2 session id
RELEASE = """
local f = redis.call('HMGET', KEYS[1], 'user', 'pool')
if not f[1] then return 0 end
redis.call('SREM', ARGV[1] .. 'user:' .. f[1] .. ':sessions', ARGV[2])
redis.call('SREM', ARGV[1] .. 'pool:' .. f[2] .. ':sessions', ARGV[2])
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[2])
return 1
"""

# What a session used, as the hub measured it (shown on the dashboards; no quota depends on it).
# KEYS: 1 session hash, 2 the user's CPU seconds today, 3 the user's workspace disk hash
# ARGV: 1 the session's CPU seconds so far ('' = not measured), 2 disk bytes used, 3 disk size
#       ('' = not measured), 4 now, 5 CPU counter ttl, 6 disk hash ttl
# The session keeps its running total ('cpu'); only the growth since the last report is added to
# the day, so repeated or reordered reports never count twice.
REPORT = """
if ARGV[1] ~= '' and redis.call('EXISTS', KEYS[1]) == 1 then
  local now = tonumber(ARGV[1])
  local before = tonumber(redis.call('HGET', KEYS[1], 'cpu') or '0')
  if now > before then
    redis.call('HSET', KEYS[1], 'cpu', ARGV[1])
    redis.call('INCRBYFLOAT', KEYS[2], now - before)
    redis.call('EXPIRE', KEYS[2], tonumber(ARGV[5]))
  end
end
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[3], 'used', ARGV[2], 'size', ARGV[3], 'at', ARGV[4])
  redis.call('EXPIRE', KEYS[3], tonumber(ARGV[6]))
end
return 1
"""

# Fixed-window counter. KEYS: 1 counter; ARGV: 1 window seconds. Returns {count, ttl}.
HIT = """
local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1])) end
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1])); ttl = tonumber(ARGV[1]) end
return {c, ttl}
"""

# Mark a session to be stopped: the hub's next heartbeat answers stop with this code.
# KEYS: 1 session hash; ARGV: 1 code
MARK_STOP = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSETNX', KEYS[1], 'stop', ARGV[1])
return 1
"""
