def main() raises:
    var s = String("Mississippi")
    print(s.count("ss"), s.count("i"), s.find("ssi"), s.rfind("ssi"), s.find("ssi", 3))
    print(s.replace("ss", "SS"), s.replace("i", ""), s.replace("xyz", "!"))
    print(s.lower(), s.upper(), s.startswith("Miss"), s.endswith("pi"))
    var parts = s.split("ss")
    print(len(parts), parts)
    var t = s + "!" * 3
    print(t, t.byte_length())
    t += "?"
    print(t)
    var u = String()
    print(repr(u), Bool(u), u.byte_length(), Bool(String("x")))
    var nums = List[String]()
    for i in range(5):
        nums.append(String(i * 11))
    print(",".join(nums), " ".join(nums).split(" ")[4])
    print(String("a") < String("b"), String("abc") == "abc", String("B") > "A")
    var x = 42
    var label = "x=" + String(x) + ", half=" + String(x / 4) + ", neg=" + String(-x)
    print(label)
    print(String("CamelCaseString").lower(), String("snake_case_here").split("_"))
    var sentence = "the cat sat on the mat"
    var capitalized = List[String]()
    for w in sentence.split(" "):
        capitalized.append(String(w[byte=0:1]).upper() + String(w[byte=1:]))
    print(" ".join(capitalized))
    print("%".join(["a", "b"]), String("").join(["x"]), ", ".join(List[String]()))
    print(String("abc").as_bytes()[1], String("xyz").as_bytes())
    print(s.is_ascii_digit(), String("0123").is_ascii_digit(), String("").is_ascii_digit())
