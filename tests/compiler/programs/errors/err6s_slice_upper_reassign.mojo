# line.strip().upper() runs upper() on a slice of line while building the result into line.


def main():
    var line = String("  shout this  ")
    line = line.strip().upper()
    print(line)
