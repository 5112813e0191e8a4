# Assigning a String from a slice of itself: Mojo rejects the aliasing (introduce a temporary).


def main():
    var line = String("key=value # comment")
    var hash_at = line.find("#")
    if hash_at >= 0:
        line = String(line[byte=:hash_at])
    print(line)
