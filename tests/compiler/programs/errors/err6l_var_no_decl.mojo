def main():
    var total = 0
    for i in range(4):
        total += i
    count = total * 2
    print(count)
