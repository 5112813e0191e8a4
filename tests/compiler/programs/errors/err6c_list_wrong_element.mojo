def main():
    var names = List[String]()
    names.append("ada")
    names.append(42)
    print(names)
