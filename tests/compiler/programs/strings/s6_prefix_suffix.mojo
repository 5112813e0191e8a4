# startswith/endswith with ranges, removeprefix/removesuffix, strip with character sets.


def main():
    var s = String("unhappiness")
    print(s.startswith("un"), s.startswith("happy"), s.startswith("happ", 2), s.startswith("happ", 3))
    print(s.endswith("ness"), s.endswith("happi", 0, 7), s.endswith("happi", 2, 7), s.endswith("ness", 0, 100))
    print(s.startswith(""), s.endswith(""), s.startswith("x", 50))
    print(s.removeprefix("un"), s.removeprefix("re"), s.removesuffix("ness"), s.removesuffix("ful"))
    var files: List[String] = ["report.final.pdf", "image.png", "archive.tar.gz", "noext", ".bashrc"]
    for f in files:
        var dot = f.rfind(".")
        var stem = f if dot <= 0 else String(f[byte=:dot])
        var ext = String("") if dot <= 0 else String(f[byte = dot + 1 :])
        print(f.ascii_ljust(18), "stem=" + repr(stem), "ext=" + repr(ext), "is_img:", f.endswith(".png") or f.endswith(".jpg"))
    var messy = String("  \t--==[ title ]==--\n ")
    print(repr(messy.strip()), repr(messy.strip().strip("-=[] ")), repr(messy.lstrip()), repr(messy.rstrip()))
    print(repr(String("xxhixx").strip("x")), repr(String("abcba").strip("ab")), repr(String("aaa").strip("a")))
    print(repr(String("0042").lstrip("0")), repr(String("3.1400").rstrip("0")), repr(String("path///").rstrip("/")))
    var url = String("https://www.example.com/")
    print(url.removeprefix("https://").removeprefix("www.").removesuffix("/"))
