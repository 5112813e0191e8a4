def sieve(n: Int) -> List[Int]:
    var is_prime = List[Bool](length=n + 1, fill=True)
    is_prime[0] = False
    is_prime[1] = False
    var p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    var out = List[Int]()
    for i in range(n + 1):
        if is_prime[i]:
            out.append(i)
    return out^


def main():
    var ps = sieve(100)
    print(len(ps), ps[len(ps) - 1])
    print(ps[0:10])
    var s = String()
    for p in ps:
        if p > 80:
            s += String(p) + " "
    print(s.rstrip())
