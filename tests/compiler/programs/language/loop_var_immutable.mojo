def main():
    var scores: List[Int] = [70, 85, 90]
    for s in scores:
        s += 5
    print(scores[0])
