from std.pathlib import Path


def main() raises:
    var path = "/tmp/mojito_prog_mojo_io_test.txt"
    with open(path, "w") as f:
        f.write("line one\n")
        f.write("line ", 2, "\n")
    with open(path, "r") as f:
        var text = f.read()
        print(text.byte_length(), text.splitlines())
    var f2 = open(path, "a")
    f2.write("third\n")
    f2.close()
    with open(path, "r") as f:
        for line in f.read().splitlines():
            print(">", line)
    var p = Path("/tmp") / "mojito_prog_mojo_io_test.txt"
    print(p, p.exists(), p.name(), p.suffix(), p.is_file(), Path("/tmp").is_dir())
    print(p.read_text().byte_length())
    Path("/tmp/mojito_prog_out2.txt").write_text("hi there")
    print(Path("/tmp/mojito_prog_out2.txt").read_text())
    try:
        _ = open("/nonexistent/file.txt", "r")
    except e:
        print("error:", e)
