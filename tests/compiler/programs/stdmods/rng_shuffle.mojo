# shuffle: Fisher-Yates from the back with the seeded generator, for lists of many lengths.
from std.random import seed, shuffle, random_ui64


def main():
    seed(3)
    for n in [0, 1, 2, 3, 4, 5, 8, 13, 30]:
        var xs = List[Int]()
        for i in range(n):
            xs.append(i)
        shuffle(xs)
        print(n, xs)
    var words: List[String] = ["apple", "banana", "cherry", "date", "elder", "fig", "grape"]
    for _ in range(3):
        shuffle(words)
        print(words)
    # The generator carries on after shuffles.
    print(random_ui64(0, 1000))
    seed(3)
    var again = List[Int]()
    for i in range(0):
        again.append(i)
    shuffle(again)
    var one: List[Int] = [0]
    shuffle(one)
    var two: List[Int] = [0, 1]
    shuffle(two)
    print(two)
    var fl: List[Float64] = [0.5, 1.5, 2.5, 3.5, 4.5, 5.5]
    shuffle(fl)
    print(fl)
