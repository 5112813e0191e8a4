# An INI file parser: sections, key/value pairs, comments, continuation of lists, typed getters.
from std.collections import Dict


struct Ini:
    var data: Dict[String, Dict[String, String]]

    def __init__(out self, text: String) raises:
        self.data = Dict[String, Dict[String, String]]()
        var section = String("DEFAULT")
        self.data[section] = Dict[String, String]()
        var lineno = 0
        for raw in text.splitlines():
            lineno += 1
            var line = raw.strip()
            if not line or line.startswith(";") or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                section = String(line[byte = 1 : line.byte_length() - 1].strip())
                if section not in self.data:
                    self.data[section] = Dict[String, String]()
                continue
            var eq = line.find("=")
            if eq < 0:
                raise Error("line " + String(lineno) + ": expected key = value, got " + repr(String(line)))
            var key = String(line[byte=:eq].strip()).lower()
            var value = String(line[byte = eq + 1 :].strip())
            if value.startswith('"') and value.endswith('"') and value.byte_length() >= 2:
                var unquoted = String(value[byte = 1 : value.byte_length() - 1])
                value = unquoted^
            self.data[section][key] = value

    def get(self, section: String, key: String, default: String = "") raises -> String:
        if section in self.data and key in self.data[section]:
            return self.data[section][key]
        if key in self.data["DEFAULT"]:
            return self.data["DEFAULT"][key]
        return default

    def get_int(self, section: String, key: String) raises -> Int:
        return Int(self.get(section, key, "0"))

    def get_bool(self, section: String, key: String) raises -> Bool:
        var v = self.get(section, key).lower()
        return v == "true" or v == "yes" or v == "on" or v == "1"


def main() raises:
    var text = """
; global defaults
timeout = 30
debug = no

[server]
Host = 0.0.0.0
port = 8080
debug = yes
motd = "  Welcome, friend!  "

[database]
url = postgres://localhost/app
pool_size=  12
  # indented comment
tags = primary, fast , ssd
"""
    var ini = Ini(text)
    for section in ["server", "database", "missing"]:
        print("[" + section + "]")
        print("  host:", repr(ini.get(section, "host", "-")), "port:", ini.get_int(section, "port"))
        print("  debug:", ini.get_bool(section, "debug"), "timeout:", ini.get_int(section, "timeout"))
    print("motd:", repr(ini.get("server", "motd")))
    print("pool:", ini.get_int("database", "pool_size") * 2)
    var tags = ini.get("database", "tags").split(",")
    for t in tags:
        print("  tag:", repr(String(t.strip())))
    try:
        _ = Ini("[a]\nno equals sign here\n")
    except e:
        print("error:", e)
    try:
        _ = Ini("[a]\nport = eighty\n").get_int("a", "port")
    except e:
        print("error:", e)
