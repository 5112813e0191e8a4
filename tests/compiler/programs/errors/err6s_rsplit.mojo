# Mojo 1.2's String has no rsplit (only split).


def main():
    var path = String("/usr/local/lib/file.txt")
    var parts = path.rsplit("/", 1)
    print(parts[1])
