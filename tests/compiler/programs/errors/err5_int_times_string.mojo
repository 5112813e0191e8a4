def main():
    var a = 3
    var b = "x"
    var c = a * b
