# A List index out of bounds stops the program as Mojo 1.2 does: the message on stdout, after
# what was printed before, with the source's absolute path; exit status 1.
def main():
    var scores: List[Int] = [90, 75, 82]
    for i in range(len(scores)):
        print("score", i, scores[i])
    var i = 3
    print("next:", scores[i])
    print("not reached")
