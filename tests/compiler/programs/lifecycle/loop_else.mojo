def main():
    for k in range(3):
        if k == 5:
            break
    else:
        print("for-else ran")
    for k in range(3):
        pass
    else:
        print("plain for-else")
    var i = 0
    while i < 2:
        i += 1
    else:
        print("while-else")
    var xs: List[Int] = [1, 2]
    for x in xs:
        if x == 9:
            break
    else:
        print("list for-else")
    print("end")
