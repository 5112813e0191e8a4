def main():
    var sb = String(capacity_bytes=64)
    for i in range(5):
        sb.write("item", i)
        if i < 4:
            sb.write(", ")
    print(sb)
    var s = String()
    s += "a"
    s += String("b") * 3
    s.write(1, 2.5, True)
    print(s, s.byte_length())
    var parts = List[String]()
    for w in ["alpha", "beta", "gamma"]:
        parts.append(String(w).upper())
    print(" | ".join(parts))
    print(String("-").join(parts))
    var nums: List[Int] = [3, 1, 4, 1, 5]
    print(",".join(nums))
    var joined = String("")
    for n in nums:
        joined.write(n, ";")
    print(joined)
    var multi = String("x", 1, "y", 2.0, sep="_")
    print(multi)
    var e = String("end", "line", sep=" ", end="!")
    print(e)
    var acc = String()
    for i in range(3):
        acc.write("[", i, "]")
    print(acc, sep="")
    print(String(42), String(-7), String(3.0), String(True))
