# A method that trims a String field in place through a slice of that same field.


struct Contact:
    var name: String
    var email: String

    def __init__(out self, name: String, email: String):
        self.name = name
        self.email = email

    def tidy(mut self):
        self.email = self.email.lower()
        self.name = String(self.name.strip())


def main():
    var c = Contact("  Ada  ", "ADA@EXAMPLE.COM")
    c.tidy()
    print(c.name, c.email)
