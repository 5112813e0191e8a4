# A traffic-light / door state machine with enum-like structs, comptime members and __eq__.


@fieldwise_init
struct State(Copyable, Movable, Equatable, Writable, ImplicitlyCopyable):
    var code: Int

    comptime CLOSED = State(0)
    comptime OPEN = State(1)
    comptime LOCKED = State(2)
    comptime BROKEN = State(3)

    def __eq__(self, other: Self) -> Bool:
        return self.code == other.code

    def __ne__(self, other: Self) -> Bool:
        return self.code != other.code

    def write_to(self, mut writer: Some[Writer]):
        if self == State.CLOSED:
            writer.write("Closed")
        elif self == State.OPEN:
            writer.write("Open")
        elif self == State.LOCKED:
            writer.write("Locked")
        else:
            writer.write("Broken")


struct Door:
    var state: State
    var transitions: Int

    def __init__(out self):
        self.state = State.CLOSED
        self.transitions = 0

    def handle(mut self, event: String) raises:
        var old = self.state
        if event == "open":
            if self.state != State.CLOSED:
                raise Error("cannot open when " + String(self.state))
            self.state = State.OPEN
        elif event == "close":
            if self.state != State.OPEN:
                raise Error("cannot close when " + String(self.state))
            self.state = State.CLOSED
        elif event == "lock":
            if self.state != State.CLOSED:
                raise Error("cannot lock when " + String(self.state))
            self.state = State.LOCKED
        elif event == "unlock":
            if self.state != State.LOCKED:
                raise Error("cannot unlock when " + String(self.state))
            self.state = State.CLOSED
        elif event == "kick":
            self.state = State.BROKEN
        else:
            raise Error("unknown event '" + event + "'")
        self.transitions += 1
        print("  ", old, "->", self.state)


def main():
    var d = Door()
    var events: List[String] = ["open", "close", "lock", "open", "unlock", "open", "fly", "close", "kick", "open"]
    for ev in events:
        print("event:", ev)
        try:
            d.handle(ev)
        except e:
            print("  rejected:", e)
    print("final", d.state, "after", d.transitions, "transitions")
    print(State.OPEN == State(1), State.LOCKED != State(2))
