def find(xs: List[Int], v: Int) -> Optional[Int]:
    for i in range(len(xs)):
        if xs[i] == v:
            return "found"
    return None


def main():
    var xs: List[Int] = [4, 5]
    print(find(xs, 5).or_else(-1))
