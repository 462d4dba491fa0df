"""Throwaway servers and realistic mail on loopback, for `make demo`, the benchmarks and the tests."""
