from std.collections import Array

# Fixed-size Array as a tic-tac-toe board and a nested grid.


def main():
    var board = Array[Int, 9](fill=0)
    board[0] = 1
    board[4] = 1
    board[8] = 1
    board[2] = 2
    for r in range(3):
        print(board[r * 3], board[r * 3 + 1], board[r * 3 + 2])
    print("len", len(board))
    var marks = 0
    for v in board:
        if v != 0:
            marks += 1
    print("marks", marks)
    var primes: Array[Int, 5] = [2, 3, 5, 7, 11]
    var s = 0
    for i in range(len(primes)):
        s += primes[i]
    print("sum primes", s, "last", primes[len(primes) - 1])
    print("contains 7", 7 in primes)
    var grid = Array[Array[Int, 3], 2](fill=Array[Int, 3](fill=0))
    grid[0][1] = 5
    grid[1][2] = 9
    for r in range(2):
        print(grid[r][0], grid[r][1], grid[r][2])
    var f: Array[Float64, 4] = [1.5, 2.5, 3.5, 4.5]
    var avg = 0.0
    for x in f:
        avg += x
    print("avg", avg / 4)
    var copy = f.copy()
    copy[0] = 100.0
    print(f[0], copy[0])
