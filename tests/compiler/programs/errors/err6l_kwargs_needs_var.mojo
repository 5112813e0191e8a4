def settings(**kwargs: Int) -> Int:
    var total = 0
    for k in kwargs.keys():
        total += 1
    return total


def main():
    print(settings(width=3, height=4))
