# Parsing key=value configuration lines with split, rsplit, maxsplit and partition-like logic.


def main() raises:
    var cfg = """
# server settings
host = example.com
port=8080
path = /api/v1=beta
  timeout =  30
tags = a, b ,c,, d
empty =
flag
"""
    for raw in cfg.splitlines():
        var line = raw.strip()
        if not line or line.startswith("#"):
            continue
        var kv = line.split("=", 1)
        if len(kv) != 2:
            print("no value for", repr(line))
            continue
        var key = kv[0].strip()
        var val = kv[1].strip()
        print(repr(key), "=>", repr(val))
        if key == "port" or key == "timeout":
            print("   as int:", Int(val) * 2)
        if key == "tags":
            var tags = List[String]()
            for t in val.split(","):
                var tt = t.strip()
                if tt:
                    tags.append(String(tt))
            print("   tags:", len(tags), tags)
    var path = "/usr/local/lib/python3.12/site-packages"
    print(path.split("/", 2))
    print(path.split("/"))
    print("a  b   c".split(" "))
    print("a  b   c".split())
    print("  lead and trail  ".split())
    print("one two three four".split(maxsplit=2))
    print("x,y,z".split(",", 0))
    print("".split(","), "".split())
    print("ends,".split(","), ",starts".split(","))
