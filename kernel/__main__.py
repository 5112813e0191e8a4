"""`python -m mojito.kernel -f CONNECTION_FILE`: what the kernelspec's argv runs."""

from .kernel import main

main()
