def main():
    var xs: List[Int] = [1, 2, 3]
    var i = 5
    print("before")
    print(xs[i])
