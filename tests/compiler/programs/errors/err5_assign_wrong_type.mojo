def main():
    var x = 1
    x = "s"
