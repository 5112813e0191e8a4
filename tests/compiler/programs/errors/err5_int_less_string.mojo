def main():
    var n = 2
    var r = n < "a"
