"""Everything that reaches a person at a time: the outbox sender, periodic jobs, digests."""
