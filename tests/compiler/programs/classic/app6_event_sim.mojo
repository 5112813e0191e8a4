# A bank-queue discrete event simulation: customers arrive on a fixed schedule,
# tellers serve them, statistics with Optional results and Variant-free enums.


@fieldwise_init
struct Kind(Equatable, ImplicitlyCopyable, Writable):
    var v: Int
    comptime ARRIVE = Kind(0)
    comptime DONE = Kind(1)

    def __eq__(self, o: Self) -> Bool:
        return self.v == o.v

    def write_to(self, mut writer: Some[Writer]):
        writer.write("ARRIVE" if self.v == 0 else "DONE")


@fieldwise_init
struct Event(ImplicitlyCopyable, Writable):
    var t: Int
    var kind: Kind
    var who: Int
    var teller: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("t=", self.t, " ", self.kind, " c", self.who)
        if self.teller >= 0:
            writer.write(" @T", self.teller)


def pop_earliest(mut evs: List[Event]) -> Event:
    var best = 0
    for i in range(1, len(evs)):
        if evs[i].t < evs[best].t or (evs[i].t == evs[best].t and evs[i].kind.v > evs[best].kind.v):
            best = i
    return evs.pop(best)


def free_teller(busy: List[Bool]) -> Optional[Int]:
    for i in range(len(busy)):
        if not busy[i]:
            return i
    return None


def simulate(arrivals: List[Int], service: List[Int], tellers: Int) -> Float64:
    var evs = List[Event]()
    for i in range(len(arrivals)):
        evs.append(Event(arrivals[i], Kind.ARRIVE, i, -1))
    var busy = List[Bool](length=tellers, fill=False)
    var waiting = List[Int]()
    var wait_total = 0
    var max_queue = 0
    while len(evs) > 0:
        var e = pop_earliest(evs)
        print("  ", e)
        if e.kind == Kind.ARRIVE:
            waiting.append(e.who)
        else:
            busy[e.teller] = False
        while len(waiting) > 0:
            var t = free_teller(busy)
            if not t:
                break
            var c = waiting.pop(0)
            busy[t.value()] = True
            wait_total += e.t - arrivals[c]
            evs.append(Event(e.t + service[c], Kind.DONE, c, t.value()))
        max_queue = max(max_queue, len(waiting))
    var avg = Float64(wait_total) / Float64(len(arrivals))
    print("  max queue:", max_queue, "total wait:", wait_total)
    return avg


def main():
    var arrivals: List[Int] = [0, 1, 2, 3, 5, 8, 8, 9]
    var service: List[Int] = [4, 3, 5, 2, 2, 6, 1, 3]
    for tellers in [1, 2, 3]:
        print("tellers:", tellers)
        var avg = simulate(arrivals, service, tellers)
        print("  average wait:", avg)
