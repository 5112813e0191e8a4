# Codepoint.to_u32() is a UInt32; comparing it with an Int from ord() needs a conversion.


def main():
    var vowels = 0
    for cp in String("education").codepoints():
        var c = cp.to_u32()
        if c == ord("a") or c == ord("e"):
            vowels += 1
    print(vowels)
