# Lanes of a Bool vector read and written one by one (bit-packed in memory: no lane has an address).

def main():
    var m = SIMD[DType.bool, 4](True, False, True, False)
    var i = 1
    var b: Bool = m[i]
    print(b, m[2])
    m[i] = True
    m[0] = False
    print(m)
    for k in range(4):
        if m[k]:
            print("on", k)
