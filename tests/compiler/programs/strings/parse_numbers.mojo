def main():
    var data = String("10 20 x 30 -5")
    var total = 0
    for tok in data.split():
        try:
            total += atol(tok)
        except e:
            print("skip:", tok)
    print("total:", total)
    try:
        print(atof("3.14") * 2, atof("-1e-3"), atof("  2.5"))
    except e:
        print("error:", e)
    try:
        print(atol(" 42 "), atol("0"), atol("+7"))
    except e:
        print("error:", e)
    try:
        print(atol("ff", 16), atol("777", 8), atol("1010", 2))
    except e:
        print("error:", e)
    try:
        _ = atof("abc")
    except e:
        print(e)
    try:
        print(Int("12") * 2)
    except e:
        print(e)
