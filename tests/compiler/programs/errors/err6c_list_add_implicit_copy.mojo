def main():
    var a: List[Int] = [1, 2]
    var b: List[Int] = [3]
    var c = a + b
    print(c)
