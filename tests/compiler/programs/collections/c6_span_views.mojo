# Span views over a list of sensor samples.


def average(samples: Span[Float64, _]) -> Float64:
    var total = 0.0
    for s in samples:
        total += s
    return total / Float64(len(samples))


def scale(data: Span[mut=True, Float64, _], k: Float64):
    for i in range(len(data)):
        data[i] *= k


def main():
    var samples: List[Float64] = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0]
    print("avg all", average(samples))
    print("avg first 3", average(samples[0:3]))
    print("avg last 2", average(samples[4:6]))
    scale(samples, 0.5)
    print(samples)
    var s = Span(samples)
    print("span len", len(s), "s[2]", s[2])
    var sub = s[1:4]
    print("sub", len(sub), sub[0], sub[2])
    scale(samples[2:4], -1.0)
    print(samples)
    var total = 0.0
    for v in s:
        total += v
    print("total", total)
    var l2 = List(s)
    l2.append(99.0)
    print(l2)
