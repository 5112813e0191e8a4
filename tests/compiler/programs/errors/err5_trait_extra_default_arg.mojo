trait Shape:
    def area(self) -> Float64: ...
    def scaled(self, k: Float64) -> Float64: ...

@fieldwise_init
struct Sq(Shape, Copyable):
    var s: Float64
    def area(self, unit: Float64 = 1.0) -> Float64:
        return self.s * self.s * unit
    def scaled(self, k: Float64) -> Float64:
        return self.area() * k

def main():
    var q = Sq(2.0)
    print(q.area(), q.scaled(3.0))
