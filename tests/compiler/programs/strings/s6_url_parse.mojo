# Parsing URLs: scheme, host, port, path, query parameters and percent-decoding.


def hex_value(c: UInt8) raises -> Int:
    var s = chr(Int(c))
    var v = String(String.HEX_DIGITS).find(s)
    if v < 0:
        raise Error("bad hex digit " + repr(s))
    return v if v < 16 else v - 6


def percent_decode(s: StringSlice) raises -> String:
    var out = List[UInt8]()
    var b = s.as_bytes()
    var i = 0
    while i < len(b):
        if b[i] == UInt8(ord("%")) and i + 2 < len(b) + 0:
            out.append(UInt8(hex_value(b[i + 1]) * 16 + hex_value(b[i + 2])))
            i += 3
        elif b[i] == UInt8(ord("+")):
            out.append(UInt8(ord(" ")))
            i += 1
        else:
            out.append(b[i])
            i += 1
    return String(from_utf8=out)


def parse(url: String) raises:
    print("URL:", url)
    var scheme_end = url.find("://")
    if scheme_end < 0:
        raise Error("no scheme in " + repr(url))
    print("  scheme:", url[byte=:scheme_end])
    var rest = String(url[byte = scheme_end + 3 :])
    var frag = String()
    var hash_at = rest.find("#")
    if hash_at >= 0:
        frag = String(rest[byte = hash_at + 1 :])
        var head = String(rest[byte=:hash_at])
        rest = head
    var query = String()
    var q = rest.find("?")
    if q >= 0:
        query = String(rest[byte = q + 1 :])
        var before = String(rest[byte=:q])
        rest = before
    var slash = rest.find("/")
    var authority = rest if slash < 0 else String(rest[byte=:slash])
    var path = String("/") if slash < 0 else String(rest[byte=slash:])
    var port = 443 if url.startswith("https") else 80
    var colon = authority.rfind(":")
    var host = authority
    if colon >= 0:
        host = String(authority[byte=:colon])
        port = atol(authority[byte = colon + 1 :])
    print("  host:", host, "port:", port)
    print("  path:", percent_decode(path), "segments:", len(path.strip("/").split("/")))
    if query:
        for kv in query.split("&"):
            var eq = kv.find("=")
            if eq < 0:
                print("  flag:", kv)
            else:
                print("  param:", percent_decode(kv[byte=:eq]), "=", repr(percent_decode(kv[byte = eq + 1 :])))
    if frag:
        print("  fragment:", frag)


def main():
    var urls: List[String] = [
        "https://example.com/search?q=mojo+lang&page=2&safe",
        "http://localhost:8080/api/v1/users/42#profile",
        "ftp://files.example.org",
        "https://host/caf%C3%A9/men%C3%BC?name=J%C3%BCrgen%20M&x=%41%42",
        "no-scheme.com/path",
        "http://h:port/",
        "http://bad/%zz",
    ]
    for u in urls:
        try:
            parse(u)
        except e:
            print("  error:", e)
