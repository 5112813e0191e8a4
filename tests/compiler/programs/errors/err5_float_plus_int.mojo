def main():
    var f = 1.5
    var n = 2
    var r = f + n
