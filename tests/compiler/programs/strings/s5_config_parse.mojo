from std.collections import Dict


def parse_bool(v: String) -> Bool:
    var l = v.lower()
    return l == "true" or l == "yes" or l == "on" or l == "1"


def main() raises:
    var cfg = """
# server settings
host = example.org
port=8080
  timeout = 2.5   
debug = Yes
; legacy comment
name = "Mojo Server"
retries = -3
ratio = 1e-3
"""
    var values = Dict[String, String]()
    var order = List[String]()
    var lineno = 0
    for raw in cfg.splitlines():
        lineno += 1
        var line = raw.strip()
        if line.byte_length() == 0 or line.startswith("#") or line.startswith(";"):
            continue
        var eq = line.find("=")
        if eq < 0:
            print("line", lineno, "has no '='")
            continue
        var key = String(line[byte=:eq].strip())
        var val = String(line[byte = eq + 1 :].strip())
        if val.startswith('"') and val.endswith('"'):
            var inner = String(val[byte = 1 : val.byte_length() - 1])
            val = inner
        values[key] = val
        order.append(key)
    for k in order:
        print(k, "->", repr(values[k]))
    var port = Int(values["port"])
    var timeout = Float64(values["timeout"])
    var retries = atol(values["retries"])
    var ratio = atof(values["ratio"])
    print("port+1 =", port + 1)
    print("timeout*2 =", timeout * 2)
    print("retries =", retries, "ratio =", ratio)
    print("debug =", parse_bool(values["debug"]))
    print("name upper:", values["name"].upper())
