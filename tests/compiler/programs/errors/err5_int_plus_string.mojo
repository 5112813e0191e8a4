def main():
    var n = 1 + "a"
