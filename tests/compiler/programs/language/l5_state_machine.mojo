# A traffic-light state machine: comptime constants, a struct with a state field, match on Ints.

comptime RED = 0
comptime GREEN = 1
comptime YELLOW = 2


@fieldwise_init
struct Light(Copyable):
    var state: Int
    var ticks: Int

    def name(self) -> String:
        if self.state == RED:
            return "red"
        elif self.state == GREEN:
            return "green"
        return "yellow"

    def duration(self) -> Int:
        match self.state:
            case 0:
                return 3
            case 1:
                return 2
            case _:
                return 1

    def tick(mut self):
        self.ticks += 1
        if self.ticks >= self.duration():
            self.ticks = 0
            self.state = (self.state + 1) % 3


def main():
    var light = Light(RED, 0)
    var log = List[String]()
    for t in range(12):
        log.append(String(t) + ":" + light.name())
        light.tick()
    for entry in log:
        print(entry, end=" ")
    print()
    print("changes:", light.state, light.ticks)
