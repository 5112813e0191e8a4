# Parse an INI-style configuration into nested dicts, with typed getters,
# defaults and error reporting for malformed lines.

struct Config:
    var sections: Dict[String, Dict[String, String]]
    var order: List[String]

    def __init__(out self, text: String) raises:
        self.sections = Dict[String, Dict[String, String]]()
        self.order = List[String]()
        var current = String("default")
        self.sections[current] = Dict[String, String]()
        self.order.append(current)
        var lineno = 0
        for raw in text.splitlines():
            lineno += 1
            var line = raw.strip()
            if line.byte_length() == 0 or line.startswith(";") or line.startswith("#"):
                continue
            if line.startswith("["):
                if not line.endswith("]"):
                    raise Error("line " + String(lineno) + ": unclosed section header")
                current = String(line[byte=1:line.byte_length() - 1].strip())
                if current not in self.sections:
                    self.sections[current] = Dict[String, String]()
                    self.order.append(current)
                continue
            var eq = line.find("=")
            if eq < 0:
                raise Error("line " + String(lineno) + ": expected key = value")
            var key = String(line[byte=:eq].strip()).lower()
            var value = String(line[byte=eq + 1:].strip())
            self.sections[current][key] = value

    def get(self, section: String, key: String, default: String = "") -> String:
        try:
            return self.sections[section][key]
        except:
            return default

    def get_int(self, section: String, key: String, default: Int) raises -> Int:
        var v = self.get(section, key)
        if v.byte_length() == 0:
            return default
        return atol(v)

    def get_bool(self, section: String, key: String) -> Bool:
        var v = self.get(section, key).lower()
        return v == "yes" or v == "true" or v == "on" or v == "1"


def main() raises:
    var text = """
; global settings
name = demo

[server]
Host = 127.0.0.1
port = 8080
debug = yes

[database]
user = admin
timeout = 30
# comment
[server]
workers = 4
"""
    var cfg = Config(text)
    for s in cfg.order:
        print("[" + s + "]")
        for item in cfg.sections[s].items():
            print("  " + item.key + " = " + item.value)
    print(cfg.get("server", "host"), cfg.get_int("server", "port", 80), cfg.get_bool("server", "debug"))
    print(cfg.get_int("database", "retries", 3), cfg.get("missing", "x", "fallback"))
    print(cfg.get_bool("database", "user"))
    for bad in ["[broken", "just text", "[ok]\nport = abc"]:
        try:
            var c = Config(bad)
            print(c.get_int("ok", "port", 0))
        except e:
            print("error:", e)
