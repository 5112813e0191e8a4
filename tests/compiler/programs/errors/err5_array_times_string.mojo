def main():
    var xs = [1, 2]
    var r = xs * "a"
