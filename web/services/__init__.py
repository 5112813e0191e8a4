"""Business logic behind the routers: accounts, admission, usage, rate limits, audit."""
