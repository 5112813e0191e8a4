def main():
    var word = String("mojo")
    print(word[byte=0])
    print(word[byte=-1])
