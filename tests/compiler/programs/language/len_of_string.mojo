def main():
    var greeting = String("héllo")
    print(len(greeting))
