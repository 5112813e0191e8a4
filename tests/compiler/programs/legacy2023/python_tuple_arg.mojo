# A tuple literal passed to a Python call is a Python tuple (2023)
from python import Python

def main():
    let np = Python.import_module("numpy")
    a = np.zeros((2, 3), np.float64)
    print(a.shape, a.sum())
    b = np.ones((2, 2))
    print(b.shape)
