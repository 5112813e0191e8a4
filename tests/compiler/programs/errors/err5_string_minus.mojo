def main():
    var s = String("a")
    var t = s - s
