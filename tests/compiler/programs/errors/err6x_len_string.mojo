def main():
    var word = String("hello")
    print(len(word))
