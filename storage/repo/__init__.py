"""One module per aggregate; every function takes an AsyncSession and leaves commit to the caller."""
