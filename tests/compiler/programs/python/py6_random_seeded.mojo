# Python's random module with a fixed seed: shuffles, choices, a Monte Carlo
# estimate, all reproducible; values converted into Mojo types.
from std.python import Python, PythonObject


def main() raises:
    var random = Python.import_module("random")
    random.seed(12345)
    var xs = Python.list()
    for i in range(10):
        xs.append(i)
    random.shuffle(xs)
    print("shuffled:", xs)
    var mojo_xs = List[Int]()
    for v in xs:
        mojo_xs.append(Int(py=v))
    sort(mojo_xs)
    print("sorted in mojo:", mojo_xs)
    print("randint:", random.randint(1, 100), random.randint(1, 100))
    print("choice:", random.choice(["red", "green", "blue"]))
    print("sample:", random.sample(Python.evaluate("range(100)"), 5))
    var inside = 0
    var n = 2000
    for _ in range(n):
        var x = Float64(py=random.random())
        var y = Float64(py=random.random())
        if x * x + y * y <= 1.0:
            inside += 1
    print("pi estimate:", 4.0 * Float64(inside) / Float64(n))
    var g = random.Random(7)
    var rolls = Dict[Int, Int]()
    for _ in range(60):
        var r = Int(py=g.randint(1, 6))
        rolls[r] = rolls.get(r, 0) + 1
    for face in range(1, 7):
        print("face", face, "x", rolls.get(face, 0))
    print("gauss:", round(Float64(py=g.gauss(0.0, 1.0)), 10))
    var weights = Python.list()
    weights.append(1)
    weights.append(0)
    weights.append(3)
    print("weighted:", random.choices(["a", "b", "c"], weights=weights, k=8))
    try:
        _ = random.choice(Python.list())
    except e:
        print("empty choice:", e)
