def main():
    var flag = True
    var r = flag + "x"
