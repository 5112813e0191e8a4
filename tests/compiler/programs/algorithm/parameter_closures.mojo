# A `@parameter` closure without a capture list captures by reference (Mojo 1.2 still accepts the
# decorator): it updates the variables it uses.

def main():
    var total = 0
    var calls = 0
    @parameter
    def add(i: Int):
        total += i
        calls += 1

    add(3)
    add(4)
    print("total:", total, "calls:", calls)
