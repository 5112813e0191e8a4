def volume(length: Int, width: Int = 1, height: Int = 1) -> Int:
    return length * width * height


def connect(host: String, /, port: Int = 80, *, secure: Bool = False, retries: Int = 3) -> String:
    var scheme = "https" if secure else "http"
    return scheme + "://" + host + ":" + String(port) + " x" + String(retries)


def greet(name: String, greeting: Optional[String] = None) -> String:
    if greeting:
        return greeting.value() + ", " + name
    return "Hello, " + name


def main():
    print(volume(2), volume(2, 3), volume(2, height=5), volume(height=2, width=3, length=4))
    print(connect("example.com"))
    print(connect("example.com", 8443, secure=True))
    print(connect("localhost", port=9000, retries=1))
    print(greet("Ada"))
    print(greet("Ada", "Good morning"))
    print(greet("Ada", greeting=String("Hi")))
