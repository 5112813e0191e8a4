def main():
    var i = 0
    break
