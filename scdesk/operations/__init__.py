"""Use cases: each takes a session (one transaction) and returns plain results.

The windows and the command line call these; neither holds business rules of its own.
"""
