# Reports written with t-strings (Mojo 1.2's template strings) and String(...) of them.


@fieldwise_init
struct Student(Copyable, Movable):
    var name: String
    var score: Int


def grade(score: Int) -> String:
    if score >= 90:
        return "A"
    if score >= 80:
        return "B"
    if score >= 70:
        return "C"
    return "F"


def main():
    var students = [Student("Ana", 93), Student("Ben", 78), Student("Chloé", 85), Student("Dev", 61)]
    var total = 0
    for s in students:
        var g = grade(s.score)
        print(t"{s.name}: {s.score} points, grade {g}")
        total += s.score
    var avg = Float64(total) / Float64(len(students))
    print(t"average: {avg}, total: {total}, count: {len(students)}")
    var line = String(t"{students[0].name} beats {students[3].name} by {students[0].score - students[3].score}")
    print(line, "| bytes:", line.byte_length())
    var x = 7
    print(t"{x} squared is {x * x}; halved is {Float64(x) / 2}; literal braces {{}}")
