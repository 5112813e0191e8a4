from std.collections import Deque

# A print-job spooler: Deque of structs, requeue on failure.


@fieldwise_init
struct Job(Copyable, Writable):
    var id: Int
    var pages: Int
    var tries: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("job", self.id, "(", self.pages, "p, try ", self.tries, ")")


def main() raises:
    var q = Deque[Job]()
    for i in range(1, 6):
        q.append(Job(i, i * 3, 0))
    var tick = 0
    var done = List[Int]()
    while len(q) > 0 and tick < 20:
        tick += 1
        var j = q.popleft()
        j.tries += 1
        if j.pages % 2 == 1 and j.tries < 2:
            print("tick", tick, "jam on", j, "-> requeue")
            q.append(j^)
        else:
            print("tick", tick, "printed", j)
            done.append(j.id)
    print("done order", done, "ticks", tick)
    var urgent = Deque[Job]()
    urgent.append(Job(10, 1, 0))
    urgent.appendleft(Job(11, 2, 0))
    print(urgent[0], urgent[1], len(urgent))
