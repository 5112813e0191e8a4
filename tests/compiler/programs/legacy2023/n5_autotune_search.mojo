# 2023 autotuning: an @adaptive function with an autotuned block size, an evaluator that scores
# every candidate, and search[] picking one (the evaluator runs once; later calls reuse its pick).
from autotune import autotune, search
from memory.unsafe import Pointer

alias sum_fn = fn(Int) -> Int

@adaptive
fn sum_blocked(n: Int) -> Int:
    alias block = autotune(1, 2, 4, 8)
    var total = 0
    for start in range(0, n, block):
        for j in range(block):
            if start + j < n:
                total += start + j
    return total

fn score(f: sum_fn, n: Int) -> Int:
    # A stand-in for timing: how far off the candidate's sum is from the closed form.
    let expected = n * (n - 1) // 2
    return abs(f(n) - expected)

fn pick_best(funcs: Pointer[sum_fn], size: Int) -> Int:
    print("evaluating", size, "candidates")
    var best_idx: Int = -1
    var best_score: Int = -1
    for i in range(size):
        let f = funcs.load(i)
        let s = score(f, 37)
        print("candidate", i, "sum", f(37), "score", s)
        if best_idx < 0 or s < best_score:
            best_idx = i
            best_score = s
    print("best candidate:", best_idx)
    return best_idx

fn tuned_sum(n: Int) -> Int:
    alias best_impl: sum_fn
    search[sum_fn, VariadicList(sum_blocked.__adaptive_set), pick_best -> best_impl]()
    return best_impl(n)

fn main():
    print(tuned_sum(10))
    print(tuned_sum(100))
    print(sum_blocked(5))
