"""Evaluations run on demand against public data sets; never part of `make test`."""
