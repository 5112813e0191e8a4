# Summarize log lines: levels, per-component counts, the slowest request and error messages.
from std.collections import Dict


def main() raises:
    var log = """2024-03-01 12:00:01 INFO  [http] GET /index.html 200 12ms
2024-03-01 12:00:02 INFO  [http] GET /api/users 200 48ms
2024-03-01 12:00:02 WARN  [db] slow query: SELECT * FROM users (310ms)
2024-03-01 12:00:03 ERROR [http] POST /api/login 500 1203ms
2024-03-01 12:00:04 INFO  [auth] user alice logged in
2024-03-01 12:00:05 DEBUG [cache] miss key=user:42
2024-03-01 12:00:06 ERROR [db] connection reset by peer
2024-03-01 12:00:07 INFO  [http] GET /static/app.js 304 3ms
malformed line without structure
2024-03-01 12:00:09 INFO  [http] GET /api/orders 200 95ms"""
    var levels = Dict[String, Int]()
    var components = Dict[String, Int]()
    var errors = List[String]()
    var slowest = String()
    var slowest_ms = -1
    var bad = 0
    for line in log.splitlines():
        var parts = line.split(maxsplit=4)
        if len(parts) < 5 or not parts[3].startswith("[") or not parts[3].endswith("]"):
            bad += 1
            continue
        var level = String(parts[2])
        var comp = String(parts[3].removeprefix("[").removesuffix("]"))
        var msg = parts[4]
        levels[level] = levels.get(level, 0) + 1
        components[comp] = components.get(comp, 0) + 1
        if level == "ERROR":
            errors.append(String(parts[1]) + " " + comp + ": " + msg)
        if comp == "http" and msg.endswith("ms"):
            var words = msg.split(" ")
            var ms = Int(words[len(words) - 1].removesuffix("ms"))
            if ms > slowest_ms:
                slowest_ms = ms
                slowest = String(words[0]) + " " + String(words[1])
    for lv in ["DEBUG", "INFO", "WARN", "ERROR"]:
        print(lv.ascii_ljust(6), String(levels.get(lv, 0)).ascii_rjust(3))
    var names = List[String]()
    for k in components.keys():
        names.append(k)
    sort(names)
    for n in names:
        print("component", repr(n), "->", components[n])
    print("slowest:", slowest, "at", slowest_ms, "ms")
    print("errors:")
    for e in errors:
        print("  -", e)
    print("malformed lines:", bad)
