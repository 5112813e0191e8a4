from benchmark import Benchmark
import benchmark

fn work(n: Int) -> Int:
    var s = 0
    for i in range(n):
        s += i * i
    return s

fn main():
    var total = 0
    @parameter
    fn test_fn():
        total += work(1000)

    let ns = Benchmark().run[test_fn]()
    print(ns >= 0, total > 0)
    let secs = benchmark.run[test_fn](max_runtime_secs=1).mean()
    print(secs >= 0.0)
