# A builder with method chaining on owned `var self`, returning Self^ each step.


struct Request(Movable, Writable):
    var method: String
    var url: String
    var headers: List[String]
    var timeout: Int

    def __init__(out self, url: String):
        self.method = "GET"
        self.url = url
        self.headers = List[String]()
        self.timeout = 30

    def with_method(var self, m: String) -> Self:
        self.method = m
        return self^

    def header(var self, k: String, v: String) -> Self:
        self.headers.append(k + ": " + v)
        return self^

    def with_timeout(var self, t: Int) -> Self:
        self.timeout = t
        return self^

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.method, " ", self.url, " timeout=", self.timeout)
        for h in self.headers:
            writer.write("\n  ", h)


def main():
    var r = Request("https://example.com/api").with_method("POST").header("Accept", "json").header(
        "X-Id", "42"
    ).with_timeout(5)
    print(r)
    var plain = Request("/index.html")
    print(plain)
    var moved = plain^.with_timeout(1)
    print(moved.timeout, len(moved.headers))
