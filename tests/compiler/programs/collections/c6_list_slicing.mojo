# Slices of a list of daily temperatures: strided, reversed, negative bounds.


def main():
    var temps: List[Int] = [12, 14, 15, 11, 9, 8, 13, 17, 19, 21]
    print("all:", temps[:])
    print("first three:", temps[:3])
    print("from 7:", temps[7:])
    print("middle:", temps[2:6])
    print("every other:", temps[::2])
    print("odd days:", temps[1::2])
    print("reversed:", temps[::-1])
    print("reverse step 3:", temps[::-3])
    print("last three:", temps[-3:])
    print("drop last two:", temps[:-2])
    print("window -5:-1:", temps[-5:-1])
    print("backwards 8 to 2:", temps[8:2:-2])
    var week = List(temps[0:7])
    var total = 0
    for t in week:
        total += t
    print("week total", total, "days", len(week))
    var warm = List[Int]()
    for t in temps[::-1]:
        if t > 13:
            warm.append(t)
    print("warm days newest first:", warm)
    print("negative index last:", temps[len(temps) - 1])
    var s = temps[2:5]
    print("span len", len(s), "first", s[0])
