def parse_config(text: String) raises -> Dict[String, String]:
    var out = Dict[String, String]()
    var section = String("")
    var lineno = 0
    for raw in text.splitlines():
        lineno += 1
        var line = raw.strip()
        if line.byte_length() == 0 or line.startswith("#") or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = String(line[byte=1 : line.byte_length() - 1].strip())
            continue
        var eq = line.find("=")
        if eq == -1:
            raise Error("line " + String(lineno) + ": expected key = value, got '" + line + "'")
        var key = String(line[byte=:eq].strip())
        var value = String(line[byte=eq + 1 :].strip())
        if value.startswith('"') and value.endswith('"') and value.byte_length() >= 2:
            var inner = String(value[byte=1 : value.byte_length() - 1])
            value = inner
        if section:
            key = section + "." + key
        out[key] = value
    return out^


def main() raises:
    var text = """
# settings
name = demo app
[server]
host = 127.0.0.1
port=8080
; comment
debug = true
[paths]
root = "/var/www"
empty =
"""
    var cfg = parse_config(text)
    var keys = List[String]()
    for k in cfg.keys():
        keys.append(k)
    sort(keys)
    for k in keys:
        print(k.ascii_ljust(14), "=", repr(cfg[k]))
    var port = Int(cfg["server.port"])
    print("port + 1 =", port + 1)
    var debug = cfg["server.debug"].lower() == "true"
    print("debug:", debug)
    var octets = cfg["server.host"].split(".")
    var total = 0
    for o in octets:
        total = total * 256 + Int(o)
    print("host as int:", total)
    try:
        _ = parse_config("ok = 1\nbroken line\n")
    except e:
        print("error:", e)
