trait Greeter:
    def greet(self) -> String: ...

@fieldwise_init
struct Bot(Greeter):
    var id: Int

def main():
    var b = Bot(1)
    print(b.id)
