# Write a small log file under /tmp/ha, read it back, and summarize it.
from std.os import makedirs, remove
from std.os.path import exists


def write_log(path: String) raises:
    with open(path, "w") as f:
        f.write("2024-01-01 INFO start\n")
        f.write("2024-01-01 WARN disk 91%\n")
        for i in range(3):
            f.write("2024-01-02 INFO job ", i, " done\n")
        f.write("2024-01-03 ERROR job 3 failed\n")


def main() raises:
    var dir = "/tmp/ha/filelog"
    if not exists(dir):
        makedirs(dir)
    var path = dir + "/app.log"
    write_log(path)
    print("exists:", exists(path))
    var text: String
    with open(path, "r") as f:
        text = f.read()
    var lines = text.splitlines()
    print("lines:", len(lines), "bytes:", text.byte_length())
    var counts = Dict[String, Int]()
    for line in lines:
        var level = String(line.split(" ")[1])
        counts[level] = counts.get(level, 0) + 1
    for item in counts.items():
        print(item.key, item.value)
    # append a line and re-read just the tail
    with open(path, "a") as f:
        f.write("2024-01-04 INFO recovered\n")
    with open(path, "r") as f:
        var all = f.read()
        var lines2 = all.splitlines()
        var last = lines2[len(lines2) - 1]
        print("last:", last)
    var errors = List[String]()
    with open(path, "r") as f:
        for line in f.read().split("\n"):
            if "ERROR" in line:
                errors.append(String(line))
    print("errors:", errors)
    remove(path)
    print("removed:", not exists(path))
    try:
        with open(path, "r") as f:
            print(f.read())
    except:
        print("reading a removed file fails")
