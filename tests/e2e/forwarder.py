"""The round-robin webhook proxy of the e2e tests: `sandbox/forwarder.py` (benchmark B5 uses it too)."""

from sandbox.forwarder import Forwarder, free_port

__all__ = ["Forwarder", "free_port"]
