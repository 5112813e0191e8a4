# range() over the objects of an untyped def (2023)
def count_pairs(rows, cols):
    total = 0
    for i in range(rows):
        for j in range(1, cols):
            total += i * j
    return total

fn main() raises:
    let n = count_pairs(3, 4)
    print(n)
