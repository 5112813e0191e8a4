def main():
    var readings: List[Float64] = [1.5, 2.5, 4.0]
    var total = 0.0
    for r in readings:
        total += r
    print("total", total, "last", readings[-1])
