def main():
    var ages = Dict[String, Int]()
    ages["bo"] = "twelve"
    print(len(ages))
