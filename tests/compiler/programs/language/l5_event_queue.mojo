# An event simulation: a struct with a priority list, trait-based handlers and a generic dispatcher.


trait Handler:
    def handle(mut self, kind: String, t: Int):
        ...

    def summary(self) -> String:
        ...


struct Counter(Handler):
    var seen: Int

    def __init__(out self):
        self.seen = 0

    def handle(mut self, kind: String, t: Int):
        self.seen += 1

    def summary(self) -> String:
        return "counter saw " + String(self.seen)


struct Logger(Handler):
    var lines: List[String]

    def __init__(out self):
        self.lines = List[String]()

    def handle(mut self, kind: String, t: Int):
        self.lines.append("t=" + String(t) + " " + kind)

    def summary(self) -> String:
        return "log: " + ", ".join(self.lines)


@fieldwise_init
struct Event(Copyable):
    var time: Int
    var kind: String


def insert_sorted(mut q: List[Event], var e: Event):
    var i = len(q)
    while i > 0 and q[i - 1].time > e.time:
        i -= 1
    q.insert(i, e^)


def dispatch[H: Handler](mut h: H, q: List[Event]):
    for e in q:
        h.handle(e.kind, e.time)


def main():
    var q = List[Event]()
    insert_sorted(q, Event(5, "tick"))
    insert_sorted(q, Event(1, "start"))
    insert_sorted(q, Event(9, "stop"))
    insert_sorted(q, Event(3, "tick"))
    var c = Counter()
    var l = Logger()
    dispatch(c, q)
    dispatch(l, q)
    print(c.summary())
    print(l.summary())
