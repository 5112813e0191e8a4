def main():
    var t = (1, "a", 2.5)
    print(1 in t, "a" in t, "b" in t, 3 not in t, 2.5 in t)
    var pair = (3, 4)
    var x = 4
    print(x in pair, 5 in pair)
    if 3 in (1, 2, 3):
        print("literal tuple")
    var y = 7
    print(y in (y, 1), 8 in (y, 1))
    var words = ("x", "y")
    var w = "y"
    if w in words:
        print("found", w)
