def main():
    var o: Optional[Int] = 3
    var y: Int = o
    print(y)
