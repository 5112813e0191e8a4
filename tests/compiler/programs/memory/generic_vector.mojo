# A growable vector written by hand over a raw buffer.


struct MyVec[T: Copyable & Movable & Writable & Deinitable](Movable, Sized, Writable):
    var data: UnsafePointer[Self.T, MutUntrackedOrigin]
    var size: Int
    var capacity: Int

    def __init__(out self):
        self.data = alloc[Self.T](0)
        self.size = 0
        self.capacity = 0

    def _grow(mut self):
        var new_cap = max(4, self.capacity * 2)
        var new_data = alloc[Self.T](new_cap)
        for i in range(self.size):
            new_data.unsafe_offset(i).unsafe_write(self.data.unsafe_offset(i).unsafe_take_pointee())
        self.data.unsafe_free()
        self.data = new_data
        self.capacity = new_cap

    def push(mut self, var value: Self.T):
        if self.size == self.capacity:
            self._grow()
        self.data.unsafe_offset(self.size).unsafe_write(value^)
        self.size += 1

    def pop(mut self) -> Self.T:
        self.size -= 1
        return self.data.unsafe_offset(self.size).unsafe_take_pointee()

    def __getitem__(self, i: Int) -> Self.T:
        return self.data[unsafe_offset=i].copy()

    def __len__(self) -> Int:
        return self.size

    def __deinit__(deinit self):
        for i in range(self.size):
            self.data.unsafe_offset(i).unsafe_deinit_pointee()
        self.data.unsafe_free()

    def write_to(self, mut writer: Some[Writer]):
        writer.write("[")
        for i in range(self.size):
            if i > 0:
                writer.write(", ")
            writer.write(self.data[unsafe_offset=i])
        writer.write("]")


def main():
    var v = MyVec[String]()
    for i in range(10):
        v.push("item" + String(i))
    print(len(v), v[0], v[9])
    var last = v.pop()
    print(last, len(v))
    print(v)
    var nums = MyVec[Int]()
    for i in range(5):
        nums.push(i * i)
    print(nums)
